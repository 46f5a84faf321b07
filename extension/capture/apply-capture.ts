import type { ListingDraft } from '../../shared/application';
import type { CaptureReply } from '../../shared/capture-messages';
import type { Result } from '../../shared/messages';
import type { SiteAdapter } from '../sites/adapter';
import { readBoardJob } from '../sites/extract';
import { isJobPage } from '../sites/hosts';
import { findApplyControl } from './apply-detection';
import { askBackground, captureToast } from './feedback';
import { showToast, type ToastTimers } from './toast';
import { toastStrings } from './toast-strings';

/** What the content script needs from WXT's ContentScriptContext (listeners die with it). */
export interface CaptureContext {
  addEventListener(
    target: EventTarget,
    type: string,
    handler: (event: Event) => void,
    options?: AddEventListenerOptions,
  ): void;
  setTimeout(handler: () => void, ms: number): number;
  isValid: boolean;
}

/**
 * Apply capture on a board page: one capture-phase click listener on the document (event
 * delegation: buttons rendered after load are covered), the listing read at the moment of
 * the click (the job open then, on single-page LinkedIn too), the badge kept in step with
 * in-page navigation through WXT's location-change event (Navigation API, no polling).
 */
export function startApplyCapture(ctx: CaptureContext, adapter: SiteAdapter, doc: Document = document): void {
  const timers: ToastTimers = {
    setTimeout: (handler, ms) => ctx.setTimeout(handler, ms),
    clearTimeout: (id) => clearTimeout(id as number),
  };

  const onClick = (event: Event) => {
    if (!ctx.isValid || !isJobPage(new URL(location.href))) return;
    let control: Element | undefined;
    try {
      control = findApplyControl(event.target, adapter.applySelectors);
    } catch {
      return;
    }
    if (!control) return;
    let draft: ListingDraft | undefined;
    try {
      const read = readBoardJob(adapter, doc, new URL(location.href));
      draft = read.kind === 'listing' ? read.draft : undefined;
    } catch (error) {
      console.warn('JobTrack: could not read this page', error);
      showToast(doc, { tone: 'error', heading: toastStrings().readFailed }, timers);
      return;
    }
    if (!draft) {
      // An Apply with no job named (closed offer, bot wall, a list): say so, store nothing.
      showToast(
        doc,
        {
          tone: 'info',
          heading: toastStrings().noJob,
          detail: toastStrings().noJobDetail,
        },
        timers,
      );
      return;
    }
    const listing = draft;
    // Sent now, before the site may navigate away to its apply flow.
    void askBackground<CaptureReply>({ type: 'capture', trigger: 'apply', draft: listing }).then(
      (result: Result<CaptureReply>) => {
        if (ctx.isValid && doc.isConnected !== false)
          showToast(doc, captureToast(result, listing, 'apply'), timers);
      },
    );
  };
  ctx.addEventListener(doc, 'click', onClick, { capture: true });

  let lastReported: string | undefined;
  const reportJob = () => {
    if (!ctx.isValid) return;
    let job: ReturnType<SiteAdapter['currentJob']>;
    try {
      const url = new URL(location.href);
      job = isJobPage(url) ? adapter.currentJob(doc, url) : undefined;
    } catch {
      job = undefined;
    }
    const key = job ? `${job.board}:${job.boardJobId ?? job.url}` : '';
    if (key === lastReported) return;
    lastReported = key;
    void askBackground({ type: 'tab-job', job: job ?? null });
  };
  reportJob();
  // WXT dispatches this from the Navigation API's navigate event (before the URL commits):
  // read the job once the new URL is in place.
  ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(reportJob, 0));
}
