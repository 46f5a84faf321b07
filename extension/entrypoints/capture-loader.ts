import type { ApplyClick } from '../capture/loader';
import { CAPTURE_CLICK_FILE, CAPTURE_CLICK_KEY } from '../capture/loader-key';

/**
 * The content script on every board page (listed in the manifest by wxt.config.ts): one
 * capture-phase click listener and nothing else, as close to the bench's one-listener floor
 * as a script can be (why, and what it cost before: capture/loader.ts). A person's click
 * (a page script's el.click() is not trusted) loads the click check on demand, with the
 * clicked element and the URL as they were at the click.
 */
export default defineUnlistedScript(() => {
  // The Firefox e2e, which has no DevTools protocol, asks scripting.executeScript for this
  // flag in the extension's isolated world (pages cannot see it) to know the script ran.
  (globalThis as Record<string, unknown>).jobtrackLoaderStarted = true;
  document.addEventListener(
    'click',
    (event) => {
      // Orphaned (the extension was updated or removed under this page): stay quiet.
      if (!event.isTrusted || !chrome.runtime?.id) return;
      const { target } = event;
      const href = location.href;
      import(/* @vite-ignore */ chrome.runtime.getURL(CAPTURE_CLICK_FILE)).then(
        () => ((globalThis as Record<string, unknown>)[CAPTURE_CLICK_KEY] as ApplyClick)(target, href),
        (error: unknown) => console.warn('JobTrack: capture could not load', error),
      );
    },
    true,
  );
});
