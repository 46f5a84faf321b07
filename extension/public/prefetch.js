// Starts the page's one read of storage before the module bundle loads and runs, so the
// read overlaps with it (see extension/ui/prefetch.ts, which takes the result).
globalThis.__jobtrackPrefetch = chrome.storage.local.get(null);
// The newest screenful the background keeps ready in session storage (see
// extension/background/first-screen.ts): it arrives long before the full read.
globalThis.__jobtrackFirstScreen = chrome.storage.session.get('first-screen');
