import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Application } from '../../../extension/model/application';
import { appKey, FIRST_SCREEN_KEY } from '../../../extension/store/keys';
import { startPrefetch } from '../../../extension/store/prefetch';
import { openPageData, type PageData } from '../../../extension/store/reader';
import { applicationItems } from '../../../extension/store/records';
import { realisticApplications } from '../../support/seed';

/**
 * A page's load order (store/reader.ts): the first-screen snapshot's rows are shown before
 * the read of every summary is even started, and that read then completes the list; the
 * match features (feat:<id>) are never part of it: the shown rows' features are read
 * beside it, everyone else's after it, newest first, in batches.
 */
afterEach(() => vi.unstubAllGlobals());

const newestFirst = (apps: readonly Application[]) =>
  [...apps].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

/** A chrome.storage double over `items` that records every get() and can hold them. */
function stubChrome(items: Record<string, unknown>, firstScreen: Record<string, unknown> | undefined) {
  const reads: string[][] = [];
  let release: () => void = () => undefined;
  const held = new Promise<void>((done) => {
    release = done;
  });
  const frames: (() => void)[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
  vi.stubGlobal('chrome', {
    storage: {
      local: {
        getKeys: async () => Object.keys(items),
        get: async (keys: string[]) => {
          reads.push(keys);
          await held;
          return Object.fromEntries(keys.filter((key) => key in items).map((key) => [key, items[key]]));
        },
      },
      session: { get: async () => (firstScreen ? { [FIRST_SCREEN_KEY]: firstScreen } : {}) },
      onChanged: { addListener: () => undefined, removeListener: () => undefined },
    },
  });
  return { reads, release, frames };
}

const featIds = (keys: readonly string[] | undefined) =>
  (keys ?? []).map((key) => {
    expect(key).toMatch(/^feat:/);
    return key.slice('feat:'.length);
  });

describe('openPageData', () => {
  it('shows the snapshot rows first and reads every summary only after they are painted', async () => {
    const apps = realisticApplications(60, 3);
    const items = await applicationItems(apps);
    const newest = newestFirst(apps).slice(0, 5);
    const snapshot = Object.fromEntries(newest.map((app) => [appKey(app.id), items[appKey(app.id)]]));
    const { reads, release, frames } = stubChrome(items, snapshot);
    startPrefetch();
    const states: PageData[] = [];
    const stop = openPageData((data) => states.push(data));
    await vi.waitFor(() => expect(states.some((s) => s.apps?.length)).toBe(true), { interval: 1 });
    const first = states.find((s) => s.apps?.length);
    expect(first?.apps?.map((app) => app.id)).toEqual(newest.map((app) => app.id));
    expect(first?.complete).toBe(false);
    // Nothing read from local storage but the key list until a frame has passed.
    expect(reads).toEqual([]);
    for (const frame of frames.splice(0)) frame();
    await vi.waitFor(() => expect(reads).toHaveLength(2));
    // The shown rows' features, then every summary: no detail, no features among them.
    expect(featIds(reads[0])).toEqual(newest.map((app) => app.id));
    expect(reads[1]?.filter((key) => key.startsWith('app:'))).toHaveLength(60);
    expect(reads[1]?.every((key) => !/^(detail|feat):/.test(key))).toBe(true);
    release();
    await vi.waitFor(() => expect(states.at(-1)?.featuresComplete).toBe(true));
    const complete = states.find((s) => s.complete);
    expect(complete?.apps).toHaveLength(60);
    // Every job's features, as stored under its feat: key.
    const last = states.at(-1);
    expect(last?.features.size).toBe(60);
    for (const app of apps) expect(last?.features.get(app.id), app.id).toBe(items[`feat:${app.id}`]);
    // The rest were read after the summaries, once each.
    const later = reads.slice(2).flatMap(featIds);
    expect(new Set(later).size).toBe(later.length);
    expect(later.sort()).toEqual(
      apps
        .map((app) => app.id)
        .filter((id) => !newest.some((app) => app.id === id))
        .sort(),
    );
    stop();
  });

  it('has search ready before any feature is read, then reads them newest first in batches', async () => {
    const apps = realisticApplications(1_000, 5);
    const items = await applicationItems(apps);
    const { reads, release } = stubChrome(items, undefined);
    release();
    const states: PageData[] = [];
    const stop = openPageData((data) => states.push(data));
    await vi.waitFor(() => expect(states.at(-1)?.featuresComplete).toBe(true));
    // One summary read, then the features: the newest 200 (the scoring corpus, the rows a
    // page opens on), then the rest in batches.
    expect(reads[0]?.every((key) => !/^(detail|feat):/.test(key))).toBe(true);
    const batches = reads.slice(1).map(featIds);
    expect(batches.map((batch) => batch.length)).toEqual([200, 500, 300]);
    expect(batches.flat()).toEqual(newestFirst(apps).map((app) => app.id));
    // The list was complete (search, filters, counts) before the first features arrived,
    // and the features filled in batch by batch.
    const firstWithFeatures = states.findIndex((s) => s.features.size > 0);
    expect(states.findIndex((s) => s.complete)).toBeLessThan(firstWithFeatures);
    expect(states.map((s) => s.features.size).filter((n, i, all) => n !== all[i - 1])).toEqual([
      0, 200, 700, 1_000,
    ]);
    stop();
  });
});
