import type { ListingDraft } from '../../shared/application';
import type { CaptureReply, NothingReason } from '../../shared/capture-messages';
import type { CaptureTrigger, Result } from '../../shared/messages';
import type { ToastContent } from './toast';

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

const STATUS_LABELS: Record<string, string> = {
  saved: 'Saved',
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};
const label = (status: string) => STATUS_LABELS[status] ?? status;

function describeJob(draft: ListingDraft): string {
  return draft.company ? `${draft.title} · ${draft.company}` : draft.title;
}

export const NOTHING_MESSAGES: Record<NothingReason, string> = {
  'bot-check': 'This page is a security check, not a job. Try again once the job is showing.',
  'no-job': 'No open job on this page. Open a job, then save it.',
  'unsupported-page': 'JobTrack reads secure (https) web pages only.',
  'no-access': 'JobTrack cannot read this page (browser pages and the Web Store are off limits).',
};

/** The toast after a capture: what happened, with Undo and Open where they make sense. */
export function captureToast(
  result: Result<CaptureReply>,
  draft: ListingDraft,
  trigger: CaptureTrigger,
): ToastContent {
  if (!result.ok) {
    return { tone: 'error', heading: 'JobTrack could not save this job', detail: result.error.message };
  }
  const reply = result.value;
  const open = {
    label: 'Open',
    run: async () => {
      const answer = await askBackground({ type: 'open-application', id: reply.id });
      return answer.ok ? undefined : answer.error.message;
    },
  };
  const undo = reply.undoToken
    ? {
        label: 'Undo',
        run: async () => {
          const answer = await askBackground<{ removed: boolean; status?: string }>({
            type: 'undo-capture',
            token: reply.undoToken,
          });
          if (!answer.ok) return answer.error.message;
          return answer.value.removed
            ? 'Removed from JobTrack'
            : `Back to ${label(answer.value.status ?? 'saved')} in JobTrack`;
        },
      }
    : undefined;
  const detail = describeJob(draft);
  if (reply.created) {
    return {
      tone: 'success',
      heading: trigger === 'apply' ? 'Saved to JobTrack as Applied' : 'Saved to JobTrack',
      detail,
      actions: undo ? [undo, open] : [open],
    };
  }
  if (reply.previousStatus) {
    return {
      tone: 'success',
      heading: `Moved to ${label(reply.status)} in JobTrack`,
      detail,
      actions: undo ? [undo, open] : [open],
    };
  }
  return { tone: 'info', heading: `Already in JobTrack (${label(reply.status)})`, detail, actions: [open] };
}
