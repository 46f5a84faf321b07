import { CAPTURE_RUN_KEY } from '../capture/loader-key';
import { createCaptureRun } from '../capture/run';
import { adapterFor } from '../sites/extract';

/**
 * The capture code, loaded on demand by the click check (capture-click.ts) with a dynamic
 * import: it runs in the content script's isolated world and leaves its entry point there.
 * Nothing here runs until an Apply click.
 */
export default defineUnlistedScript(() => {
  const adapter = adapterFor(new URL(location.href));
  if (!adapter) return;
  (globalThis as Record<string, unknown>)[CAPTURE_RUN_KEY] = createCaptureRun(
    adapter,
    document,
    () => location.href,
  );
});
