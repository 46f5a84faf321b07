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
