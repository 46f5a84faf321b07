import { profileFromFeatures } from './features';
import type { LexicalCorpus } from './lexical';
import {
  type CvProfile,
  createJobCorpus,
  type JobProfile,
  type MatchResult,
  prepareJob,
  scoreApplication,
} from './score';

/** The fields of an application record the score reads. */
export interface ApplicationLike {
  id: string;
  title?: string | undefined;
  description?: string | undefined;
  skills?: readonly string[] | undefined;
  experience?: string | undefined;
  /** Part of the cache key: a changed record is read again. */
  updatedAt?: string | undefined;
  /** Stored match features (features.ts): read instead of the description when current. */
  features?: unknown;
}

/**
 * Prepared jobs by application id and version. A job's profile does not depend on the CV,
 * so when the CV changes only the cheap scoring step runs again.
 */
export interface JobCache {
  get(app: ApplicationLike): JobProfile;
}

export function createJobCache(): JobCache {
  const cache = new Map<string, { version: string; profile: JobProfile }>();
  return {
    get(app) {
      const version = `${app.updatedAt ?? ''}|${app.title ?? ''}|${app.description?.length ?? 0}|${app.features ? 1 : 0}`;
      const hit = cache.get(app.id);
      if (hit && hit.version === version) return hit.profile;
      const profile =
        (app.features ? profileFromFeatures(app.title ?? '', app.features) : undefined) ?? prepareJob(app);
      cache.set(app.id, { version, profile });
      return profile;
    },
  };
}

/**
 * Scores every application against one prepared CV. The applications are the corpus the
 * word weights come from unless one is given (build it once with createJobCorpus).
 */
export function scoreApplications(
  cv: CvProfile,
  apps: readonly ApplicationLike[],
  cache: JobCache = createJobCache(),
  corpus: LexicalCorpus = createJobCorpus(apps.map((app) => cache.get(app))),
): Map<string, MatchResult> {
  const results = new Map<string, MatchResult>();
  for (const app of apps) results.set(app.id, scoreApplication(cv, cache.get(app), corpus));
  return results;
}
