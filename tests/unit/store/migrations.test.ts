import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { META_KEY } from '../../../extension/store/keys';
import {
  MIGRATIONS,
  type Migration,
  planMigration,
  runMigrations,
  validateSnapshot,
} from '../../../extension/store/migrations';
import { SCHEMA_VERSION } from '../../../extension/store/schema';
import { MemoryArea } from '../../support/memory-area';

const FIXTURES = new URL('../../fixtures/storage/', import.meta.url);
const fixture = (version: number) =>
  JSON.parse(readFileSync(new URL(`v${version}.json`, FIXTURES), 'utf8')) as Record<string, unknown>;
const versions = Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1);

/** Every leaf value of a record, by path: what "nothing lost" compares. */
function leaves(value: unknown, path = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const [p, v] of leaves(child, `${path}/${key}`)) out.set(p, v);
    }
  } else out.set(path, value);
  return out;
}

describe('schema history', () => {
  it('keeps a storage fixture for every schema version ever shipped', () => {
    const files = readdirSync(FIXTURES).filter((name) => /^v\d+\.json$/.test(name));
    expect(files.sort()).toEqual(versions.map((v) => `v${v}.json`).sort());
  });

  it('has exactly one migration step for each version below the current one', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual(versions.slice(0, -1));
  });

  it.each(versions)('migrates a v%i store to the current schema with nothing lost', async (version) => {
    const before = fixture(version);
    // Each application whole (from schema 2 on it is stored in two keys, joined here).
    const wholeBefore = await new MemoryArea(before).whole();
    const area = new MemoryArea(before);
    const plan = await runMigrations(area);
    const after = await area.whole();

    expect(plan.problems).toEqual([]);
    expect(area.snapshot()[META_KEY]).toEqual({ schemaVersion: SCHEMA_VERSION });
    expect(validateSnapshot(area.snapshot())).toEqual([]);
    // Every application, CV and the settings survive, with every value they held.
    for (const key of Object.keys(wholeBefore).filter((k) => k !== META_KEY)) {
      expect(after, key).toHaveProperty([key]);
      for (const [path, value] of leaves(wholeBefore[key])) {
        expect([...leaves(after[key]).values()], `${key}${path}`).toContainEqual(value);
      }
    }
  });

  it('is a no-op on a store already at the current version', async () => {
    const area = new MemoryArea(fixture(SCHEMA_VERSION));
    const plan = await runMigrations(area);
    expect(plan.set).toEqual({});
    expect(plan.remove).toEqual([]);
    expect(area.writes).toBe(0);
  });

  it('stamps a fresh, empty store with the current version', async () => {
    const plan = await planMigration({});
    expect(plan.fromVersion).toBe(SCHEMA_VERSION);
    expect(plan.set).toEqual({ [META_KEY]: { schemaVersion: SCHEMA_VERSION } });
  });
});

describe('migration runner', () => {
  // A made-up history, to prove the runner applies steps in order and diffs correctly.
  const history: Migration[] = [
    {
      from: 1,
      describe: 'rename note → notes',
      migrate: (s) => {
        const out = { ...s };
        for (const [key, value] of Object.entries(s)) {
          if (key.startsWith('app:') && value && typeof value === 'object' && 'note' in value) {
            const { note, ...rest } = value as Record<string, unknown>;
            out[key] = { ...rest, notes: note };
          }
        }
        return out;
      },
    },
    {
      from: 2,
      describe: 'move legacy key',
      migrate: (s) => {
        const { legacy, ...rest } = s;
        return { ...rest, 'moved:legacy': legacy };
      },
    },
  ];

  it('runs every step from the stored version, then writes changes and removals', async () => {
    const plan = await planMigration(
      { meta: { schemaVersion: 1 }, 'app:x': { note: 'keep me' }, legacy: 42, other: 'same' },
      history,
      3,
    );
    expect(plan.fromVersion).toBe(1);
    expect(plan.set).toEqual({
      meta: { schemaVersion: 3 },
      'app:x': { notes: 'keep me' },
      'moved:legacy': 42,
    });
    expect(plan.remove).toEqual(['legacy']);
  });

  it('starts from the stored version, skipping steps already applied', async () => {
    const plan = await planMigration({ meta: { schemaVersion: 2 }, legacy: 1 }, history, 3);
    expect(plan.set).toEqual({ meta: { schemaVersion: 3 }, 'moved:legacy': 1 });
  });

  it('refuses to touch data written by a newer version of the extension', async () => {
    const area = new MemoryArea({ meta: { schemaVersion: SCHEMA_VERSION + 1 }, 'app:x': { anything: true } });
    const plan = await runMigrations(area);
    expect(plan.isFromFuture).toBe(true);
    expect(area.writes).toBe(0);
  });

  it('throws when a step of the history is missing (a bug, not user data)', async () => {
    await expect(planMigration({ meta: { schemaVersion: 1 } }, [], 2)).rejects.toThrow(
      /no migration from schema version 1/,
    );
  });
});

describe('invalid stored data', () => {
  it('is reported by key and left in place, never crashed on or deleted', async () => {
    const good = fixture(SCHEMA_VERSION);
    const area = new MemoryArea({
      ...good,
      'app:broken': { id: 'broken', title: 42 },
      'app:not-an-object': 'garbage',
      'cv:bad': { id: 'bad' },
      settings: { installationId: 'not-a-uuid' },
    });
    const plan = await runMigrations(area);
    expect(plan.problems.map((p) => p.key).sort()).toEqual([
      'app:broken',
      'app:not-an-object',
      'cv:bad',
      'settings',
    ]);
    for (const problem of plan.problems) expect(problem.reason).toMatch(/\S/);
    expect(area.snapshot()['app:broken']).toEqual({ id: 'broken', title: 42 });
    expect(area.snapshot()['app:not-an-object']).toBe('garbage');
  });
});
