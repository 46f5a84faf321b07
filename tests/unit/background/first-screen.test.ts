import { describe, expect, it } from 'vitest';
import { createFirstScreen, FIRST_SCREEN_ROWS } from '../../../extension/background/first-screen';
import type { Application } from '../../../extension/model/application';
import { FIRST_SCREEN_KEY } from '../../../extension/store/keys';
import { packSummary, unpackSummary } from '../../../extension/store/packed-summary';
import { makeApp } from '../../support/make-app';
import { MemoryArea } from '../../support/memory-area';

/** App n was created n hours after the first: higher n is newer. */
const at = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 3_600_000).toISOString();
const app = (n: number, extra: Partial<Application> = {}) =>
  makeApp(`linkedin-${n}`, { createdAt: at(n), updatedAt: at(n), ...extra });
/** Stored as the store stores summaries: packed, one JSON string each (store/packed-summary.ts). */
const items = (apps: Application[]) => Object.fromEntries(apps.map((a) => [`app:${a.id}`, packSummary(a)]));
const settings = { schemaVersion: 1, preferences: { language: 'es' } };
const cv = { id: 'cv-1', fileName: 'cv.pdf', addedAt: at(0), text: 'Go, SQL', isDefault: true };

function shownIds(session: MemoryArea): string[] {
  const snapshot = session.snapshot()[FIRST_SCREEN_KEY] as Record<string, unknown>;
  return Object.entries(snapshot)
    .filter(([key]) => key.startsWith('app:'))
    .map(([, value]) => unpackSummary(value) as { id: string; createdAt: string })
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
    .map((value) => value.id);
}
const newest = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => `linkedin-${from - i}`);

/** A local area that reports its changes to the snapshot, as chrome.storage.onChanged does. */
function wired(local: MemoryArea, apply: (changes: Record<string, { newValue?: unknown }>) => Promise<void>) {
  return {
    async set(values: Record<string, unknown>) {
      await local.set(values);
      await apply(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { newValue: v }])));
    },
    async remove(keys: string[]) {
      await local.remove(keys);
      await apply(Object.fromEntries(keys.map((k) => [k, {}])));
    },
  };
}

describe('first-screen snapshot in session storage', () => {
  it('is built from what is stored: settings, CVs and the newest applications only', async () => {
    const apps = Array.from({ length: 100 }, (_, i) => app(i));
    const local = new MemoryArea({ ...items(apps), settings, 'cv:cv-1': cv, meta: { installationId: 'x' } });
    const session = new MemoryArea();
    await createFirstScreen(local, session, Promise.resolve()).idle;
    const snapshot = session.snapshot()[FIRST_SCREEN_KEY] as Record<string, unknown>;
    expect(snapshot.settings).toEqual(settings);
    expect(snapshot['cv:cv-1']).toEqual(cv);
    expect(snapshot.meta).toBeUndefined();
    expect(shownIds(session)).toEqual(newest(99, FIRST_SCREEN_ROWS));
    expect(snapshot['app:linkedin-99']).toBe(packSummary(apps[99] as Application));
  });

  it('follows captures, edits and deletions in the order they happen', async () => {
    const local = new MemoryArea(items(Array.from({ length: 60 }, (_, i) => app(i))));
    const session = new MemoryArea();
    const screen = createFirstScreen(local, session, Promise.resolve());
    const store = wired(local, screen.apply);

    // A new capture goes to the top; the oldest shown one drops out.
    await store.set(items([app(500)]));
    expect(shownIds(session)).toEqual(['linkedin-500', ...newest(59, FIRST_SCREEN_ROWS - 1)]);

    // An edit of a shown application is shown as edited.
    await store.set(items([app(59, { status: 'offer' })]));
    const snapshot = () => session.snapshot()[FIRST_SCREEN_KEY] as Record<string, unknown>;
    expect((unpackSummary(snapshot()['app:linkedin-59']) as Application).status).toBe('offer');

    // Deleting shown ones shortens the list: still the newest, in order, with no read.
    await store.remove(['app:linkedin-500', 'app:linkedin-59']);
    expect(shownIds(session)).toEqual(newest(58, FIRST_SCREEN_ROWS - 2));

    // An edit far down the list changes nothing shown; a newer capture still goes on top.
    await store.set(items([app(1, { notes: 'old one' })]));
    expect(shownIds(session)).toEqual(newest(58, FIRST_SCREEN_ROWS - 2));
    await store.set(items([app(501)]));
    expect(shownIds(session)).toEqual(['linkedin-501', ...newest(58, FIRST_SCREEN_ROWS - 2)]);

    // Settings and CVs follow too; "delete everything" empties it.
    await store.set({ settings, 'cv:cv-1': cv });
    expect(snapshot().settings).toEqual(settings);
    await store.remove(Object.keys(local.snapshot()));
    expect(session.snapshot()[FIRST_SCREEN_KEY]).toEqual({});
  });

  it('refills from storage once deletions leave it short, and keeps no index of the rest', async () => {
    const local = new MemoryArea(items(Array.from({ length: 100 }, (_, i) => app(i))));
    const session = new MemoryArea();
    const screen = createFirstScreen(local, session, Promise.resolve());
    const store = wired(local, screen.apply);
    await screen.idle;
    await store.remove(newest(99, FIRST_SCREEN_ROWS - 5).map((id) => `app:${id}`));
    // Down to 5 rows: one full read brings back the newest that are left.
    expect(shownIds(session)).toEqual(newest(99 - (FIRST_SCREEN_ROWS - 5), FIRST_SCREEN_ROWS));
    // Session storage holds the snapshot and a flag, nothing per stored application.
    expect(Object.keys(session.snapshot()).sort()).toEqual([FIRST_SCREEN_KEY, 'first-screen:complete']);
  });

  it('takes in any application while it holds all of them (a small store)', async () => {
    const local = new MemoryArea(items([app(5), app(6)]));
    const session = new MemoryArea();
    const screen = createFirstScreen(local, session, Promise.resolve());
    const store = wired(local, screen.apply);
    // An import of an older application still belongs on the first screen.
    await store.set(items([app(1)]));
    expect(shownIds(session)).toEqual(['linkedin-6', 'linkedin-5', 'linkedin-1']);
  });

  it('applies changes that arrive while it is being built, after the build', async () => {
    const local = new MemoryArea(items([app(1), app(2)]), 5);
    const session = new MemoryArea();
    let start = () => {};
    const started = new Promise<void>((done) => (start = done));
    const screen = createFirstScreen(local, session, started);
    // The background's start-up has not finished: these wait for the build.
    await local.set({ 'app:linkedin-3': app(3) });
    const applied = screen.apply({ 'app:linkedin-3': { newValue: app(3) }, 'app:linkedin-1': {} });
    await local.remove('app:linkedin-1');
    start();
    await applied;
    expect(shownIds(session)).toEqual(['linkedin-3', 'linkedin-2']);
  });

  it('reuses the snapshot of this browser session after a service-worker restart', async () => {
    const local = new MemoryArea(items(Array.from({ length: 50 }, (_, i) => app(i))));
    const session = new MemoryArea();
    await createFirstScreen(local, session, Promise.resolve()).idle;
    let reads = 0;
    const counting = {
      get: (keys?: string | string[] | null) => {
        reads++;
        return local.get(keys);
      },
      set: local.set.bind(local),
      remove: local.remove.bind(local),
    };
    const restarted = createFirstScreen(counting, session, Promise.resolve());
    await restarted.idle;
    expect(reads).toBe(0);
    await restarted.apply({ 'app:linkedin-900': { newValue: app(900) } });
    expect(shownIds(session)[0]).toBe('linkedin-900');
    expect(shownIds(session)).toHaveLength(FIRST_SCREEN_ROWS);
  });
});
