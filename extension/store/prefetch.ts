import { FIRST_SCREEN_KEY, isSummaryPageKey } from './keys';
import { listKeys } from './storage-area';

/**
 * The page's storage reads, started by entrypoints/prefetch.ts — a classic script in the
 * page's <head> that runs before the module bundle is even fetched — so they overlap with
 * loading Preact and the UI: the first-screen snapshot and the list of keys. The read of
 * every summary follows once the snapshot's rows are painted (store/reader.ts): started
 * here, at 500 applications it returned while the page was starting and its decoding held
 * the first rows back (+45 ms over an empty popup against +8 ms, one bench run each).
 * Kept free of schemas: the script bundles this module and store/keys.ts only.
 *
 * It reads what a list shows: settings, CVs and every application's summary, never the
 * details (descriptions, Pro texts: most of the bytes, keys.ts). Chrome 130+ lists keys
 * without values (getKeys), so the read names exactly those keys; without it (older
 * Chrome) it falls back to reading everything.
 */
type KeyedArea = { get(keys?: string[] | null): Promise<Record<string, unknown>> };

/** The keys of settings, CVs and the application summaries; null where Chrome cannot list keys. */
export async function summaryKeys(area: KeyedArea): Promise<string[] | null> {
  return (await listKeys(area))?.filter(isSummaryPageKey) ?? null;
}

/** Settings, CVs and the application summaries: what a page's lists need. */
export async function readSummaryItems(
  area: KeyedArea,
  keys: Promise<string[] | null> = summaryKeys(area),
): Promise<Record<string, unknown>> {
  const listed = await keys;
  if (listed === null) return area.get(null);
  return listed.length ? area.get(listed) : {};
}
const SUMMARY_KEYS = '__jobtrackPrefetch';
const FIRST_SCREEN = '__jobtrackFirstScreen';
type Pending<T> = Promise<T> | undefined;

export function startPrefetch(): void {
  const store = globalThis as Record<string, unknown>;
  // Only the key list: the read of the summaries themselves waits until the page has shown
  // the snapshot (store/reader.ts), so decoding it cannot hold the first rows back.
  store[SUMMARY_KEYS] = summaryKeys(chrome.storage.local as KeyedArea);
  // The newest screenful the background keeps ready in session storage (see
  // background/first-screen.ts): it arrives long before the full read.
  store[FIRST_SCREEN] = chrome.storage.session.get(FIRST_SCREEN_KEY);
}

function take<T>(name: string): Pending<T> {
  const store = globalThis as Record<string, unknown>;
  const pending = store[name] as Pending<T>;
  delete store[name];
  return pending;
}

/** The prefetched summary keys, once; undefined if none were asked for (tests, other pages). */
export const takeSummaryKeys = (): Pending<string[] | null> => take(SUMMARY_KEYS);

/**
 * The first-screen snapshot (settings, CVs, the newest applications) the prefetch started
 * reading, or undefined. Same shape as a storage read; validate it like one.
 */
export async function takeFirstScreen(): Promise<Record<string, unknown> | undefined> {
  try {
    const snapshot = (await take<Record<string, unknown>>(FIRST_SCREEN))?.[FIRST_SCREEN_KEY];
    return typeof snapshot === 'object' && snapshot !== null && !Array.isArray(snapshot)
      ? (snapshot as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
