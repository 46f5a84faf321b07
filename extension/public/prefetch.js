// Starts the page's one read of storage before the module bundle loads and runs, so the
// read overlaps with it (see extension/ui/prefetch.ts, which takes the result).
globalThis.__jobtrackPrefetch = chrome.storage.local.get(null);
