import { useMemo } from 'preact/hooks';
import type { Application } from '../../shared/application';
import type { CvRecord } from '../store/schema';

/**
 * The seam between the tracker UI and the match scorer (extension/match, issue 5). The UI
 * asks for an application's match lazily — only rows on screen ask — and renders nothing
 * while there is no default CV or no scorer.
 */
export interface MatchView {
  /** 0–100. */
  score: number;
  matched: string[];
  missing: string[];
}

export type ScoreOf = (app: Application) => MatchView | undefined;

const noScore: ScoreOf = () => undefined;

export function useMatchScores(cvs: readonly CvRecord[]): ScoreOf {
  const cv = cvs.find((record) => record.isDefault);
  return useMemo(() => {
    if (!cv) return noScore;
    // Wired to the scorer once extension/match exports it; cached per record object so
    // scrolling 5,000 rows scores each one at most once.
    return noScore;
  }, [cv]);
}
