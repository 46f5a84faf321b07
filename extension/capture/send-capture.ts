import type { ListingDraft } from '../../shared/application';
import type { CaptureOutcome, CaptureTrigger, Result } from '../../shared/messages';

/** Hands a captured listing to the background, the only writer. */
export async function sendCapture(
  draft: ListingDraft,
  trigger: CaptureTrigger,
): Promise<Result<CaptureOutcome>> {
  try {
    return (await browser.runtime.sendMessage({ type: 'capture', trigger, draft })) as Result<CaptureOutcome>;
  } catch (error) {
    // The extension was updated or reloaded under this page: the old script is orphaned.
    return {
      ok: false,
      error: { code: 'internal', message: `JobTrack is not reachable: ${(error as Error).message}` },
    };
  }
}
