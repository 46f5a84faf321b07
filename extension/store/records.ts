import { z } from 'zod';
import { isCurrentFeatures, jobFeatures, type MatchFeatures } from '../match/features';
import type { Application } from '../model/application';
import { appIdOf, appKey, detailKey, isAppKey, isCvKey, isDetailKey, SETTINGS_KEY } from './keys';
import { packText, unpackText } from './packed-text';
import { newestCvFirst, newestFirst } from './queries';
import {
  type ApplicationSummary,
  CvRecord,
  DETAIL_FIELDS,
  defaultPreferences,
  type Preferences,
  Settings,
  StoredApplication,
  StoredDetail,
  StoredSummary,
} from './schema';
import type { StorageArea } from './storage-area';

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

/**
 * The summary part of a stored app:<id> value. A value still in the one-key layout of
 * schema 1 (met only while a migration is under way) reads as its summary too.
 */
export function summaryValue(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  if (!DETAIL_FIELDS.some((field) => field in value)) return value;
  const summary: Record<string, unknown> = { ...value };
  for (const field of DETAIL_FIELDS) delete summary[field];
  return summary;
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

/** The features a stored summary carries, kept per record read so a write can reuse them. */
const storedFeatures = new WeakMap<Application, MatchFeatures>();

/** What the match features are read from: when none of it changes, neither do they. */
const featureInputs = (app: Application) =>
  JSON.stringify([app.title, app.description, app.skills, app.experience]);

/**
 * An application in full from its two stored values (summary and detail), or undefined
 * when the summary is unreadable. A detail that is missing or unreadable leaves the
 * record without one (the summary alone is still the application). A summary still in
 * the one-key layout of schema 1 is whole by itself.
 */
export async function joinApplication(hot: unknown, detail: unknown): Promise<Application | undefined> {
  const summary = parseSummary(hot);
  if (!summary) return undefined;
  const { features, ...fields } = summary;
  const parsedDetail = StoredDetail.safeParse(detail);
  const legacy = detail === undefined ? StoredApplication.safeParse(hot) : undefined;
  let record: Record<string, unknown> = { ...fields };
  if (legacy?.success) record = { ...legacy.data };
  else if (parsedDetail.success) {
    const { descriptionZ, ...rest } = parsedDetail.data;
    Object.assign(record, rest);
    if (descriptionZ !== undefined) record.description = await unpackText(descriptionZ);
  }
  const parsed = StoredApplication.safeParse(record);
  if (!parsed.success) return undefined;
  if (features && isCurrentFeatures(features)) storedFeatures.set(parsed.data, features);
  return parsed.data;
}

/**
 * The two stored values of an application: the summary with its match features, and the
 * detail. Features are read again from the record only when what they depend on changed
 * since `previous` (the record as read before this write); otherwise they are reused.
 */
export async function storedValues(
  app: Application,
  previous?: Application,
): Promise<{ summary: ApplicationSummary; detail: StoredDetail }> {
  const summary: Record<string, unknown> = { ...app };
  const detail: Record<string, unknown> = {};
  for (const field of DETAIL_FIELDS) {
    if (app[field] !== undefined) detail[field] = app[field];
    delete summary[field];
  }
  if (typeof app.description === 'string') {
    const packed = await packText(app.description);
    if (packed !== undefined) {
      delete detail.description;
      detail.descriptionZ = packed;
    }
  }
  const kept = previous && storedFeatures.get(previous);
  const features = kept && featureInputs(previous) === featureInputs(app) ? kept : jobFeatures(app);
  summary.features = features;
  return { summary: summary as ApplicationSummary, detail: detail as StoredDetail };
}

/** Storage items (both keys) for the given applications, ready for one set() call. */
export async function applicationItems(
  apps: readonly Application[],
  previous: ReadonlyMap<string, Application> = new Map(),
): Promise<Snapshot> {
  const items: Snapshot = {};
  for (const app of apps) {
    const { summary, detail } = await storedValues(app, previous.get(app.id));
    items[appKey(app.id)] = summary;
    items[detailKey(app.id)] = detail;
  }
  return items;
}

/** Writes applications in full (summary and detail together, in one call). */
export async function writeApplications(
  area: StorageArea,
  apps: readonly Application[],
  previous: readonly Application[] = [],
): Promise<void> {
  if (!apps.length) return;
  await area.set(await applicationItems(apps, new Map(previous.map((app) => [app.id, app]))));
}

/** Both keys of each application. */
export const applicationKeys = (ids: readonly string[]) => ids.flatMap((id) => [appKey(id), detailKey(id)]);

/**
 * A snapshot with every application in full under its app: key (the one-key layout of
 * schema 1): what backups are made from and imports are planned against.
 */
export async function joinSnapshot(snapshot: Snapshot): Promise<Snapshot> {
  const out: Snapshot = {};
  for (const [key, value] of Object.entries(snapshot)) {
    if (isDetailKey(key)) continue;
    if (!isAppKey(key)) {
      out[key] = value;
      continue;
    }
    out[key] = (await joinApplication(value, snapshot[detailKey(appIdOf(key))])) ?? value;
  }
  return out;
}

/**
 * The reverse of joinSnapshot: whole applications under app: keys become summary and
 * detail items; other keys pass through.
 */
export async function splitSnapshot(snapshot: Snapshot): Promise<Snapshot> {
  const out: Snapshot = {};
  for (const [key, value] of Object.entries(snapshot)) {
    const app = isAppKey(key) ? StoredApplication.safeParse(value) : undefined;
    if (!app?.success) {
      out[key] = value;
      continue;
    }
    const { summary, detail } = await storedValues(app.data);
    out[key] = summary;
    out[detailKey(appIdOf(key))] = detail;
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
  const stored = await area.get([appKey(id), detailKey(id)]);
  return joinApplication(stored[appKey(id)], stored[detailKey(id)]);
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
    const app = await joinApplication(stored[appKey(id)], stored[detailKey(id)]);
    if (app) apps.push(app);
  }
  return apps;
}

/**
 * Only the cv: items. Capture asks for the default CV on every Apply, and reading all of
 * storage (thousands of applications) for it would be wasteful: Chrome 130+ lists keys
 * without values (getKeys); older versions fall back to reading everything.
 */
export async function readCvItems(area: StorageArea): Promise<Snapshot> {
  const withKeys = area as { getKeys?: () => Promise<string[]> };
  if (typeof withKeys.getKeys === 'function') {
    const keys = (await withKeys.getKeys()).filter(isCvKey);
    return keys.length ? area.get(keys) : {};
  }
  return area.get(null);
}

/** Every CV version, newest first. */
export async function readCvsIn(area: StorageArea): Promise<CvRecord[]> {
  return cvsOf(await readCvItems(area));
}

export async function readPreferences(area: StorageArea): Promise<Preferences> {
  return preferencesOf(await area.get(SETTINGS_KEY));
}
