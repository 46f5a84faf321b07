import type { z } from 'zod';
import { isCurrentFeatures, MATCH_FEATURES_VERSION } from '../match/features';
import {
  appIdOf,
  detailIdOf,
  detailKey,
  featIdOf,
  featKey,
  isAppKey,
  isCvKey,
  isDetailKey,
  isFeatKey,
  META_KEY,
  SETTINGS_KEY,
} from './keys';
import { packSummary, unpackSummary } from './packed-summary';
import {
  joinStored,
  recordItems,
  type Snapshot,
  type StorageProblem,
  storedValues,
  summaryValue,
} from './records';
import {
  CvRecord,
  Meta,
  SCHEMA_VERSION,
  Settings,
  StoredApplication,
  StoredDetail,
  StoredFeatures,
  StoredSummary,
} from './schema';
import type { StorageArea } from './storage-area';

/**
 * One step of the schema's history. `migrate` is pure: it takes the whole snapshot at
 * version `from` and returns the whole snapshot at `from + 1`. It must also accept what an
 * interrupted run of itself left (some records already at `from + 1`: the runner writes
 * record by record, and the version last). Every version ever shipped keeps a fixture in
 * tests/fixtures/storage/ that must migrate to the current version with nothing lost.
 */
export interface Migration {
  from: number;
  describe: string;
  migrate(snapshot: Snapshot): Snapshot | Promise<Snapshot>;
}

/**
 * 1 → 2: each application, one key holding everything, becomes its summary with the job's
 * match features inside (app:<id>, schema 2's layout) and its detail (detail:<id>), so
 * pages list and score without reading descriptions (keys.ts). A record already split (an
 * interrupted run: it has a detail key) is left as it is; so is an unreadable one
 * (reported).
 */
const splitApplications: Migration = {
  from: 1,
  describe: 'split each application into its summary (with match features) and its detail',
  async migrate(snapshot) {
    const out: Snapshot = { ...snapshot };
    for (const [key, value] of Object.entries(snapshot)) {
      if (!isAppKey(key)) continue;
      // Under the key it was found at (a record's id and key agree, but storage is not trusted).
      const id = appIdOf(key);
      // A schema-3 summary (an interrupted run of 1 → 3) reads as a schema-1 record without
      // a description: the detail key it was written with tells it apart.
      if (snapshot[detailKey(id)] !== undefined) continue;
      const app = StoredApplication.safeParse(value);
      if (!app.success) continue;
      const { summary, detail, features } = await storedValues(app.data);
      out[key] = { ...summary, features };
      out[detailKey(id)] = detail;
    }
    return out;
  },
};

/**
 * 2 → 3: the match features move out of each summary into their own key (feat:<id>): they
 * were about 60% of a summary's bytes and only scoring reads them, so a page's summary
 * read (search, filters, counts) no longer decodes them (keys.ts); and the summary is
 * stored packed, as one JSON string (packed-summary.ts: what makes that read fast). A
 * summary already packed (an interrupted run) is left as it is, and so is an unreadable
 * one; one without features inside (never computed) is packed, and refreshFeatures fills
 * in what is missing or stale.
 */
const separateFeatures: Migration = {
  from: 2,
  describe: "move each application's match features into feat:<id>, and pack its summary",
  migrate(snapshot) {
    const out: Snapshot = { ...snapshot };
    for (const [key, value] of Object.entries(snapshot)) {
      if (!isAppKey(key) || typeof value !== 'object' || value === null) continue;
      const { features, ...summary } = value as Record<string, unknown>;
      // An unreadable record stays exactly as it is (reported by validateSnapshot).
      if (!StoredSummary.safeParse(summary).success) continue;
      out[key] = packSummary(summary);
      if (features !== undefined) out[featKey(appIdOf(key))] = features;
    }
    return out;
  },
};

/**
 * A detail as schema 3 stored it: its description deflated alone or as text (it may code
 * shorter now), or its field sources as an object.
 */
const isOlderDetail = (detail: unknown) =>
  typeof detail === 'object' &&
  detail !== null &&
  ('descriptionZ' in detail ||
    'description' in detail ||
    typeof (detail as { fieldSources?: unknown }).fieldSources === 'object');
/** A stored summary that packSummary would write as it is. */
const isPackedAsToday = (value: unknown) =>
  typeof value === 'string' && packSummary(unpackSummary(value) as object) === value;

/**
 * 3 → 4: each description is coded against the words its match features already list
 * (packed-text.ts), so an application's words are stored once, and its field sources
 * become a short string (records.ts). Every readable record is
 * read whole and written again by today's writer (records.ts: summary, detail and
 * features together, stored features reused when current); one already rewritten (an
 * interrupted run) reads and writes the same. An unreadable one stays as it is (reported).
 */
const codeDescriptions: Migration = {
  from: 3,
  describe: "code each description against its match features' words",
  async migrate(snapshot) {
    const out: Snapshot = { ...snapshot };
    for (const key of Object.keys(snapshot)) {
      if (!isAppKey(key)) continue;
      const id = appIdOf(key);
      // Already as today's writer stores it (written by 1 → 2, or an interrupted run).
      if (!isOlderDetail(snapshot[detailKey(id)]) && isPackedAsToday(snapshot[key])) continue;
      const app = await joinStored(snapshot, id);
      if (app) Object.assign(out, recordItems(id, await storedValues(app, app)));
    }
    return out;
  },
};

/** The schema's history, oldest first. Version 1 is the first shipped schema. */
export const MIGRATIONS: readonly Migration[] = [splitApplications, separateFeatures, codeDescriptions];

export interface MigrationPlan {
  fromVersion: number;
  toVersion: number;
  /** Keys to write (new or changed values), including meta. */
  set: Snapshot;
  /** Keys that no longer exist at the target version. */
  remove: string[];
  /** Records that do not match the schema: reported and left untouched, never deleted. */
  problems: StorageProblem[];
  /** True when the stored data is newer than this code understands: nothing is written. */
  isFromFuture: boolean;
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'does not match the schema';
  const path = issue.path.length ? `${issue.path.join('.')}: ` : '';
  return `${path}${issue.message}`;
}

/** Checks every record against the current schemas; returns what does not fit. */
export function validateSnapshot(snapshot: Snapshot): StorageProblem[] {
  const problems: StorageProblem[] = [];
  for (const [key, value] of Object.entries(snapshot)) {
    if (isAppKey(key)) {
      const parsed = StoredSummary.safeParse(summaryValue(value));
      if (!parsed.success) problems.push({ key, reason: firstIssue(parsed.error) });
      continue;
    }
    const schema = isDetailKey(key)
      ? StoredDetail
      : isFeatKey(key)
        ? StoredFeatures
        : isCvKey(key)
          ? CvRecord
          : key === SETTINGS_KEY
            ? Settings
            : key === META_KEY
              ? Meta
              : undefined;
    if (!schema) continue;
    const parsed = schema.safeParse(value);
    if (!parsed.success) problems.push({ key, reason: firstIssue(parsed.error) });
  }
  return problems;
}

function storedVersion(snapshot: Snapshot): number | undefined {
  const meta = Meta.safeParse(snapshot[META_KEY]);
  if (meta.success) return meta.data.schemaVersion;
  // Data with no meta key predates versioning only in theory; version 1 wrote meta first.
  return Object.keys(snapshot).some((key) => isAppKey(key) || key === SETTINGS_KEY) ? 1 : undefined;
}

export async function planMigration(
  snapshot: Snapshot,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = SCHEMA_VERSION,
): Promise<MigrationPlan> {
  const fromVersion = storedVersion(snapshot) ?? target;
  if (fromVersion > target) {
    return {
      fromVersion,
      toVersion: target,
      set: {},
      remove: [],
      problems: [{ key: META_KEY, reason: `stored schema ${fromVersion} is newer than ${target}` }],
      isFromFuture: true,
    };
  }
  let current: Snapshot = { ...snapshot };
  for (let version = fromVersion; version < target; version++) {
    const step = migrations.find((migration) => migration.from === version);
    if (!step) throw new Error(`no migration from schema version ${version}`);
    current = await step.migrate(current);
  }
  const meta = Meta.safeParse(snapshot[META_KEY]);
  current[META_KEY] = { ...(meta.success ? meta.data : {}), schemaVersion: target };

  const set: Snapshot = {};
  for (const [key, value] of Object.entries(current)) {
    if (JSON.stringify(value) !== JSON.stringify(snapshot[key])) set[key] = value;
  }
  const remove = Object.keys(snapshot).filter((key) => !(key in current));
  return {
    fromVersion,
    toVersion: target,
    set,
    remove,
    problems: validateSnapshot(current),
    isFromFuture: false,
  };
}

/** Keys of one record move together: an application's summary, detail and features. */
function recordOf(key: string): string {
  if (isAppKey(key)) return `app ${appIdOf(key)}`;
  if (isDetailKey(key)) return `app ${detailIdOf(key)}`;
  if (isFeatKey(key)) return `app ${featIdOf(key)}`;
  return key;
}

/** Records written per set() call: a few MB at most, whatever the store holds. */
const RECORDS_PER_WRITE = 250;

/**
 * Writes `items` in set() calls of whole records: the keys of an application always land
 * in the same call (chrome.storage writes one call at once), so a record is never half
 * migrated, and storage never holds two copies of everything (quota) while it runs.
 */
async function writeByRecord(area: StorageArea, items: Snapshot): Promise<void> {
  const groups = new Map<string, Snapshot>();
  for (const [key, value] of Object.entries(items)) {
    const record = recordOf(key);
    const group = groups.get(record) ?? {};
    group[key] = value;
    groups.set(record, group);
  }
  let batch: Snapshot = {};
  let records = 0;
  for (const group of groups.values()) {
    Object.assign(batch, group);
    if (++records === RECORDS_PER_WRITE) {
      await area.set(batch);
      batch = {};
      records = 0;
    }
  }
  if (records) await area.set(batch);
}

/**
 * Brings storage to the current schema. Run inside the write queue. Safe to interrupt:
 * records are written whole, in batches, the new version only after all of them and the
 * removals of keys that no longer exist last; a run that stops anywhere leaves every
 * record readable, and the next start finishes the job (each step accepts half-migrated
 * data, see Migration).
 */
export async function runMigrations(area: StorageArea): Promise<MigrationPlan> {
  const snapshot = await area.get(null);
  const plan = await planMigration(snapshot);
  if (plan.isFromFuture) return plan;
  const { [META_KEY]: meta, ...records } = plan.set;
  await writeByRecord(area, records);
  if (meta !== undefined) await area.set({ [META_KEY]: meta });
  if (plan.remove.length) await area.remove(plan.remove);
  return plan;
}

/**
 * Brings every application's stored match features (feat:<id>) to MATCH_FEATURES_VERSION:
 * when the match code changed, the background reads each stale job once (with its
 * description) and writes its features, with the description coded against their words
 * (packed-text.ts); pages never do (until then they show no score
 * for it). Runs at start-up, inside the write queue, and only reads everything when meta
 * says the version changed. Answers how many it rewrote.
 */
export async function refreshFeatures(area: StorageArea): Promise<number> {
  const meta = Meta.safeParse((await area.get(META_KEY))[META_KEY]);
  if (!meta.success || meta.data.featuresVersion === MATCH_FEATURES_VERSION) return 0;
  const all = await area.get(null);
  let batch: Snapshot = {};
  let rewritten = 0;
  for (const key of Object.keys(all)) {
    if (!isAppKey(key)) continue;
    const id = appIdOf(key);
    if (isCurrentFeatures(all[featKey(id)])) continue;
    const app = await joinStored(all, id);
    if (!app) continue;
    // The whole record: its description is coded against the features' words (packed-text.ts).
    Object.assign(batch, recordItems(id, await storedValues(app)));
    if (++rewritten % RECORDS_PER_WRITE === 0) {
      await area.set(batch);
      batch = {};
    }
  }
  if (Object.keys(batch).length) await area.set(batch);
  await area.set({ [META_KEY]: { ...meta.data, featuresVersion: MATCH_FEATURES_VERSION } });
  return rewritten;
}
