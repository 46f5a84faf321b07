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
