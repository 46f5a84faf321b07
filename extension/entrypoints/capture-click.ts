import { type CaptureRun, createApplyClick } from '../capture/loader';
import { CAPTURE_CLICK_KEY, CAPTURE_RUN_FILE, CAPTURE_RUN_KEY } from '../capture/loader-key';

/**
 * The click check, loaded on demand by the board pages' content script (capture-loader.ts)
 * on a person's first click: is the page a job page and the click an Apply? Only then does
 * it load the capture code (capture-run.js). Runs in the content script's isolated world
 * and leaves its entry point there.
 */
export default defineUnlistedScript(() => {
  const world = globalThis as Record<string, unknown>;
  world[CAPTURE_CLICK_KEY] ??= createApplyClick({
    async load() {
      await import(/* @vite-ignore */ chrome.runtime.getURL(CAPTURE_RUN_FILE));
      const run = world[CAPTURE_RUN_KEY] as CaptureRun | undefined;
      if (!run) throw new Error('JobTrack: capture code did not start');
      return run;
    },
    isValid: () => Boolean(chrome.runtime?.id),
  });
});
