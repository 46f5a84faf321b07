/**
 * Every storage key, in one place. Only store/ (and the background that runs it) names
 * these; pages read through store/reader.ts and never see a key.
 *
 * chrome.storage.local:
 *   meta            { schemaVersion }
 *   settings        Settings (installation id, preferences, cached subscription state)
 *   app:<id>        an application's summary (schema.ts StoredSummary): everything a list,
 *                   filter, search, insights, the badge, the timeline and reminders read;
 *                   stored packed, as one JSON string (packed-summary.ts: a page's read
 *                   of 5,000 is several times faster than as objects)
 *   feat:<id>       the job's match features (match/features.ts MatchFeatures, one string),
 *                   so scoring 5,000 jobs reads no description; apart from the summary
 *                   (schema 3) because only scoring reads it and it was most of the
 *                   summary's bytes: a page reads summaries first (search, filters) and
 *                   features after, in batches (store/reader.ts)
 *   detail:<id>     the rest of that application (schema.ts StoredDetail): the description
 *                   (deflated when that is shorter), capture details (descriptionPartial,
 *                   fieldSources) and the Pro texts; read when a detail panel opens, by
 *                   Pro tools, exports. Always written in the same set() call as its
 *                   app:<id> and feat:<id> (records.ts), and removed with them
 *   cv:<id>         one CvRecord per CV version (text only, never the file)
 *   quarantine:…    an unreadable record a capture replaced, kept aside
 * chrome.storage.session:
 *   first-screen    the pages' first screenful (background/first-screen.ts)
 *   undo:<token>    a capture's undo record (store/capture-undo.ts)
 *   pro-letter:<id> a cover letter being written for application <id> (background/pro.ts)
 *   pro-checkout    the Stripe Checkout Session in progress (background/pro.ts)
 */
export const META_KEY = 'meta';
export const SETTINGS_KEY = 'settings';
const APP_PREFIX = 'app:';
const DETAIL_PREFIX = 'detail:';
const FEAT_PREFIX = 'feat:';
const CV_PREFIX = 'cv:';
export const FIRST_SCREEN_KEY = 'first-screen';
/** Whether the first-screen snapshot holds every stored application (a small store). */
export const FIRST_SCREEN_COMPLETE_KEY = 'first-screen:complete';
export const UNDO_PREFIX = 'undo:';
/** Pro texts being written (session storage): `pro-letter:<id>`, `pro-prep:<id>`, `pro-statement:<id>`. */
const PROGRESS_KEY = /^pro-(?:letter|prep|statement):/;
export const CHECKOUT_KEY = 'pro-checkout';

export type ProgressKind = 'letter' | 'prep' | 'statement';
export const progressKey = (kind: ProgressKind, applicationId: string) => `pro-${kind}:${applicationId}`;
export const letterProgressKey = (applicationId: string) => progressKey('letter', applicationId);
export const isProgressKey = (key: string) => PROGRESS_KEY.test(key);

export const appKey = (id: string) => `${APP_PREFIX}${id}`;
export const cvKey = (id: string) => `${CV_PREFIX}${id}`;
export const isAppKey = (key: string) => key.startsWith(APP_PREFIX);
export const isCvKey = (key: string) => key.startsWith(CV_PREFIX);
export const appIdOf = (key: string) => key.slice(APP_PREFIX.length);
export const detailKey = (id: string) => `${DETAIL_PREFIX}${id}`;
export const isDetailKey = (key: string) => key.startsWith(DETAIL_PREFIX);
export const detailIdOf = (key: string) => key.slice(DETAIL_PREFIX.length);
export const featKey = (id: string) => `${FEAT_PREFIX}${id}`;
export const isFeatKey = (key: string) => key.startsWith(FEAT_PREFIX);
export const featIdOf = (key: string) => key.slice(FEAT_PREFIX.length);
const QUARANTINE_PREFIX = 'quarantine:';
export const quarantineKey = (key: string, date: string) => `${QUARANTINE_PREFIX}${key}:${date}`;
/**
 * Keys a page's list needs: all but applications' details, their match features (read
 * after, store/reader.ts) and quarantined records.
 */
export const isSummaryPageKey = (key: string) =>
  !isDetailKey(key) && !isFeatKey(key) && !key.startsWith(QUARANTINE_PREFIX);
