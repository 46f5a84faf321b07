import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorText } from '../../../extension/i18n/errors';
import { makeBackup } from '../../../extension/store/backup';
import { planMigration, runMigrations, validateSnapshot } from '../../../extension/store/migrations';
import { readApplications, readCvs } from '../../../extension/store/reader';
import { applicationsOf, cvsOf, joinSnapshot } from '../../../extension/store/records';
import { CvRecord, defaultPreferences, Settings, StoredSummary } from '../../../extension/store/schema';
import { ensureSettings } from '../../../extension/store/settings';
import { counter, FUZZ_RUNS, fastArea, fuzzOptions, mutated } from '../../support/fuzz';
import { makeApp } from '../../support/make-app';
import type { MemoryArea } from '../../support/memory-area';
import { testRouter, uiSender } from '../../support/test-router';

/**
 * Two ways bad data reaches the store: an import file (validated in full by the
 * background, then written in one set() or not at all) and records already stored that
 * fail validation (written by a bug, an older build, or edited by hand). Neither may crash
 * a reader, and neither may make the extension change or lose what is stored.
 */

const INSTALLATION = '3f2b8c1e-5d4a-4b7e-9c2d-1a2b3c4d5e6f';
const SETTINGS = {
  installationId: INSTALLATION,
  installedAt: '2026-11-01T10:00:00.000Z',
  preferences: defaultPreferences(),
};
const CV = {
  id: 'c1',
  fileName: 'cv.pdf',
  addedAt: '2026-11-01T10:00:00.000Z',
  text: 'Nurse',
  isDefault: true,
};
const SEED = {
  meta: { schemaVersion: 1 },
  settings: SETTINGS,
  'app:a': makeApp('a', { notes: 'kept' }),
  'app:b': makeApp('b', { status: 'interviewing' }),
  'cv:c1': CV,
};
const BACKUP = await makeBackup(
  {
    ...SEED,
    'app:b': makeApp('b', { status: 'offer', updatedAt: '2026-11-05T10:00:00.000Z' }),
    'app:n': makeApp('n', { url: 'https://jobs.example/1', board: 'other' }),
    'cv:c2': { ...CV, id: 'c2', isDefault: false },
  },
  new Date('2026-11-20T09:00:00Z'),
);

/** Every record of a kind the store knows, checked against its schema. */
function storedProblems(area: MemoryArea) {
  const snapshot = Object.fromEntries([...area.data].map(([k, v]) => [k, JSON.parse(v)]));
  return validateSnapshot(snapshot);
}

describe('fuzz: import files', { timeout: 120_000 }, () => {
  it(`an import lands whole and valid, or names a problem and changes nothing (${FUZZ_RUNS} cases)`, async () => {
    const { state, count } = counter();
    let imported = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          { weight: 6, arbitrary: mutated(BACKUP) },
          { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
          // What JSON.parse gives for a file of random text, when it parses.
          {
            weight: 1,
            arbitrary: fc.json({ maxDepth: 3 }).map((text) => JSON.parse(text) as unknown),
          },
        ),
        async (backup) => {
          count(backup);
          const area = fastArea(SEED);
          const before = area.fingerprint();
          const result = await testRouter(area)({ type: 'import-backup', backup, dryRun: false }, uiSender);
          if (!result.ok) {
            // The backup's own codes (store/backup.ts), worded for the page.
            expect(result.error.code).toMatch(/^(backup-|too-many-)/);
            expect(errorText('en', result.error).length).toBeGreaterThan(5);
            expect(area.fingerprint()).toBe(before);
            expect(area.writes).toBe(0);
            return;
          }
          imported++;
          expect(area.writes).toBeLessThanOrEqual(1); // one set(), or nothing to do
          expect(storedProblems(area)).toEqual([]);
          // An import adds and merges; it never removes what was there.
          for (const key of Object.keys(SEED)) expect(area.data.has(key)).toBe(true);
          expect(
            (JSON.parse(area.data.get('settings') ?? '{}') as { installationId: string }).installationId,
          ).toBe(INSTALLATION);
        },
      ),
      fuzzOptions(),
    );
    expect(state.cases).toBeGreaterThanOrEqual(FUZZ_RUNS);
    // The generator reaches both outcomes, not only refusals.
    expect(imported).toBeGreaterThan(100);
  });
});

const garbage = fc.oneof(
  { weight: 3, arbitrary: mutated(makeApp('g')) },
  { weight: 1, arbitrary: mutated(CV) },
  { weight: 1, arbitrary: mutated(SETTINGS) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
);
const garbageKey = fc.oneof(
  fc.constantFrom('app:a', 'app:x', 'cv:c1', 'cv:y', 'settings', 'meta', 'app:', 'cv:'),
  fc.string({ maxLength: 6 }).map((s) => `app:${s}`),
);

describe('fuzz: stored records that fail validation', { timeout: 120_000 }, () => {
  it(`readers skip and report them, migrations and writes leave them as they are (${FUZZ_RUNS} cases)`, async () => {
    const { state, count } = counter();
    await fc.assert(
      fc.asyncProperty(fc.dictionary(garbageKey, garbage, { minKeys: 1, maxKeys: 4 }), async (bad) => {
        count(bad);
        // As storage holds it: JSON (no undefined, no prototypes).
        const initial = JSON.parse(JSON.stringify({ ...SEED, ...bad })) as Record<string, unknown>;
        const area = fastArea(initial);
        const snapshot = await area.get(null);

        // Readers: never throw, answer only valid records.
        const { applications, invalid } = await readApplications(area);
        for (const app of applications) expect(StoredSummary.safeParse(app).success).toBe(true);
        const appKeys = Object.keys(initial).filter((k) => k.startsWith('app:'));
        expect(applications.length + invalid.length).toBe(appKeys.length);
        expect(applicationsOf(snapshot).applications).toHaveLength(applications.length);
        const cvs = await readCvs(area);
        for (const cv of cvs) expect(CvRecord.safeParse(cv).success).toBe(true);
        expect(cvsOf(snapshot)).toEqual(cvs);
        const backup = await makeBackup(snapshot, new Date());
        for (const cv of backup.cvs) expect(CvRecord.safeParse(cv).success).toBe(true);
        await planMigration(snapshot);

        // Start-up: migrations and settings repair lose nothing of an application or CV
        // record (the schema-1 → 2 step splits each valid application in two keys; joined
        // again, each is what it was) and leave damaged ones as they are.
        const records = async () =>
          Object.entries(await joinSnapshot(await area.get(null)))
            .filter(([k]) => k.startsWith('app:') || k.startsWith('cv:'))
            .sort(([a], [b]) => (a < b ? -1 : 1));
        const recordsBefore = await records();
        await runMigrations(area);
        const settings = await ensureSettings(area, {
          newUuid: () => '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
          now: () => new Date('2026-11-20T09:00:00Z'),
        });
        expect(Settings.safeParse(settings).success).toBe(true);
        const storedId = Settings.shape.installationId.safeParse(
          (initial.settings as { installationId?: unknown } | undefined)?.installationId,
        );
        // A still-valid installation id survives any repair.
        if (storedId.success) expect(settings.installationId).toBe(storedId.data);
        expect(await records()).toEqual(recordsBefore);

        // A write to a valid record leaves every damaged one exactly as it was (an import
        // may replace a damaged record with the file's valid copy of it: that is a restore).
        const restored = new Set(BACKUP.applications.map((app) => `app:${app.id}`));
        const damaged = () =>
          [...area.data]
            .filter(([k]) => invalid.some((problem) => problem.key === k) && !restored.has(k))
            .sort();
        const damagedBefore = damaged();
        const valid = applications[0];
        if (valid) {
          const route = testRouter(area);
          const result = await route({ type: 'set-status', ids: [valid.id], status: 'offer' }, uiSender);
          expect(typeof result.ok).toBe('boolean');
          await route({ type: 'import-backup', backup: BACKUP, dryRun: false }, uiSender);
        }
        expect(damaged()).toEqual(damagedBefore);
      }),
      fuzzOptions(),
    );
    expect(state.cases).toBeGreaterThanOrEqual(FUZZ_RUNS);
  });
});
