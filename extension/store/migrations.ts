import type { z } from 'zod';
import { isAppKey, isCvKey, META_KEY, SETTINGS_KEY } from './keys';
import type { Snapshot, StorageProblem } from './records';
import { CvRecord, Meta, SCHEMA_VERSION, Settings, StoredApplication } from './schema';
import type { StorageArea } from './storage-area';

/**
 * One step of the schema's history. `migrate` is pure: it takes the whole snapshot at
 * version `from` and returns the whole snapshot at `from + 1`. Every version ever shipped
 * keeps a fixture in tests/fixtures/storage/ that must migrate to the current version with
 * nothing lost.
 */
export interface Migration {
  from: number;
  describe: string;
  migrate(snapshot: Snapshot): Snapshot;
}

/** The schema's history, oldest first. Version 1 is the first shipped schema. */
export const MIGRATIONS: readonly Migration[] = [];

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
    const schema = isAppKey(key)
      ? StoredApplication
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

export function planMigration(
  snapshot: Snapshot,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = SCHEMA_VERSION,
): MigrationPlan {
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
    current = step.migrate(current);
  }
  current[META_KEY] = { schemaVersion: target };

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

/** Brings storage to the current schema. Run inside the write queue. */
export async function runMigrations(area: StorageArea): Promise<MigrationPlan> {
  const snapshot = await area.get(null);
  const plan = planMigration(snapshot);
  if (plan.isFromFuture) return plan;
  // New values and the new meta land in one set() call; keys that are gone go after.
  if (Object.keys(plan.set).length) await area.set(plan.set);
  if (plan.remove.length) await area.remove(plan.remove);
  return plan;
}
