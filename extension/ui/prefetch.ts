/**
 * The page's one read of storage, started by public/prefetch.js — a classic script in the
 * page's <head> that runs before the module bundle is even fetched — so the read overlaps
 * with loading Preact, zod and the UI instead of following them.
 */
const KEY = '__jobtrackPrefetch';

/** The prefetched read, once; undefined if none was started (tests, other pages). */
export function takePrefetch(): Promise<Record<string, unknown>> | undefined {
  const store = globalThis as Record<string, unknown>;
  const pending = store[KEY] as Promise<Record<string, unknown>> | undefined;
  delete store[KEY];
  return pending;
}

/**
 * The first-screen snapshot (settings, CVs, the newest applications) that public/prefetch.js
 * started reading from chrome.storage.session, or undefined. Same shape as a storage read;
 * validate it like one.
 */
export async function takeFirstScreen(): Promise<Record<string, unknown> | undefined> {
  const store = globalThis as Record<string, unknown>;
  const pending = store.__jobtrackFirstScreen as Promise<Record<string, unknown>> | undefined;
  delete store.__jobtrackFirstScreen;
  try {
    const snapshot = (await pending)?.['first-screen'];
    return typeof snapshot === 'object' && snapshot !== null && !Array.isArray(snapshot)
      ? (snapshot as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
