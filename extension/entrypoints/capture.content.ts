import { startApplyCapture } from '../capture/apply-capture';
import { adapterFor } from '../sites/extract';
import { BOARD_MATCHES } from '../sites/hosts';

export default defineContentScript({
  matches: BOARD_MATCHES,
  runAt: 'document_idle',
  // WXT would otherwise window.postMessage "<extension id>:capture:wxt:content-script-started"
  // to every board page on load: telling the page, and its ads, that JobTrack is installed.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // Reads the open listing only, when the user clicks Apply: never cookies, storage or
    // account pages. Everything it registers goes through ctx, so an updated extension
    // leaves no orphaned listeners behind.
    const adapter = adapterFor(new URL(location.href));
    if (!adapter) return;
    // WXT retires this copy when a newer copy of the script announces itself with a DOM
    // event on document. A page can forge that event (the extension id is public) and so
    // switch capture off. A newer copy only exists after an update or reload, which first
    // disconnects this one from the extension: until then, stop the event on its way down,
    // before WXT's listener on document sees it.
    // (WXT's name for it, private to its ContentScriptContext; an e2e test forges it.)
    window.addEventListener(
      `${browser.runtime.id}:capture:wxt:content-script-started`,
      (event) => {
        if (browser.runtime?.id) event.stopImmediatePropagation();
      },
      { capture: true, signal: ctx.signal },
    );
    startApplyCapture(
      {
        addEventListener: (target, type, handler, options) =>
          ctx.addEventListener(target, type, handler, options),
        setTimeout: (handler, ms) => ctx.setTimeout(handler, ms),
        get isValid() {
          return ctx.isValid;
        },
      },
      adapter,
    );
  },
});
