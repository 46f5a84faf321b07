import { type CaptureRun, startCaptureLoader } from '../capture/loader';
import { CAPTURE_RUN_FILE, CAPTURE_RUN_KEY } from '../capture/loader-key';
import { send } from '../protocol/send';

/**
 * The content script on every board page (listed in the manifest by wxt.config.ts): the
 * floor described in capture/loader.ts. chrome.* is used directly (no polyfill).
 */
export default defineUnlistedScript(() => {
  const win = window as Window & { navigation?: EventTarget };
  // A flag in the extension's own isolated world (pages cannot see it): the Firefox e2e,
  // which has no DevTools protocol, asks scripting.executeScript whether the script ran,
  // now that a page whose URL names its job sends no message to wait on.
  (globalThis as Record<string, unknown>).jobtrackLoaderStarted = true;
  startCaptureLoader({
    doc: document,
    href: () => location.href,
    async load() {
      await import(/* @vite-ignore */ chrome.runtime.getURL(CAPTURE_RUN_FILE));
      const run = (globalThis as Record<string, unknown>)[CAPTURE_RUN_KEY] as CaptureRun | undefined;
      if (!run) throw new Error('JobTrack: capture code did not start');
      return run;
    },
    // Never throws: an orphaned script's message answers `unreachable`.
    send,
    isValid: () => Boolean(chrome.runtime?.id),
    idle: (callback) => requestIdleCallback(callback, { timeout: 2000 }),
    // Same-document navigations (LinkedIn moves between jobs without a load).
    onNavigate: (callback) => win.navigation?.addEventListener('navigatesuccess', callback),
  });
});
