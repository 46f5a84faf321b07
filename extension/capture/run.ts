import { captureWords } from '../i18n/capture-strings';
import type { ListingDraft } from '../model/application';
import { send } from '../protocol/send';
import type { SiteAdapter } from '../sites/adapter';
import { readBoardJob } from '../sites/extract';
import { captureToast } from './feedback';
import type { CaptureRun } from './loader';
import { showToast, type ToastTimers } from './toast';

const timers: ToastTimers = {
  setTimeout: (handler, ms) => window.setTimeout(handler, ms),
  clearTimeout: (id) => window.clearTimeout(id as number),
};

/**
 * The capture code the loader loads on demand: reads the job open now (the board's
 * adapter; an incomplete record when the page names a job it cannot read in full; nothing
 * on a bot wall, closed offer or list), sends it to the background and shows the toast.
 */
export function createCaptureRun(adapter: SiteAdapter, doc: Document, href: () => string): CaptureRun {
  return {
    apply() {
      let draft: ListingDraft | undefined;
      try {
        const read = readBoardJob(adapter, doc, new URL(href()));
        draft = read.kind === 'listing' ? read.draft : undefined;
      } catch (error) {
        console.warn('JobTrack: could not read this page', error);
        showToast(doc, { tone: 'error', heading: captureWords().t('capture.readFailed') }, timers);
        return;
      }
      if (!draft) {
        // An Apply with no job named (closed offer, bot wall, a list): say so, store nothing.
        const { t } = captureWords();
        showToast(
          doc,
          { tone: 'info', heading: t('capture.noJob'), detail: t('capture.noJobDetail') },
          timers,
        );
        return;
      }
      const listing = draft;
      // Sent now, before the site may navigate away to its apply flow.
      void send('capture', { trigger: 'apply', draft: listing }).then((result) =>
        showToast(doc, captureToast(result, listing, 'apply'), timers),
      );
    },
  };
}
