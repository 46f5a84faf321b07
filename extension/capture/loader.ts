import type { Board } from '../model/application';
import type { Send } from '../protocol/send';
import { APPLY_SELECTORS } from '../sites/apply-selectors';
import { boardOfHost, isJobPage } from '../sites/hosts';
import { urlJob } from '../sites/url-job';
import { findApplyControl } from './apply-detection';

/** A job as the badge check names it (board + id, canonical URL). */
export interface TabJob {
  board: Board;
  boardJobId?: string | undefined;
  url: string;
}

/** What the capture code loaded on demand offers (extension/capture/run.ts). */
export interface CaptureRun {
  /** Reads the job open now, stores it through the background and shows the toast. */
  apply(control: Element): void;
  /** The job the page shows, read from the page (for URLs that name none). */
  currentJob(): TabJob | undefined;
}

/** The loader's outside world, injected so the logic runs in unit tests. */
export interface LoaderEnv {
  doc: Document;
  /** The page's current URL (SPA pages change it without a load). */
  href(): string;
  /** Loads (once) the capture code: adapters, extraction, toast. */
  load(): Promise<CaptureRun>;
  /** The protocol's typed client (protocol/send.ts), injected so tests see what is sent. */
  send: Send;
  /** False once the extension was updated or removed under this page (orphaned script). */
  isValid(): boolean;
  /** Runs `callback` when the page is idle. */
  idle(callback: () => void): void;
  /** Calls `callback` after each in-page navigation (Navigation API). */
  onNavigate(callback: () => void): void;
}

/**
 * The content script injected on every board page, at the floor: it registers the one
 * capture-phase click listener and the location-change hook, looks at the URL once, and
 * sends nothing — no polyfill, no zod, no adapter code. The Apply check needs only the
 * board's selector strings and the label rules. The adapters and the extraction load on
 * the first Apply click (or stay unloaded), then read the page at once, before the site's
 * apply flow navigates: the click's default action has only started a navigation, and the
 * old document stays until the new one commits.
 *
 * The toolbar badge is the background's: it reads the tab's URL itself (tabs.onUpdated,
 * on each load and each pushState; host permissions on exactly this script's matches, so
 * the install warning is unchanged) and derives the job with the same pure code
 * (sites/url-job.ts). Only a job page whose URL names no job (Indeed search without vjk, a
 * pane without an id) has this script do idle work: load the capture code and send the
 * open job ('tab-job'). The Navigation API hook stays for that case: an in-app move to
 * such a URL.
 *
 * Options compared: the eager bundle (adapters evaluated on every page load: 145 KiB, the
 * cost the bench measured before), this loader plus a lazily imported chunk (a
 * web-accessible resource for the boards' origins only), and the background injecting the
 * capture code with chrome.scripting on demand. The bench (tests/bench/suites/capture.ts)
 * times the first two side by side with a one-listener floor extension, and click-to-stored
 * with the lazy chunk. Background injection was not built: it puts a round trip through a
 * service worker that may be asleep between the click and the page read, which must
 * happen before the site navigates.
 *
 * Why the badge moved to the background (2026-12-01, traced main-thread time attributed to
 * the extension's own script, 2 MB Glassdoor/InfoJobs pages, medians of 6–7 interleaved
 * loads on the shared 2-core machine, trace wall time): the one-listener floor 0.25 ms;
 * the floor plus the Navigation API hook 0.3–0.4; plus a requestIdleCallback 0.6; plus
 * parsing this loader's 6 KiB without running it 0.6–0.7; plus one chrome.runtime.sendMessage
 * at idle (what the badge needed) 1.2–1.7; the loader with that message 2.5–3.6 (bench
 * thread time 2.1–2.8 against the floor's 0.22–0.25). The message alone was over the
 * 0.5 ms goal, so pages whose URL names the job now send none and queue no idle callback.
 * After the change (bench thread time, same run, 5 loads): 1.06–1.27 ms against the
 * floor's 0.24–0.31 — 0.8–1.0 over, still above the goal: compiling and running this
 * loader and its Navigation API hook is what remains. Indeed search without vjk, which
 * still reads the pane at idle: 2.6 ms.
 */
export function startCaptureLoader(env: LoaderEnv): void {
  // At injection: the click listener, the location-change hook, and one look at the URL
  // (pure string work). Nothing is sent: the background sets the badge from the tab's URL.
  let loading: Promise<CaptureRun> | undefined;
  const run = () => {
    loading ??= env.load();
    return loading;
  };
  /** The page's board and URL while it is a job page the script may read; else undefined. */
  const jobPage = () => {
    const url = new URL(env.href());
    const board = boardOfHost(url.hostname);
    return board && env.isValid() && isJobPage(url) ? { board, url } : undefined;
  };

  env.doc.addEventListener(
    'click',
    (event) => {
      // Only a person's click: a page script's el.click() or dispatchEvent is not trusted.
      if (!event.isTrusted) return;
      const page = jobPage();
      if (!page) return;
      let control: Element | undefined;
      try {
        control = findApplyControl(event.target, APPLY_SELECTORS[page.board]);
      } catch {
        return;
      }
      if (!control) return;
      const clicked = control;
      run().then(
        (capture) => capture.apply(clicked),
        (error: unknown) => console.warn('JobTrack: capture could not load', error),
      );
    },
    { capture: true },
  );

  // Only a job page whose URL names no job (Indeed search without vjk, a pane without an
  // id) tells the background which job is open: at idle time, read from the page.
  const readPane = () => {
    const href = env.href();
    if (!env.isValid() || urlJob(href).kind !== 'page') return;
    // If the URL moved on while the capture code loaded, the background has the newer word.
    run().then(
      (capture) => env.href() === href && void env.send('tab-job', { job: capture.currentJob() ?? null }),
      () => env.href() === href && void env.send('tab-job', { job: null }),
    );
  };
  const schedule = () => {
    if (urlJob(env.href()).kind === 'page') env.idle(readPane);
  };
  schedule();
  env.onNavigate(schedule);
}
