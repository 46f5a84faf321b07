import { captureWords } from '../i18n/capture-strings';
import type { SaveTabOutcome } from '../protocol/capture';
import { send } from '../protocol/send';
import { extractListing } from '../sites/extract';
import { captureToast } from './feedback';
import { showToast, type ToastTimers } from './toast';

const timers: ToastTimers = {
  setTimeout: (handler, ms) => window.setTimeout(handler, ms),
  clearTimeout: (id) => window.clearTimeout(id as number),
};

/**
 * Manual capture, run in the page by the injected script: the board adapter where one
 * matches, else structured data, else the readable-text fallback; status `saved`. Pages
 * with nothing to capture store nothing and say so.
 */
export async function runManualCapture(doc: Document, url: URL): Promise<SaveTabOutcome> {
  const words = captureWords();
  const { t } = words;
  let extraction: ReturnType<typeof extractListing>;
  // The background takes page messages from https pages only.
  if (url.protocol !== 'https:') {
    showToast(
      doc,
      {
        tone: 'info',
        heading: t('capture.nothing'),
        detail: t('capture.reason.unsupported-page'),
      },
      timers,
    );
    return { kind: 'nothing', reason: 'unsupported-page' };
  }
  try {
    extraction = extractListing(doc, url, { allowText: true });
  } catch (error) {
    console.warn('JobTrack: could not read this page', error);
    showToast(doc, { tone: 'error', heading: t('capture.readFailed') }, timers);
    return { kind: 'error', error: { code: 'page-unreadable' } };
  }
  if (extraction.kind === 'nothing') {
    showToast(
      doc,
      {
        tone: 'info',
        heading: t('capture.nothing'),
        detail: t(`capture.reason.${extraction.reason}`),
      },
      timers,
    );
    return { kind: 'nothing', reason: extraction.reason };
  }
  const { draft } = extraction;
  const result = await send('capture', { trigger: 'manual', draft });
  showToast(doc, captureToast(result, draft, 'manual', words), timers);
  if (!result.ok) return { kind: 'error', error: result.error };
  const { id, created, status } = result.value;
  return { kind: 'saved', id, title: draft.title, created, status };
}
