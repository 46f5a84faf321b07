import { type CaptureWords, captureWords } from '../i18n/capture-strings';
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
  words: CaptureWords = captureWords(),
): ToastContent {
  const { t, status: label, lang } = words;
  if (!result.ok) {
    return { tone: 'error', heading: t('capture.saveFailed'), detail: errorText(lang, result.error) };
  }
  const reply = result.value;
  const open = {
    label: t('capture.open'),
    run: async () => {
      const answer = await send('open-application', { id: reply.id });
      return answer.ok ? undefined : errorText(lang, answer.error);
    },
  };
  const token = reply.undoToken;
  const undo = token
    ? {
        label: t('capture.undo'),
        run: async () => {
          const answer = await send('undo-capture', { token });
          if (!answer.ok) return errorText(lang, answer.error);
          return answer.value.removed
            ? t('capture.removed')
            : t('capture.back', { status: label(answer.value.status ?? 'saved') });
        },
      }
    : undefined;
  const detail = describeJob(draft);
  if (reply.created && draft.incomplete) {
    // Kept with what could be read: say what is missing and offer to complete it.
    return {
      tone: 'info',
      heading: t('capture.incomplete', {
        heading: t(trigger === 'apply' ? 'capture.savedApplied' : 'capture.saved'),
      }),
      detail: `${detail}. ${t('capture.missing', { fields: draft.incomplete.map((field) => t(`capture.field.${field}`)).join(', ') })}`,
      actions: [...(undo ? [undo] : []), { ...open, label: t('capture.complete') }],
    };
  }
  if (reply.created) {
    return {
      tone: 'success',
      heading: t(trigger === 'apply' ? 'capture.savedApplied' : 'capture.saved'),
      detail,
      actions: undo ? [undo, open] : [open],
    };
  }
  if (reply.previousStatus) {
    return {
      tone: 'success',
      heading: t('capture.moved', { status: label(reply.status) }),
      detail,
      actions: undo ? [undo, open] : [open],
    };
  }
  return {
    tone: 'info',
    heading: t('capture.already', { status: label(reply.status) }),
    detail,
    actions: [open],
  };
}
