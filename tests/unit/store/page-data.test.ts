import { afterEach, describe, expect, it, vi } from 'vitest';
import { appKey, FIRST_SCREEN_KEY } from '../../../extension/store/keys';
import { startPrefetch } from '../../../extension/store/prefetch';
import { openPageData, type PageData } from '../../../extension/store/reader';
import { applicationItems } from '../../../extension/store/records';
import { realisticApplications } from '../../support/seed';

/**
 * A page's load order (store/reader.ts): the first-screen snapshot's rows are shown before
 * the read of every summary is even started, and that read then completes the list.
 */
afterEach(() => vi.unstubAllGlobals());

describe('openPageData', () => {
  it('shows the snapshot rows first and reads every summary only after they are painted', async () => {
    const apps = realisticApplications(60, 3);
    const items = await applicationItems(apps);
    const newest = [...apps].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, 5);
    const snapshot = Object.fromEntries(newest.map((app) => [appKey(app.id), items[appKey(app.id)]]));
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
            return Object.fromEntries(keys.map((key) => [key, items[key]]));
          },
        },
        session: { get: async () => ({ [FIRST_SCREEN_KEY]: snapshot }) },
        onChanged: { addListener: () => undefined, removeListener: () => undefined },
      },
    });
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
    await vi.waitFor(() => expect(reads).toHaveLength(1));
    expect(reads[0]?.every((key) => !key.startsWith('detail:'))).toBe(true);
    release();
    await vi.waitFor(() => expect(states.at(-1)?.complete).toBe(true));
    expect(states.at(-1)?.apps).toHaveLength(60);
    stop();
  });
});
