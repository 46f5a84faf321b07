import { useEffect, useMemo, useState } from 'preact/hooks';
import { matchSummary } from '../i18n/match-summary';
import {
  type CvProfile,
  createJobCache,
  createJobCorpus,
  isCurrentFeatures,
  type MatchFeatures,
  type MatchResult,
  prepareCv,
  scoreApplication,
} from '../match';
import type { ApplicationSummary, CvRecord } from '../store/schema';
import { useI18n } from './i18n-context';

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
  /** One or two sentences for a tooltip or a screen reader, in the UI language. */
  summary?: string;
  /** The full explanation (skills with the CV line showing each, years) for MatchExplanation. */
  result?: MatchResult;
  /** File name of the CV version the score used. */
  cvName?: string;
}

/** Scores a listed application from its stored match features (it never reads a description). */
export type ScoreOf = (app: ApplicationSummary) => MatchView | undefined;

const noScore: ScoreOf = () => undefined;

/**
 * How many of the loaded applications (in the order the list holds them) give the word
 * weights: enough for stable document frequencies (and what every score so far was
 * computed with, so a stored score means the same after the move to stored features).
 */
export const CORPUS_JOBS = 200;

export function toMatchView(result: MatchResult, cvName?: string, lang = 'en'): MatchView {
  return {
    score: result.score,
    matched: result.matched.map((skill) => skill.skill),
    missing: result.missing.map((skill) => skill.skill),
    summary: matchSummary(result, lang === 'es' ? 'es' : 'en'),
    result,
    ...(cvName ? { cvName } : {}),
  };
}

/** Stored features by application id, as the page has read them (store/reader.ts PageData). */
type FeaturesById = ReadonlyMap<string, MatchFeatures>;

/**
 * An application is scored with the CV version it was captured with (its cvId) while that
 * version exists, else with the default. Each CV's text is prepared once, on first use.
 * Word weights come from the user's own stored jobs (the first CORPUS_JOBS of `apps`)
 * blended with the shipped background table. Each job is read from the match features the
 * background stored for it (feat:<id>, match/features.ts), which the page reads after the
 * summaries (`features`, filled in as batches arrive: a row scores once its features are
 * in); a job whose features are missing or from an older match version has no score until
 * the background has read it again (at start-up) — the page never reads descriptions to
 * score. `rowsShown`: the page has its first rows; scores start the frame after they are
 * painted (useFirstPaint).
 */
export function useMatchScores(
  cvs: readonly CvRecord[],
  features: FeaturesById,
  apps: readonly ApplicationSummary[] = [],
  rowsShown = true,
): ScoreOf {
  const { lang } = useI18n();
  const painted = useFirstPaint(rowsShown);
  const hasDefault = painted && cvs.some((record) => record.isDefault);
  // Only what scoring reads: a new array with the same CVs does not rescore.
  const key = cvs.map((cv) => `${cv.id}|${cv.isDefault}|${cv.text}`).join('\u0000');
  const sample = apps.slice(0, CORPUS_JOBS).filter((app) => isCurrentFeatures(features.get(app.id)));
  const corpusKey = sample.map((app) => `${app.id}|${app.updatedAt}`).join(',');
  // Prepared jobs outlive a CV change or a new corpus: only the cheap step runs again.
  const jobs = useMemo(() => createJobCache(), []);
  const jobOf = (app: ApplicationSummary, stored: MatchFeatures) => jobs.get({ ...app, features: stored });
  const corpus = useMemo(
    () => createJobCorpus(painted ? sample.map((app) => jobOf(app, features.get(app.id) ?? '')) : []),
    [corpusKey, painted],
  );
  const scoreWith = useMemo(() => {
    if (!hasDefault) return undefined;
    const byId = new Map(cvs.map((cv) => [cv.id, cv]));
    const fallback = cvs.find((cv) => cv.isDefault);
    const profiles = new Map<string, CvProfile>();
    const profileOf = (cv: CvRecord) => {
      let profile = profiles.get(cv.id);
      if (!profile) {
        profile = prepareCv(cv.text);
        profiles.set(cv.id, profile);
      }
      return profile;
    };
    // Per record object and features: a record that changes is a new object, features
    // that change are a new string; either is scored again. Kept while more features
    // arrive, so a batch rescoring nothing already shown.
    const scores = new WeakMap<ApplicationSummary, { stored: MatchFeatures; view: MatchView }>();
    return (app: ApplicationSummary, stored: MatchFeatures) => {
      const known = scores.get(app);
      if (known?.stored === stored) return known.view;
      const cv = (app.cvId ? byId.get(app.cvId) : undefined) ?? fallback;
      if (!cv) return undefined;
      const view = toMatchView(
        scoreApplication(profileOf(cv), jobOf(app, stored), corpus),
        cv.fileName,
        lang,
      );
      scores.set(app, { stored, view });
      return view;
    };
  }, [key, hasDefault, corpus, lang]);
  // A new function when more features arrive, so the rows on screen render again.
  return useMemo(() => {
    if (!scoreWith) return noScore;
    return (app: ApplicationSummary) => {
      const stored = features.get(app.id);
      return isCurrentFeatures(stored) ? scoreWith(app, stored) : undefined;
    };
  }, [scoreWith, features]);
}

/**
 * False until the frame after the page first painted its rows (`rowsShown`). Scoring waits
 * for it: preparing the CV, decoding the corpus jobs' features and scoring the rows on
 * screen cost 10–50 ms before the first paint (measured in the popup at 5,000
 * applications), and the first rows must not wait on them; the scores fill in a frame later.
 */
function useFirstPaint(rowsShown: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted || !rowsShown) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // rAF runs just before the paint; the timeout after it is the first task past it.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [painted, rowsShown]);
  return painted;
}
