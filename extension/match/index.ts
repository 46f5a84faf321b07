/**
 * The match library: pure, deterministic, no chrome.*, no DOM, no network. Same code in
 * the popup, the tracker page and the Node CLI.
 *
 *   import { prepareCv, scoreApplications } from '../match';
 *   const cv = prepareCv(cvText);                       // once per CV text
 *   const results = scoreApplications(cv, applications); // Map<applicationId, MatchResult>
 *
 * Or, for one job: `scoreApplication(cv, prepareJob({ title, description }))`.
 */
export { type ApplicationLike, createJobCache, type JobCache, scoreApplications } from './batch';
export {
  isCurrentFeatures,
  jobFeatures,
  MATCH_FEATURES_VERSION,
  type MatchFeatures,
  profileFromFeatures,
} from './features';
export type { LexicalCorpus } from './lexical';
export {
  BAND_FLOORS,
  BANDS,
  type Band,
  bandOf,
  type CvProfile,
  chanceToScore,
  createJobCorpus,
  type Importance,
  type JobInput,
  type JobProfile,
  type MatchedSkill,
  type MatchResult,
  type MissingSkill,
  type PrepareOptions,
  prepareCv,
  prepareJob,
  type ScoreParts,
  scoreApplication,
  scoreText,
} from './score';
export { skillLabel } from './skills';
