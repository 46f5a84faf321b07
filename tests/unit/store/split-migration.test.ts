import { describe, expect, it } from 'vitest';
import { decodeWords, isCurrentFeatures, MATCH_FEATURES_VERSION } from '../../../extension/match/features';
import type { Application } from '../../../extension/model/application';
import { META_KEY } from '../../../extension/store/keys';
import { refreshFeatures, runMigrations, validateSnapshot } from '../../../extension/store/migrations';
import { unpackSummary } from '../../../extension/store/packed-summary';
import { readApplication, readApplications, readFeatures } from '../../../extension/store/reader';
import { SCHEMA_VERSION } from '../../../extension/store/schema';
import { MemoryArea } from '../../support/memory-area';
import { schema2Items } from '../../support/schema2-items';
import { realisticApplications } from '../../support/seed';

/**
 * The schema migrations on a heavy user's store: 5,000 realistic applications, generated
 * (seeded) rather than committed. 1 → 2 (one key per application → summary with match
 * features + detail), 2 → 3 (the features out of the summary into feat:<id>), 3 → 4 (each
 * description coded against its features' words); a v1 store goes through all three, a v2
 * store (descriptions deflated alone, as schemas 2 and 3 stored them) through the last two.
 * Every field of every record, and every features string, must come back.
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

/** A store as schema 2 wrote it: each summary with its features inside, and its detail. */
async function v2Store(apps: readonly Application[]): Promise<Record<string, unknown>> {
  const meta = { schemaVersion: 2, featuresVersion: MATCH_FEATURES_VERSION };
  return JSON.parse(JSON.stringify({ meta, settings: SETTINGS, ...(await schema2Items(apps)) }));
}

/** Migrates `initial`, then proves a second run writes nothing. */
async function expectIdempotent(initial: Record<string, unknown>): Promise<void> {
  const area = new MemoryArea(initial);
  await runMigrations(area);
  const fingerprint = area.fingerprint();
  const writes = area.writes;
  const plan = await runMigrations(area);
  expect(plan.set).toEqual({});
  expect(area.writes).toBe(writes);
  expect(area.fingerprint()).toBe(fingerprint);
}

/** Bytes of the summaries (app: keys): what a page reads before search is ready. */
const summaryBytes = (snapshot: Record<string, unknown>) =>
  bytes(Object.fromEntries(Object.entries(snapshot).filter(([k]) => k.startsWith('app:'))));

/** Keys under `prefix`, without it. */
const idsUnder = (snapshot: Record<string, unknown>, prefix: string) =>
  Object.keys(snapshot)
    .filter((key) => key.startsWith(prefix))
    .map((key) => key.slice(prefix.length))
    .sort();

describe('migration 1 → 4 on 5,000 applications', { timeout: 120_000 }, () => {
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

    // Summaries carry no description and no features; details and current features
    // exist for all.
    const { applications } = await readApplications(area);
    expect(applications).toHaveLength(COUNT);
    for (const summary of applications) {
      expect(summary).not.toHaveProperty('description');
      expect(summary).not.toHaveProperty('coverLetters');
      expect(typeof after[`app:${summary.id}`]).toBe('string');
      expect(unpackSummary(after[`app:${summary.id}`])).not.toHaveProperty('features');
    }
    expect(idsUnder(after, 'detail:')).toHaveLength(COUNT);
    expect(idsUnder(after, 'feat:')).toEqual(idsUnder(after, 'app:'));
    const features = await readFeatures(
      applications.map((app) => app.id),
      area,
    );
    for (const summary of applications) expect(isCurrentFeatures(features.get(summary.id))).toBe(true);

    const v1Bytes = bytes(initial);
    const v4Bytes = bytes(after);
    console.info(
      `5,000 applications: v1 ${(v1Bytes / COUNT).toFixed(0)} B each, v${SCHEMA_VERSION} ${(v4Bytes / COUNT).toFixed(0)} B each`,
    );
    // On these seeded ads (4 KB, a repeated filler paragraph) deflate saves more than the
    // features cost; on short, varied ads it does not (the storage bench shows both).
    expect(v4Bytes).toBeLessThanOrEqual(v1Bytes);
    // The summaries a page reads are a fraction of the store.
    expect(summaryBytes(after)).toBeLessThan(v1Bytes / 4);
  });

  it('is idempotent: a second run writes nothing', () => expectIdempotent(v1Store(apps.slice(0, 500))));

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
    const summaries = idsUnder(area.snapshot(), 'app:').map((id) => area.snapshot()[`app:${id}`]);
    // As if written by an older match version: the same words (each description is coded
    // against its features' words, packed-text.ts), another version and nothing else.
    const ids = idsUnder(area.snapshot(), 'feat:');
    const stale = (features: unknown) => `0|${String(features).split('|')[1]}||||||||||||`;
    await area.set(Object.fromEntries(ids.map((id) => [`feat:${id}`, stale(area.snapshot()[`feat:${id}`])])));
    // And one never written at all, from before features (its description stored as text).
    const first = ids[0] as string;
    const { description } = expected.find((app) => app.id === first) as { description?: string };
    const { descriptionW: _coded, ...detail } = area.snapshot()[`detail:${first}`] as Record<string, unknown>;
    await area.set({ [`detail:${first}`]: { ...detail, description } });
    await area.remove(`feat:${first}`);
    await area.set({ meta: { schemaVersion: SCHEMA_VERSION, featuresVersion: 0 } });
    const rewritten = await refreshFeatures(area);
    expect(rewritten).toBe(300);
    const features = await readFeatures(ids, area);
    for (const id of ids) expect(isCurrentFeatures(features.get(id)), id).toBe(true);
    // The summaries are as they were (each record is written whole, summary unchanged).
    expect(idsUnder(area.snapshot(), 'app:').map((id) => area.snapshot()[`app:${id}`])).toEqual(summaries);
    const whole = await area.whole();
    for (const app of expected.slice(0, 300)) expect(whole[`app:${app.id}`]).toEqual(app);
    // Recorded in meta: the next start does not read everything again.
    expect(await refreshFeatures(area)).toBe(0);
  });

  it('reads the plain word lists of features 3 and rewrites them with common words coded (4)', async () => {
    const area = new MemoryArea(v1Store(apps.slice(0, 300)));
    await runMigrations(area);
    const ids = idsUnder(area.snapshot(), 'feat:');
    const current = new Map(ids.map((id) => [id, area.snapshot()[`feat:${id}`] as string]));
    // As features version 3 stored them: the same fields, every word written out.
    const asVersion3 = (features: string) => {
      const fields = features.split('|');
      return ['3', decodeWords(fields[1]).join(' '), ...fields.slice(2)].join('|');
    };
    const old = new Map(ids.map((id) => [id, asVersion3(current.get(id) as string)]));
    await area.set(Object.fromEntries(ids.map((id) => [`feat:${id}`, old.get(id)])));
    await area.set({ meta: { schemaVersion: SCHEMA_VERSION, featuresVersion: 3 } });
    const featBytes = () =>
      ids.reduce((sum, id) => sum + JSON.stringify(area.snapshot()[`feat:${id}`]).length, 0);
    const before = featBytes();
    // Each description was coded against the words, not their spelling: it reads as it is.
    let whole = await area.whole();
    for (const app of expected.slice(0, 300)) expect(whole[`app:${app.id}`], app.id).toEqual(app);
    expect(await refreshFeatures(area)).toBe(300);
    for (const id of ids) expect(area.snapshot()[`feat:${id}`], id).toBe(current.get(id));
    whole = await area.whole();
    for (const app of expected.slice(0, 300)) expect(whole[`app:${app.id}`], app.id).toEqual(app);
    console.info(
      `features of 300 seeded applications: version 3 ${(before / 300).toFixed(0)} B each, 4 ${(featBytes() / 300).toFixed(0)} B`,
    );
    expect(featBytes()).toBeLessThan(before);
  });
});

describe('migration 2 → 4 on 5,000 applications', { timeout: 120_000 }, () => {
  const apps = v1Apps();
  const expected = JSON.parse(JSON.stringify(apps)) as Application[];
  let v2: Record<string, unknown>;
  const v2Features = (id: string) => (v2[`app:${id}`] as { features?: unknown }).features;

  it('moves every features string to its own key and keeps every field of every record', async () => {
    v2 = await v2Store(apps);
    const area = new MemoryArea(v2);
    const plan = await runMigrations(area);
    expect(plan.fromVersion).toBe(2);
    expect(plan.problems).toEqual([]);
    expect(plan.remove).toEqual([]);
    const after = area.snapshot();
    expect(after[META_KEY]).toEqual({
      schemaVersion: SCHEMA_VERSION,
      featuresVersion: MATCH_FEATURES_VERSION,
    });
    expect(validateSnapshot(after)).toEqual([]);
    const whole = await area.whole();
    for (const app of expected) {
      expect(whole[`app:${app.id}`], app.id).toEqual(app);
      // The same string, moved: not read again from the record.
      expect(after[`feat:${app.id}`], app.id).toBe(v2Features(app.id));
      const { features: _moved, ...summary } = v2[`app:${app.id}`] as Record<string, unknown>;
      // Packed (one JSON string: store/packed-summary.ts), every other field as it was.
      expect(typeof after[`app:${app.id}`], app.id).toBe('string');
      expect(unpackSummary(after[`app:${app.id}`]), app.id).toEqual(summary);
      // The description coded against the features' words (3 → 4, packed-text.ts).
      expect(after[`detail:${app.id}`], app.id).not.toHaveProperty('descriptionZ');
    }
    // The summaries a page reads lose what only scoring needs.
    console.info(
      `5,000 applications: summaries v2 ${(summaryBytes(v2) / COUNT).toFixed(0)} B each, v${SCHEMA_VERSION} ${(summaryBytes(after) / COUNT).toFixed(0)} B each`,
    );
    expect(summaryBytes(after)).toBeLessThan(summaryBytes(v2) / 2);
    // The store as a whole is smaller, the new keys' names included: each description is
    // coded against its features' words rather than deflated alone.
    console.info(
      `5,000 applications: v${SCHEMA_VERSION} ${(bytes(after) / COUNT).toFixed(0)} B each, v2 ${(bytes(v2) / COUNT).toFixed(0)} B`,
    );
    expect(bytes(after)).toBeLessThan(bytes(v2));
  });

  it('is idempotent: a second run writes nothing', async () =>
    expectIdempotent(await v2Store(apps.slice(0, 500))));

  it('writes in batches of whole records', async () => {
    const area = new MemoryArea(await v2Store(apps.slice(0, 1_000)));
    const sets: Record<string, unknown>[] = [];
    const set = area.set.bind(area);
    area.set = async (items) => {
      sets.push(items);
      await set(items);
    };
    await runMigrations(area);
    // 1,000 records in a few calls, the version last; each call holds both keys of a record.
    expect(sets.length).toBeGreaterThan(1);
    expect(sets.length).toBeLessThan(10);
    expect(Object.keys(sets.at(-1) ?? {})).toEqual([META_KEY]);
    for (const items of sets.slice(0, -1)) {
      expect(idsUnder(items, 'feat:')).toEqual(idsUnder(items, 'app:'));
    }
  });

  // 2,000 records (8 writes of 250): 3 → 4 codes every description, twice per case.
  const crashApps = apps.slice(0, 2_000);
  it.each([0, 3, 7])(
    'interrupted after %i writes, loses nothing and finishes on the next start',
    async (okWrites) => {
      const initial = await v2Store(crashApps);
      const area = new InterruptedArea(initial, okWrites);
      await expect(runMigrations(area)).rejects.toThrow(/stopped/);
      // Mid-way: every record still reads whole, every summary lists, every job keeps
      // its features (moved or not yet).
      const half = area.snapshot();
      expect(half[META_KEY]).toMatchObject({ schemaVersion: 2 });
      const wholeHalf = await area.whole();
      for (const app of expected.slice(0, 50)) expect(wholeHalf[`app:${app.id}`]).toEqual(app);
      expect((await readApplications(area)).applications).toHaveLength(crashApps.length);
      for (const app of expected.slice(0, crashApps.length)) {
        const moved = half[`feat:${app.id}`];
        const inside = (half[`app:${app.id}`] as { features?: unknown }).features;
        expect(moved ?? inside, app.id).toBe(v2Features(app.id));
      }

      // The next start: a working store from what was left.
      const resumed = new MemoryArea(area.snapshot());
      await runMigrations(resumed);
      const after = resumed.snapshot();
      expect(after[META_KEY]).toMatchObject({ schemaVersion: SCHEMA_VERSION });
      expect(validateSnapshot(after)).toEqual([]);
      const whole = await resumed.whole();
      for (const app of expected.slice(0, crashApps.length)) {
        expect(whole[`app:${app.id}`], app.id).toEqual(app);
        expect(after[`feat:${app.id}`], app.id).toBe(v2Features(app.id));
        expect(unpackSummary(after[`app:${app.id}`]), app.id).not.toHaveProperty('features');
      }
    },
  );
});
