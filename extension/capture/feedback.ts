import { type ToastStrings, toastStrings } from '../i18n/capture-strings';
import { errorText } from '../i18n/errors';
import type { CaptureTrigger, ListingDraft } from '../model/application';
import type { Reply } from '../protocol';
import type { Result } from '../protocol/result';
import { send } from '../protocol/send';
import type { ToastContent } from './toast';

function describeJob(draft: ListingDraft): string {
  return draft.company ? `${draft.title} · ${draft.company}` : draft.title;
}

/** The toast after a capture: what happened, with Undo and Open where they make sense. */
export function captureToast(
  result: Result<Reply<'capture'>>,
  draft: ListingDraft,
  trigger: CaptureTrigger,
  t: ToastStrings = toastStrings(),
): ToastContent {
  const label = (status: string) => t.status[status] ?? status;
  if (!result.ok) {
    return { tone: 'error', heading: t.saveFailed, detail: errorText(t.lang, result.error) };
  }
  const reply = result.value;
  const open = {
    label: t.open,
    run: async () => {
      const answer = await send('open-application', { id: reply.id });
      return answer.ok ? undefined : errorText(t.lang, answer.error);
    },
  };
  const token = reply.undoToken;
  const undo = token
    ? {
        label: t.undo,
        run: async () => {
          const answer = await send('undo-capture', { token });
          if (!answer.ok) return errorText(t.lang, answer.error);
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
