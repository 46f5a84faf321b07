import type { ListingDraft } from '../../shared/application';
import type { CaptureReply } from '../../shared/capture-messages';
import type { CaptureTrigger, Result } from '../../shared/messages';
import type { ToastContent } from './toast';
import { type ToastStrings, toastStrings } from './toast-strings';

/** Sends a message to the background; never throws (an orphaned script gets a failure). */
export async function askBackground<T>(message: unknown): Promise<Result<T>> {
  try {
    const answer = (await browser.runtime.sendMessage(message)) as Result<T> | undefined;
    return answer ?? { ok: false, error: { code: 'internal', message: 'JobTrack did not answer.' } };
  } catch (error) {
    return {
      ok: false,
      error: {
        code: 'internal',
        message: `JobTrack is not reachable (reload the page): ${(error as Error).message}`,
      },
    };
  }
}

function describeJob(draft: ListingDraft): string {
  return draft.company ? `${draft.title} · ${draft.company}` : draft.title;
}

/** The toast after a capture: what happened, with Undo and Open where they make sense. */
export function captureToast(
  result: Result<CaptureReply>,
  draft: ListingDraft,
  trigger: CaptureTrigger,
  t: ToastStrings = toastStrings(),
): ToastContent {
  const label = (status: string) => t.status[status] ?? status;
  if (!result.ok) {
    return { tone: 'error', heading: t.saveFailed, detail: result.error.message };
  }
  const reply = result.value;
  const open = {
    label: t.open,
    run: async () => {
      const answer = await askBackground({ type: 'open-application', id: reply.id });
      return answer.ok ? undefined : answer.error.message;
    },
  };
  const undo = reply.undoToken
    ? {
        label: t.undo,
        run: async () => {
          const answer = await askBackground<{ removed: boolean; status?: string }>({
            type: 'undo-capture',
            token: reply.undoToken,
          });
          if (!answer.ok) return answer.error.message;
          return answer.value.removed ? t.removed : t.back(label(answer.value.status ?? 'saved'));
        },
      }
    : undefined;
  const detail = describeJob(draft);
  if (reply.created && draft.incomplete) {
    // Kept with what could be read: say what is missing and offer to complete it.
    return {
      tone: 'info',
      heading: t.incomplete(trigger === 'apply' ? t.savedApplied : t.saved),
      detail: `${detail}. ${t.missing(draft.incomplete.map((field) => t.fields[field]).join(', '))}`,
      actions: [...(undo ? [undo] : []), { ...open, label: t.complete }],
    };
  }
  if (reply.created) {
    return {
      tone: 'success',
      heading: trigger === 'apply' ? t.savedApplied : t.saved,
      detail,
      actions: undo ? [undo, open] : [open],
    };
  }
  if (reply.previousStatus) {
    return {
      tone: 'success',
      heading: t.moved(label(reply.status)),
      detail,
      actions: undo ? [undo, open] : [open],
    };
  }
  return { tone: 'info', heading: t.already(label(reply.status)), detail, actions: [open] };
}
