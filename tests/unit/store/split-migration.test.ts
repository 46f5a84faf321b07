import { describe, expect, it } from 'vitest';
import { isCurrentFeatures } from '../../../extension/match/features';
import type { Application } from '../../../extension/model/application';
import { META_KEY } from '../../../extension/store/keys';
import { refreshFeatures, runMigrations, validateSnapshot } from '../../../extension/store/migrations';
import { readApplication, readApplications } from '../../../extension/store/reader';
import { SCHEMA_VERSION } from '../../../extension/store/schema';
import { MemoryArea } from '../../support/memory-area';
import { realisticApplications } from '../../support/seed';

/**
 * The schema 1 → 2 migration (one key per application → summary with match features +
 * detail) on a heavy user's store: 5,000 realistic applications, generated (seeded) rather
 * than committed. Every field of every record must come back.
 */
const COUNT = 5_000;
const SETTINGS = {
  installationId: '6f1c2a4e-8b3d-4c5e-9f7a-1b2c3d4e5f60',
  installedAt: '2025-01-01T08:00:00.000Z',
  preferences: {
    language: 'auto',
    theme: 'system',
    stages: ['saved', 'applied', 'interviewing', 'offer', 'rejected', 'withdrawn'].map((id) => ({
      id,
      label: id,
    })),
  },
};

/** Records with every optional field somewhere: Pro texts, capture details, partial descriptions. */
function v1Apps(): Application[] {
  return realisticApplications(COUNT, 7).map((app, i) => {
    if (i % 10 === 1)
      return { ...app, descriptionPartial: true, fieldSources: { title: 'board', company: 'meta' } };
    if (i % 10 === 2) return { ...app, incomplete: ['company'], company: undefined } as Application;
    if (i % 10 === 3) {
      return {
        ...app,
        coverLetters: [
          {
            id: `l${i}`,
            createdAt: app.createdAt,
            language: 'en',
            tone: 'warm',
            length: 'short',
            text: 'Dear team, …',
          },
        ],
        prepNotes: { 'Why us?': 'Their open data work.' },
      };
    }
    if (i % 10 === 4) {
      const { description: _gone, ...rest } = app;
      return rest;
    }
    return app;
  });
}

function v1Store(apps: readonly Application[]): Record<string, unknown> {
  return {
    meta: { schemaVersion: 1 },
    settings: SETTINGS,
    ...Object.fromEntries(apps.map((app) => [`app:${app.id}`, JSON.parse(JSON.stringify(app))])),
  };
}

/** Bytes as chrome.storage counts them: each key plus its value's JSON. */
function bytes(snapshot: Record<string, unknown>): number {
  let total = 0;
  for (const [key, value] of Object.entries(snapshot))
    total += key.length + Buffer.byteLength(JSON.stringify(value));
  return total;
}

/** A store whose set() fails after `okWrites` calls: the service worker stopped mid-way. */
class InterruptedArea extends MemoryArea {
  constructor(
    initial: Record<string, unknown>,
    private okWrites: number,
  ) {
    super(initial);
  }
  override async set(items: Record<string, unknown>): Promise<void> {
    if (this.okWrites-- <= 0) throw new Error('the service worker stopped');
    await super.set(items);
  }
}

describe('migration 1 → 2 on 5,000 applications', { timeout: 120_000 }, () => {
  const apps = v1Apps();
  const expected = JSON.parse(JSON.stringify(apps)) as Application[];

  it('keeps every field of every record, lists without descriptions, and takes no more room', async () => {
    const initial = v1Store(apps);
    const area = new MemoryArea(initial);
    const plan = await runMigrations(area);
    expect(plan.fromVersion).toBe(1);
    expect(plan.problems).toEqual([]);
    const after = area.snapshot();
    expect(after[META_KEY]).toEqual({ schemaVersion: SCHEMA_VERSION });
    expect(validateSnapshot(after)).toEqual([]);

    // Round trip: each stored record read whole equals the v1 record, field for field.
    const whole = await area.whole();
    for (const app of expected) expect(whole[`app:${app.id}`], app.id).toEqual(app);
    const sample = expected[3] as Application;
    expect(await readApplication(sample.id, area)).toEqual(sample);

    // Summaries carry no description and current features; details exist for all.
    const { applications } = await readApplications(area);
    expect(applications).toHaveLength(COUNT);
    for (const summary of applications) {
      expect(summary).not.toHaveProperty('description');
      expect(summary).not.toHaveProperty('coverLetters');
      expect(isCurrentFeatures(summary.features)).toBe(true);
    }
    expect(Object.keys(after).filter((k) => k.startsWith('detail:'))).toHaveLength(COUNT);

    const v1Bytes = bytes(initial);
    const v2Bytes = bytes(after);
    console.info(
      `5,000 applications: v1 ${(v1Bytes / COUNT).toFixed(0)} B each, v2 ${(v2Bytes / COUNT).toFixed(0)} B each`,
    );
    // On these seeded ads (4 KB, a repeated filler paragraph) deflate saves more than the
    // features cost; on short, varied ads it does not (the storage bench shows both).
    expect(v2Bytes).toBeLessThanOrEqual(v1Bytes);
    // The summaries a page reads are a fraction of the store.
    const summaryBytes = bytes(
      Object.fromEntries(Object.entries(after).filter(([k]) => !k.startsWith('detail:'))),
    );
    expect(summaryBytes).toBeLessThan(v1Bytes / 2);
  });

  it('is idempotent: a second run writes nothing', async () => {
    const area = new MemoryArea(v1Store(apps.slice(0, 500)));
    await runMigrations(area);
    const fingerprint = area.fingerprint();
    const writes = area.writes;
    const plan = await runMigrations(area);
    expect(plan.set).toEqual({});
    expect(area.writes).toBe(writes);
    expect(area.fingerprint()).toBe(fingerprint);
  });

  it.each([0, 7, 20])(
    'interrupted after %i writes, loses nothing and finishes on the next start',
    async (okWrites) => {
      const initial = v1Store(apps);
      const area = new InterruptedArea(initial, okWrites);
      await expect(runMigrations(area)).rejects.toThrow(/stopped/);
      // Mid-way: every record still reads whole (some split, some not yet).
      const half = await area.whole();
      for (const app of expected.slice(0, 50)) expect(half[`app:${app.id}`]).toEqual(app);
      expect(area.snapshot()[META_KEY]).toEqual({ schemaVersion: 1 });
      expect((await readApplications(area)).applications).toHaveLength(COUNT);

      // The next start: a working store from what was left.
      const resumed = new MemoryArea(area.snapshot());
      await runMigrations(resumed);
      const whole = await resumed.whole();
      for (const app of expected) expect(whole[`app:${app.id}`], app.id).toEqual(app);
      expect(resumed.snapshot()[META_KEY]).toEqual({ schemaVersion: SCHEMA_VERSION });
    },
  );

  it('brings stale match features up to date in the background, never losing the detail', async () => {
    const area = new MemoryArea(v1Store(apps.slice(0, 300)));
    await runMigrations(area);
    // As if written by an older match version.
    const stale = Object.fromEntries(
      Object.entries(area.snapshot())
        .filter(([k]) => k.startsWith('app:'))
        .map(([k, v]) => [k, { ...(v as object), features: '0|||||||||||||' }]),
    );
    await area.set(stale);
    const rewritten = await refreshFeatures(area);
    expect(rewritten).toBe(300);
    const { applications } = await readApplications(area);
    for (const summary of applications) expect(isCurrentFeatures(summary.features)).toBe(true);
    const whole = await area.whole();
    for (const app of expected.slice(0, 300)) expect(whole[`app:${app.id}`]).toEqual(app);
    // Recorded in meta: the next start does not read everything again.
    expect(await refreshFeatures(area)).toBe(0);
  });
});
