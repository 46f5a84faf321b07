import { z } from 'zod';
import { featureWords, isCurrentFeatures, jobFeatures, type MatchFeatures } from '../match/features';
import type { Application, Board, FieldSources } from '../model/application';
import { boardIdPrefix } from './application-id';
import {
  appIdOf,
  appKey,
  detailKey,
  featKey,
  isAppKey,
  isCvKey,
  isDetailKey,
  isFeatKey,
  SETTINGS_KEY,
} from './keys';
import { packSummary, unpackSummary } from './packed-summary';
import { packText, unpackDeflated, unpackText } from './packed-text';
import { newestCvFirst, newestFirst } from './queries';
import {
  type ApplicationSummary,
  CvRecord,
  DETAIL_FIELDS,
  defaultPreferences,
  LEGACY_FEATURES_FIELD,
  type Preferences,
  Settings,
  StoredApplication,
  StoredDetail,
  StoredSummary,
} from './schema';
import { listKeys, type StorageArea } from './storage-area';

/**
 * Reading records out of storage: the one loop that validates them, the one newest-first
 * order, and reads by id. Used by the background and, through store/reader.ts, the pages.
 */

/** Everything in storage, key → value, as chrome.storage.local.get(null) returns it. */
export type Snapshot = Record<string, unknown>;

export interface StorageProblem {
  key: string;
  reason: string;
}

/**
 * The records among `entries` whose key `isKey` accepts, validated by `schema`; those that
 * fail are reported, never dropped from storage.
 */
export function parseRecords<S extends z.ZodType>(
  entries: Iterable<readonly [string, unknown]>,
  isKey: (key: string) => boolean,
  schema: S,
): { records: z.output<S>[]; invalid: StorageProblem[] } {
  const records: z.output<S>[] = [];
  const invalid: StorageProblem[] = [];
  for (const [key, value] of entries) {
    if (!isKey(key)) continue;
    const parsed = schema.safeParse(value);
    if (parsed.success) records.push(parsed.data);
    else invalid.push({ key, reason: parsed.error.issues[0]?.message ?? 'invalid' });
  }
  return { records, invalid };
}

export interface ApplicationList {
  /** Newest first (by creation). */
  applications: ApplicationSummary[];
  /** Stored records that failed validation: reported, left as they are. */
  invalid: StorageProblem[];
}

/** What a stored app:<id> value may hold beyond a summary, in an older layout. */
const NOT_SUMMARY_FIELDS: readonly string[] = [...DETAIL_FIELDS, LEGACY_FEATURES_FIELD];

/**
 * The summary part of a stored app:<id> value (packed-summary.ts). A value still in the
 * one-key layout of schema 1, or an object with its features inside as in schema 2 (met
 * only while a migration is under way), reads as its summary too.
 */
export function summaryValue(stored: unknown): unknown {
  const value = unpackSummary(stored);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  if (!NOT_SUMMARY_FIELDS.some((field) => field in value)) return value;
  const summary: Record<string, unknown> = { ...value };
  for (const field of NOT_SUMMARY_FIELDS) delete summary[field];
  return summary;
}

/** The features a schema-2 summary still carries inside it (mid-migration), if any. */
function legacyFeaturesOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[LEGACY_FEATURES_FIELD]
    : undefined;
}

const SummaryValue = z.preprocess(summaryValue, StoredSummary);

/** Parses one stored summary; undefined when unreadable. */
export function parseSummary(value: unknown): ApplicationSummary | undefined {
  const parsed = SummaryValue.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The application summaries of a snapshot (app: keys), validated, newest first. */
export function applicationsOf(snapshot: Snapshot): ApplicationList {
  const { records, invalid } = parseRecords(Object.entries(snapshot), isAppKey, SummaryValue);
  return { applications: records.sort(newestFirst), invalid };
}

/** The stored features of each record read (feat:<id>), so a write can reuse them. */
const storedFeatures = new WeakMap<Application, MatchFeatures>();

/** What the match features are read from: when none of it changes, neither do they. */
const featureInputs = (app: Application) =>
  JSON.stringify([app.title, app.description, app.skills, app.experience]);

/**
 * An application in full from its stored values (summary and detail), or undefined when
 * the summary is unreadable, or the description is (a coded one is read with the words of
 * `features`, packed-text.ts). A detail that is missing or does not match the schema
 * leaves the record without one (the summary alone is still the application). A summary still in the
 * one-key layout of schema 1 is whole by itself. Its `features` (feat:<id>, or those
 * still inside a schema-2 summary) are remembered for a write of this record to reuse.
 */
export async function joinApplication(
  hot: unknown,
  detail: unknown,
  features: unknown = legacyFeaturesOf(hot),
): Promise<Application | undefined> {
  const summary = parseSummary(hot);
  if (!summary) return undefined;
  const parsedDetail = StoredDetail.safeParse(detail);
  const legacy = detail === undefined ? StoredApplication.safeParse(hot) : undefined;
  let record: Record<string, unknown> = { ...summary };
  if (legacy?.success) record = { ...legacy.data };
  else if (parsedDetail.success) {
    const { descriptionZ, descriptionW, fieldSources, ...rest } = parsedDetail.data;
    Object.assign(record, rest);
    if (fieldSources !== undefined) record.fieldSources = unpackSources(fieldSources);
    try {
      if (descriptionW !== undefined)
        record.description = await unpackText(descriptionW, featureWords(features));
      else if (descriptionZ !== undefined) record.description = await unpackDeflated(descriptionZ);
    } catch {
      // Unreadable as a whole rather than without its description: a write of the record
      // as read would lose the text (a capture keeps such a record aside, applications.ts).
      return undefined;
    }
  }
  const parsed = StoredApplication.safeParse(record);
  if (!parsed.success) return undefined;
  if (isCurrentFeatures(features)) storedFeatures.set(parsed.data, features);
  return parsed.data;
}

/**
 * Where each field was read, as stored (schema 4): "title company salary:meta", a field
 * alone when the board's own markup gave it (nearly always), "field:source" otherwise.
 * A quarter of the object's bytes; the object form (schemas 1–3) still reads.
 */
function packSources(sources: FieldSources): string {
  return Object.entries(sources)
    .map(([field, source]) => (source === 'board' ? field : `${field}:${source}`))
    .join(' ');
}

function unpackSources(stored: string | FieldSources): FieldSources {
  if (typeof stored !== 'string') return stored;
  const sources: Record<string, string> = {};
  for (const entry of stored.split(' ')) {
    if (!entry) continue;
    const colon = entry.indexOf(':');
    if (colon < 0) sources[entry] = 'board';
    else sources[entry.slice(0, colon)] = entry.slice(colon + 1);
  }
  // Checked with the whole record (StoredApplication): an unknown field or source fails there.
  return sources as FieldSources;
}

/** Application `id` whole from items that hold its keys (applicationKeys); undefined: unreadable. */
export function joinStored(stored: Snapshot, id: string): Promise<Application | undefined> {
  return joinApplication(stored[appKey(id)], stored[detailKey(id)], stored[featKey(id)]);
}

/**
 * The three stored values of an application: the summary, the detail and the match
 * features. Features are read again from the record only when what they depend on changed
 * since `previous` (the record as read before this write); otherwise they are reused.
 */
export async function storedValues(
  app: Application,
  previous?: Application,
): Promise<{ summary: ApplicationSummary; detail: StoredDetail; features: MatchFeatures }> {
  const summary: Record<string, unknown> = { ...app };
  const detail: Record<string, unknown> = {};
  for (const field of DETAIL_FIELDS) {
    if (app[field] !== undefined) detail[field] = app[field];
    delete summary[field];
  }
  if (app.fieldSources) detail.fieldSources = packSources(app.fieldSources);
  const kept = previous && storedFeatures.get(previous);
  const features = kept && featureInputs(previous) === featureInputs(app) ? kept : jobFeatures(app);
  if (typeof app.description === 'string') {
    // Coded against the features' words: the two are written together (recordItems).
    const packed = await packText(app.description, featureWords(features));
    if (packed !== undefined) {
      delete detail.description;
      detail.descriptionW = packed;
    }
  }
  return { summary: summary as ApplicationSummary, detail: detail as StoredDetail, features };
}

/** An application's storage items (keys.ts: app:, detail:, feat:), from storedValues. */
export function recordItems(
  id: string,
  values: { summary: ApplicationSummary; detail: StoredDetail; features: MatchFeatures },
): Snapshot {
  return {
    [appKey(id)]: packSummary(values.summary),
    [detailKey(id)]: values.detail,
    [featKey(id)]: values.features,
  };
}

/** Storage items (all three keys) for the given applications, ready for one set() call. */
export async function applicationItems(
  apps: readonly Application[],
  previous: ReadonlyMap<string, Application> = new Map(),
): Promise<Snapshot> {
  const items: Snapshot = {};
  for (const app of apps) {
    Object.assign(items, recordItems(app.id, await storedValues(app, previous.get(app.id))));
  }
  return items;
}

/** Writes applications in full (summary, detail and features together, in one call). */
export async function writeApplications(
  area: StorageArea,
  apps: readonly Application[],
  previous: readonly Application[] = [],
): Promise<void> {
  if (!apps.length) return;
  await area.set(await applicationItems(apps, new Map(previous.map((app) => [app.id, app]))));
}

/** Every key of each application (summary, detail, features). */
export const applicationKeys = (ids: readonly string[]) =>
  ids.flatMap((id) => [appKey(id), detailKey(id), featKey(id)]);

/**
 * A snapshot with every application in full under its app: key (the one-key layout of
 * schema 1): what backups are made from and imports are planned against.
 */
export async function joinSnapshot(snapshot: Snapshot): Promise<Snapshot> {
  const out: Snapshot = {};
  for (const [key, value] of Object.entries(snapshot)) {
    if (isDetailKey(key) || isFeatKey(key)) continue;
    if (!isAppKey(key)) {
      out[key] = value;
      continue;
    }
    out[key] = (await joinStored(snapshot, appIdOf(key))) ?? value;
  }
  return out;
}

/**
 * The reverse of joinSnapshot: whole applications under app: keys become summary, detail
 * and features items; other keys pass through.
 */
export async function splitSnapshot(snapshot: Snapshot): Promise<Snapshot> {
  const out: Snapshot = {};
  for (const [key, value] of Object.entries(snapshot)) {
    const app = isAppKey(key) ? StoredApplication.safeParse(value) : undefined;
    if (!app?.success) {
      out[key] = value;
      continue;
    }
    Object.assign(out, recordItems(appIdOf(key), await storedValues(app.data)));
  }
  return out;
}

/** CV versions, newest first. */
export function cvsOf(snapshot: Snapshot): CvRecord[] {
  return parseRecords(Object.entries(snapshot), isCvKey, CvRecord).records.sort(newestCvFirst);
}

export function settingsOf(snapshot: Snapshot): Settings | undefined {
  const parsed = Settings.safeParse(snapshot[SETTINGS_KEY]);
  return parsed.success ? parsed.data : undefined;
}

export function preferencesOf(snapshot: Snapshot): Preferences {
  return settingsOf(snapshot)?.preferences ?? defaultPreferences();
}

/** One application in full by id, validated; undefined when missing or unreadable. */
export async function readApplicationIn(area: StorageArea, id: string): Promise<Application | undefined> {
  return joinStored(await area.get(applicationKeys([id])), id);
}

/** Several applications in full by id; missing or unreadable ones are left out. */
export async function readApplicationsById(
  area: StorageArea,
  ids: readonly string[],
): Promise<Application[]> {
  if (!ids.length) return [];
  const stored = await area.get(applicationKeys(ids));
  const apps: Application[] = [];
  for (const id of ids) {
    const app = await joinStored(stored, id);
    if (app) apps.push(app);
  }
  return apps;
}

/**
 * Whether a job of `board` that has its board's job id could be tracked: false when no
 * stored application's id is of that board (`indeed-…`, store/application-id.ts), so the
 * badge of a page whose URL names no job needs no read of the page (every adapter's
 * currentJob names the job by its id); null where the area cannot list keys.
 */
export async function holdsJobsOfBoard(area: StorageArea, board: Board): Promise<boolean | null> {
  const keys = await listKeys(area);
  if (keys === null) return null;
  const prefix = appKey(boardIdPrefix(board));
  return keys.some((key) => key.startsWith(prefix));
}

/**
 * Only the cv: items. Capture asks for the default CV on every Apply, and reading all of
 * storage (thousands of applications) for it would be wasteful: Chrome 130+ lists keys
 * without values (getKeys); older versions fall back to reading everything.
 */
export async function readCvItems(area: StorageArea): Promise<Snapshot> {
  const listed = await listKeys(area);
  if (listed === null) return area.get(null);
  const keys = listed.filter(isCvKey);
  return keys.length ? area.get(keys) : {};
}

/** Every CV version, newest first. */
export async function readCvsIn(area: StorageArea): Promise<CvRecord[]> {
  return cvsOf(await readCvItems(area));
}

export async function readPreferences(area: StorageArea): Promise<Preferences> {
  return preferencesOf(await area.get(SETTINGS_KEY));
}
