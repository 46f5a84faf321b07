import type { z } from 'zod';
import type { Application } from '../model/application';
import { appKey, isAppKey, isCvKey, SETTINGS_KEY } from './keys';
import { newestCvFirst, newestFirst } from './queries';
import { CvRecord, defaultPreferences, type Preferences, Settings, StoredApplication } from './schema';
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
  applications: Application[];
  /** Stored records that failed validation: reported, left as they are. */
  invalid: StorageProblem[];
}

export function applicationsOf(snapshot: Snapshot): ApplicationList {
  const { records, invalid } = parseRecords(Object.entries(snapshot), isAppKey, StoredApplication);
  return { applications: records.sort(newestFirst), invalid };
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

/** One application by id, validated; undefined when missing or unreadable. */
export async function readApplicationIn(area: StorageArea, id: string): Promise<Application | undefined> {
  const key = appKey(id);
  const parsed = StoredApplication.safeParse((await area.get(key))[key]);
  return parsed.success ? parsed.data : undefined;
}

/** Several applications by id; missing or unreadable ones are left out. */
export async function readApplicationsById(
  area: StorageArea,
  ids: readonly string[],
): Promise<Application[]> {
  const stored = await area.get(ids.map(appKey));
  return parseRecords(
    ids.map((id) => [appKey(id), stored[appKey(id)]] as const),
    () => true,
    StoredApplication,
  ).records;
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
