import {
  appIdOf,
  FIRST_SCREEN_COMPLETE_KEY,
  FIRST_SCREEN_KEY,
  isAppKey,
  isCvKey,
  SETTINGS_KEY,
} from '../store/keys';
import { storedCreatedAt } from '../store/packed-summary';
import { readSummaryItems } from '../store/prefetch';
import { compareNewest } from '../store/queries';
import type { StorageArea } from '../store/storage-area';

/**
 * The popup's and tracker's first screenful, kept ready in chrome.storage.session so a page
 * paints its newest rows before its read of every summary in chrome.storage.local returns
 * (at 5,000 applications, several MB even without descriptions; see the popup benchmark);
 * the first screenful is 40 summaries.
 *
 * Derived data only, never the source of truth: the settings, the CVs and the newest
 * applications exactly as stored, under one session key, rewritten by the background (the
 * only writer) from chrome.storage.onChanged. A new browser session rebuilds it from
 * chrome.storage.local. Pages validate it like any storage read, and replace it with the
 * full read as soon as that arrives.
 */
/** As many rows as the pages parse before their first paint (store/reader.ts). */
export const FIRST_SCREEN_ROWS = 40;
/** Below this many rows (after deletions) the snapshot is refilled with one full read. */
const REFILL_BELOW = FIRST_SCREEN_ROWS / 2;

type Changes = Record<string, { newValue?: unknown }>;
type Row = readonly [key: string, createdAt: string];

/** A stored summary's createdAt (store/packed-summary.ts), undefined when it has none. */
const createdAtOf = (value: unknown): string | undefined => storedCreatedAt(value) || undefined;

/** Newest first, in the order the pages show (store/records.ts). */
const newerFirst = (a: Row, b: Row) => compareNewest(a[1], appIdOf(a[0]), b[1], appIdOf(b[0]));

/** The applications among `records`, newest first. */
function appRows(records: Record<string, unknown>): Row[] {
  const rows: Row[] = [];
  for (const [key, value] of Object.entries(records)) {
    const createdAt = isAppKey(key) ? createdAtOf(value) : undefined;
    if (createdAt) rows.push([key, createdAt]);
  }
  return rows.sort(newerFirst);
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
  /**
   * Settings, CVs and a newest-first prefix of the applications (at most FIRST_SCREEN_ROWS).
   * Every application left out is older than the oldest one kept, so a change can be
   * placed without knowing the others; a deletion only shortens the prefix.
   */
  let kept: Record<string, unknown> = {};
  let complete = false;
  let loaded = false;

  async function write(): Promise<void> {
    await session.set({ [FIRST_SCREEN_KEY]: kept, [FIRST_SCREEN_COMPLETE_KEY]: complete });
  }

  async function rebuild(): Promise<void> {
    // Summaries only: the details (descriptions) are most of the bytes and never shown here.
    const all = await readSummaryItems(local);
    kept = {};
    for (const [key, value] of Object.entries(all)) {
      if (key === SETTINGS_KEY || isCvKey(key)) kept[key] = value;
    }
    const rows = appRows(all);
    for (const [key] of rows.slice(0, FIRST_SCREEN_ROWS)) kept[key] = all[key];
    complete = rows.length <= FIRST_SCREEN_ROWS;
    await write();
    loaded = true;
  }

  async function load(): Promise<void> {
    const stored = await session.get([FIRST_SCREEN_KEY, FIRST_SCREEN_COMPLETE_KEY]);
    const snapshot = stored[FIRST_SCREEN_KEY];
    if (typeof snapshot === 'object' && snapshot !== null && !Array.isArray(snapshot)) {
      if (typeof stored[FIRST_SCREEN_COMPLETE_KEY] === 'boolean') {
        kept = snapshot as Record<string, unknown>;
        complete = stored[FIRST_SCREEN_COMPLETE_KEY];
        loaded = true;
        return;
      }
    }
    await rebuild();
  }

  async function applyNow(changes: Changes): Promise<void> {
    // Start-up failed (or has not finished building): start over from what is stored.
    if (!loaded) return rebuild();
    let changed = false;
    for (const [key, change] of Object.entries(changes)) {
      if (isAppKey(key)) {
        const createdAt = change.newValue === undefined ? undefined : createdAtOf(change.newValue);
        if (!createdAt) {
          // Deleted (or unreadable): the prefix just gets shorter.
          if (key in kept) {
            delete kept[key];
            changed = true;
          }
          continue;
        }
        const oldest = appRows(kept).at(-1);
        if (key in kept || complete || (oldest && newerFirst([key, createdAt], oldest) < 0)) {
          kept[key] = change.newValue;
          changed = true;
        }
      } else if (key === SETTINGS_KEY || isCvKey(key)) {
        if (change.newValue === undefined) delete kept[key];
        else kept[key] = change.newValue;
        changed = true;
      }
    }
    if (!changed) return;
    const rows = appRows(kept);
    for (const [key] of rows.slice(FIRST_SCREEN_ROWS)) {
      delete kept[key];
      complete = false;
    }
    // After many deletions, refill the prefix with one full read (rare).
    if (!complete && rows.length < REFILL_BELOW) return rebuild();
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
