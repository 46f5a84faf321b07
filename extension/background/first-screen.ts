import { isAppKey, isCvKey, SETTINGS_KEY } from '../store/schema';
import type { StorageArea } from '../store/storage-area';

/**
 * The popup's and tracker's first screenful, kept ready in chrome.storage.session so a page
 * paints its newest rows before its one full read of chrome.storage.local returns. At 5,000
 * applications with full descriptions that read is over 20 MB and takes most of a second
 * (see the popup benchmark); the first screenful is 40 records.
 *
 * Derived data only, never the source of truth: the settings, the CVs and the newest
 * applications exactly as stored, under one session key, rewritten by the background (the
 * only writer) from chrome.storage.onChanged. A new browser session rebuilds it from
 * chrome.storage.local. Pages validate it like any storage read, and replace it with the
 * full read as soon as that arrives.
 */
export const FIRST_SCREEN_KEY = 'first-screen';
/** As many rows as the pages parse before their first paint (ui/tracker-data.ts). */
export const FIRST_SCREEN_ROWS = 40;
/** The dates of every application, to know the newest without reading them all. */
const DATES_KEY = 'first-screen:dates';

type Changes = Record<string, { newValue?: unknown }>;

function createdAtOf(value: unknown): string | undefined {
  const createdAt = (value as { createdAt?: unknown } | null | undefined)?.createdAt;
  return typeof createdAt === 'string' ? createdAt : undefined;
}

/** Newest first: by creation date, then by key (as the pages order them). */
function newestKeys(dates: ReadonlyMap<string, string>, count: number): string[] {
  return [...dates]
    .sort((a, b) => (a[1] < b[1] ? 1 : a[1] > b[1] ? -1 : a[0] < b[0] ? 1 : -1))
    .slice(0, count)
    .map(([key]) => key);
}

export interface FirstScreen {
  /** Resolves once the snapshot reflects everything stored so far. */
  readonly idle: Promise<void>;
  /** Applies one chrome.storage.onChanged batch of the local area. */
  apply(changes: Changes): Promise<void>;
}

/**
 * Keeps the snapshot in `session` in step with `local`. `after` is the background's
 * start-up (migrations, settings): the snapshot is loaded or built once it has run.
 */
export function createFirstScreen(
  local: StorageArea,
  session: StorageArea,
  after: Promise<unknown>,
): FirstScreen {
  /** app key → createdAt, for every application. */
  let dates = new Map<string, string>();
  /** Everything the snapshot holds: settings, cv:*, and the newest applications. */
  let kept: Record<string, unknown> = {};
  let loaded = false;

  async function write(): Promise<void> {
    await session.set({ [FIRST_SCREEN_KEY]: kept, [DATES_KEY]: Object.fromEntries(dates) });
  }

  async function rebuild(): Promise<void> {
    const all = await local.get(null);
    dates = new Map();
    kept = {};
    for (const [key, value] of Object.entries(all)) {
      if (isAppKey(key)) {
        const createdAt = createdAtOf(value);
        if (createdAt) dates.set(key, createdAt);
      } else if (key === SETTINGS_KEY || isCvKey(key)) kept[key] = value;
    }
    for (const key of newestKeys(dates, FIRST_SCREEN_ROWS)) kept[key] = all[key];
    await write();
    loaded = true;
  }

  async function load(): Promise<void> {
    const stored = await session.get([FIRST_SCREEN_KEY, DATES_KEY]);
    const snapshot = stored[FIRST_SCREEN_KEY];
    const storedDates = stored[DATES_KEY];
    const isRecord = (value: unknown): value is Record<string, unknown> =>
      typeof value === 'object' && value !== null && !Array.isArray(value);
    if (isRecord(snapshot) && isRecord(storedDates)) {
      const entries = Object.entries(storedDates).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      );
      dates = new Map(entries);
      kept = snapshot;
      loaded = true;
      return;
    }
    await rebuild();
  }

  async function applyNow(changes: Changes): Promise<void> {
    // Start-up failed (or has not finished building): start over from what is stored.
    if (!loaded) return rebuild();
    let changed = false;
    const before = new Set(Object.keys(kept).filter(isAppKey));
    const fresh: Record<string, unknown> = {};
    for (const [key, change] of Object.entries(changes)) {
      if (isAppKey(key)) {
        const createdAt = change.newValue === undefined ? undefined : createdAtOf(change.newValue);
        if (createdAt) {
          dates.set(key, createdAt);
          fresh[key] = change.newValue;
        } else dates.delete(key);
        changed = true;
      } else if (key === SETTINGS_KEY || isCvKey(key)) {
        if (change.newValue === undefined) delete kept[key];
        else kept[key] = change.newValue;
        changed = true;
      }
    }
    if (!changed) return;
    const newest = newestKeys(dates, FIRST_SCREEN_ROWS);
    const missing = newest.filter((key) => !(key in fresh) && !before.has(key));
    // Only when a shown application left (deleted) and an older one moves up.
    const read = missing.length ? await local.get(missing) : {};
    const next: Record<string, unknown> = Object.fromEntries(
      Object.entries(kept).filter(([key]) => !isAppKey(key)),
    );
    for (const key of newest) {
      const value = fresh[key] ?? kept[key] ?? read[key];
      if (value !== undefined) next[key] = value;
    }
    kept = next;
    await write();
  }

  // One chain: load first, then every batch in the order it happened. Each step is
  // idempotent, so a change already in the snapshot a rebuild read is harmless.
  let chain: Promise<void> = after.then(load, load);
  const run = (step: () => Promise<void>) => {
    chain = chain.then(step, step).catch((error: unknown) => {
      console.warn('JobTrack: could not update the first-screen snapshot', error);
    });
    return chain;
  };
  run(async () => undefined);
  return {
    get idle() {
      return chain;
    },
    apply: (changes) => run(() => applyNow(changes)),
  };
}

/** Wires the snapshot to the browser: call once at service-worker start. */
export function startFirstScreen(after: Promise<unknown>): FirstScreen {
  const firstScreen = createFirstScreen(chrome.storage.local, chrome.storage.session, after);
  chrome.storage.onChanged.addListener((changes, areaName) => {
    if (areaName === 'local') void firstScreen.apply(changes);
  });
  return firstScreen;
}
