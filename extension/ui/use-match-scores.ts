import { useMemo } from 'preact/hooks';
import type { Application } from '../../shared/application';
import { createJobCache, type MatchResult, prepareCv, scoreApplication } from '../match';
import type { CvRecord } from '../store/schema';

/**
 * The seam between the tracker UI and the match scorer (extension/match). The UI asks for
 * an application's match lazily — only rows on screen ask — and renders nothing while
 * there is no default CV.
 */
export interface MatchView {
  /** 0–100. */
  score: number;
  matched: string[];
  missing: string[];
  /** One or two sentences for a tooltip or a screen reader. */
  summary?: string;
}

export type ScoreOf = (app: Application) => MatchView | undefined;

const noScore: ScoreOf = () => undefined;

export function toMatchView(result: MatchResult): MatchView {
  return {
    score: result.score,
    matched: result.matched.map((skill) => skill.skill),
    missing: result.missing.map((skill) => skill.skill),
    summary: result.summary,
  };
}

export function useMatchScores(cvs: readonly CvRecord[]): ScoreOf {
  const cv = cvs.find((record) => record.isDefault);
  const cvText = cv?.text;
  return useMemo(() => {
    if (!cvText) return noScore;
    const profile = prepareCv(cvText);
    const jobs = createJobCache();
    // Per record object: a record that changes is a new object and is scored again.
    const scores = new WeakMap<Application, MatchView>();
    return (app: Application) => {
      let view = scores.get(app);
      if (!view) {
        view = toMatchView(scoreApplication(profile, jobs.get(app)));
        scores.set(app, view);
      }
      return view;
    };
  }, [cvText]);
}
