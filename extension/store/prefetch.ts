import { FIRST_SCREEN_KEY, isSummaryPageKey } from './keys';

/**
 * The page's one read of storage, started by entrypoints/prefetch.ts — a classic script in
 * the page's <head> that runs before the module bundle is even fetched — so the read
 * overlaps with loading Preact, zod and the UI instead of following them. Kept free of
 * schemas: the script bundles this module and store/keys.ts only.
 *
 * It reads what a list shows: settings, CVs and every application's summary, never the
 * details (descriptions, Pro texts: most of the bytes, keys.ts). Chrome 130+ lists keys
 * without values (getKeys), so the read names exactly those keys; without it (older
 * Chrome) it falls back to reading everything.
 */
type KeyedArea = {
  get(keys?: string[] | null): Promise<Record<string, unknown>>;
  getKeys?: () => Promise<string[]>;
};

/** Settings, CVs and the application summaries: what a page's lists need. */
export async function readSummaryItems(area: KeyedArea): Promise<Record<string, unknown>> {
  if (typeof area.getKeys !== 'function') return area.get(null);
  const keys = (await area.getKeys()).filter(isSummaryPageKey);
  return keys.length ? area.get(keys) : {};
}
const FULL_READ = '__jobtrackPrefetch';
const FIRST_SCREEN = '__jobtrackFirstScreen';
type Pending = Promise<Record<string, unknown>> | undefined;

export function startPrefetch(): void {
  const store = globalThis as Record<string, unknown>;
  store[FULL_READ] = readSummaryItems(chrome.storage.local as KeyedArea);
  // The newest screenful the background keeps ready in session storage (see
  // background/first-screen.ts): it arrives long before the full read.
  store[FIRST_SCREEN] = chrome.storage.session.get(FIRST_SCREEN_KEY);
}

function take(name: string): Pending {
  const store = globalThis as Record<string, unknown>;
  const pending = store[name] as Pending;
  delete store[name];
  return pending;
}

/** The prefetched full read, once; undefined if none was started (tests, other pages). */
export const takePrefetch = (): Pending => take(FULL_READ);

/**
 * The first-screen snapshot (settings, CVs, the newest applications) the prefetch started
 * reading, or undefined. Same shape as a storage read; validate it like one.
 */
export async function takeFirstScreen(): Promise<Record<string, unknown> | undefined> {
  try {
    const snapshot = (await take(FIRST_SCREEN))?.[FIRST_SCREEN_KEY];
    return typeof snapshot === 'object' && snapshot !== null && !Array.isArray(snapshot)
      ? (snapshot as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
