import { APPLY_SELECTORS } from '../sites/apply-selectors';
import { boardOfHost, isJobPage } from '../sites/hosts';
import { findApplyControl } from './apply-detection';

/** What the capture code loaded on demand offers (extension/capture/run.ts). */
export interface CaptureRun {
  /** Reads the job open now, stores it through the background and shows the toast. */
  apply(control: Element): void;
}

/** The click check's entry point: the clicked element and the page's URL at the click. */
export type ApplyClick = (target: EventTarget | null, href: string) => void;

/** The click check's outside world, injected so the logic runs in unit tests. */
export interface ApplyClickEnv {
  /** Loads (once) the capture code: adapters, extraction, toast. */
  load(): Promise<CaptureRun>;
  /** False once the extension was updated or removed under this page (orphaned script). */
  isValid(): boolean;
}

/**
 * The content script on every board page is one capture-phase click listener
 * (entrypoints/capture-loader.ts), at the floor any capture script pays: it parses no URL,
 * hooks no navigation, queues no idle work and sends nothing. A person's click loads this
 * check (capture-click.js, ~4 KiB, web-accessible to the boards' origins only; once per
 * page, later clicks reuse it), with the clicked element and the URL as they were at the
 * click: on a job page, is it an Apply (the board's selector strings, then the label
 * rules)? Only then does the capture code (capture-run.js: adapters, extraction, toast)
 * load and read the page. That is still before the site's apply flow navigates: the click's
 * default action has only started a navigation, and the old document stays until the new
 * one commits (the e2e tests click Apply on pages served under the boards' real URLs, the
 * bench times click to stored record).
 *
 * The toolbar badge is the background's: it reads the tab's URL (tabs.onUpdated, on each
 * load and each pushState; host permissions on exactly this script's matches, so the
 * install warning is unchanged) and derives the job with the same pure code
 * (sites/url-job.ts). A job page whose URL names no job (Indeed search without vjk, a pane
 * without an id), on load or after an in-app move, gets a pane read injected by the
 * background (chrome.scripting.executeScript, Chrome and Firefox MV3), which reads the open
 * job from the page and returns it: on Indeed first capture-pane-key.js (one XPath by id,
 * capture/pane-key.ts), and capture-pane.js (the adapters' currentJob) only when that one
 * cannot tell; and only while a job of that board is tracked (storage's keys, asked by the
 * background: with none, no job the page shows can be, and the badge needs no read). So the
 * page pays nothing for the badge until a URL that names no job on a board whose jobs the
 * user tracks, and then only that read.
 *
 * Options compared (the bench, tests/bench/suites/capture.ts, times the extension's own
 * main-thread time in the page from a trace, beside a one-listener floor extension on the
 * same 2 MB pages, loads interleaved): the eager bundle (adapters evaluated on every load:
 * 145 KiB, 7–16 ms); a 6 KiB loader that checked the click itself, hooked the Navigation
 * API and read the URL at injection, with the capture code as a lazily imported chunk
 * (1.0–1.2 ms against the floor's 0.22–0.26, idle machine); and this one-listener script
 * with the click check and the capture code both on demand. Traced step by step on the
 * 6 KiB loader (2 MB Glassdoor/InfoJobs pages, medians of 6–7 loads): the floor 0.25 ms;
 * plus the Navigation API hook 0.3–0.4; plus a requestIdleCallback 0.6; plus parsing 6 KiB
 * without running it 0.6–0.7; running the URL checks (new URL, boardOfHost, isJobPage,
 * urlJob) added the rest. Together they were over the 0.5 ms goal, so none stays at
 * injection. The capture code is never injected by the background on a click: that puts a
 * round trip through a service worker that may be asleep between the click and the page
 * read. WXT's unlisted-script wrapper stays (the built file is 0.75 KiB, about 0.4 KiB of
 * it the wrapper): the script stays typed and built like the rest, and with it the script
 * measured well within the goal (below); a hand-written file without it was not measured.
 *
 * Measured 2026-12-01 (BENCH_LOAD_RUNS=5 BENCH_CLICK_RUNS=3, medians of 5 interleaved
 * loads; the machine shared with other jobs, load average 3–5): 0.37–0.48 ms on every
 * board's page whose URL names the job against the floor's 0.22–0.39 in the same run,
 * 0.09–0.21 over; a LinkedIn in-app move 0.00 (nothing of ours runs). Indeed search
 * without vjk, where the background injects the pane read: 2.3 ms against 0.23, the cost of
 * reading the pane, paid only on such pages. Probed on that page (7 loads each, load
 * average about 4): injecting a file that reads nothing costs about 0.15 ms over this
 * script; the rest is evaluating the pane read (9 KiB: only the three boards' currentJob;
 * with all the adapters, 35 KiB, about 0.8 ms more) and querying the 2 MB page (the 6 KiB
 * loader read it at idle: 2.4 ms on an idle machine). The pane read compared by trace
 * on that page (2026-12-01, 4–7 loads each, load average 4–8, the floor 0.20–0.24):
 * the full read 2.37 ms; an injected file that reads nothing 0.56 (the injection costs
 * about 0.2 over this script); reading the pane by id with getElementById 1.25 — the first
 * element object the extension's isolated world gets costs 0.3–0.9 ms of setting up the
 * DOM's prototypes there, whatever the query; the same read in the page's main world
 * (world: 'MAIN') no cheaper (0.6–0.8 per injection) and open to the page's scripts;
 * executeScript({func}) does not show in the trace as the extension's, so the bench could
 * not see its cost, and was not taken; one document.evaluate with a string result (no
 * element object) 0.3–0.45 per injection, 0.8–1.0 when it also confirmed the selected card
 * by id. Taken: one XPath by id (capture/pane-key.ts): 1.12 ms against 0.24 (7 loads,
 * load average 7); in the capture bench (BENCH_LOAD_RUNS=5, load average falling from 6
 * to 1.5) 1.27 ms against 0.28, 0.99 over: still not within the 0.5 ms goal on that page.
 * Then the background stopped reading such a page while no job of its board is tracked
 * (BENCH_LOAD_RUNS=5, idle machine): 0.37 ms against 0.23 with no Indeed job tracked,
 * 1.29 against 0.26 with one. Apply click →
 * stored now waits for one more module load: medians 26–42 ms in that run; back to back
 * with the 6 KiB loader's build (7 clicks per 2 MB page, load average 7–9) 29–41 ms
 * against 12–28, under the 50 ms budget but with less room. A pointerdown listener that
 * loaded the click check ahead of the click gained nothing there (the bench's press and
 * release are back to back), so it was left out.
 *
 * The price: an Apply is recognised a module load after the click instead of during it.
 * The clicked element is kept, so a control the site takes out of the page on click is
 * still recognised (closest() works in a detached subtree), but one whose label the site
 * rewrites in place is judged by its new label; the URL is the one at the click, so an
 * in-app move the click starts does not change the decision.
 */
export function createApplyClick(env: ApplyClickEnv): ApplyClick {
  let loading: Promise<CaptureRun> | undefined;
  return (target, href) => {
    let control: Element | undefined;
    try {
      const url = new URL(href);
      const board = boardOfHost(url.hostname);
      // LinkedIn's script runs on the whole site: only its /jobs pages are ever read.
      if (!board || !isJobPage(url) || !env.isValid()) return;
      control = findApplyControl(target, APPLY_SELECTORS[board]);
    } catch {
      return;
    }
    if (!control) return;
    const clicked = control;
    loading ??= env.load();
    loading.then(
      (capture) => capture.apply(clicked),
      (error: unknown) => console.warn('JobTrack: capture could not load', error),
    );
  };
}
