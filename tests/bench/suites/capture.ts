import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { adapterFor } from '../../../extension/sites/extract';
import { BOARD_MATCHES } from '../../../extension/sites/hosts';
import { CHROMIUM_ARGS, findChromium } from '../../support/chromium';
import {
  evaluateInContentScript,
  extensionDir,
  isWebUrl,
  type LoadedExtension,
  launchExtension,
  serveHtml,
} from '../../support/extension';
import type { BenchRow } from '../report';
import { median, quantile } from '../stats';

/**
 * Capture, in the built extension in Chromium, on fixture pages served under the boards'
 * real URLs:
 * - click-to-stored: the Apply click's time in the page and the stored record's
 *   chrome.storage.onChanged time in the service worker, on one clock
 *   (performance.timeOrigin + performance.now() in both);
 * - load cost: script time (CDP Performance.getMetrics ScriptDuration) of the same page
 *   in a browser with the extension and in one without it, interleaved in the same run;
 * - content-script bundle sizes from the build output.
 */

const PAGES = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));

/** Where each job fixture lives on its board (the URLs the adapter tests use). */
const FIXTURE_URLS: Record<string, string> = {
  // ~2 MB pages (tests/fixtures/pages/make-large.ts): the open job among hundreds of cards.
  'linkedin/pane-search-large.html':
    'https://www.linkedin.com/jobs/search/?currentJobId=4034567890&keywords=machine%20learning',
  'indeed/search-us-large.html':
    'https://www.indeed.com/jobs?q=registered+nurse&l=Portland%2C+OR&vjk=7777aaaa8888bbbb',
  'glassdoor/search-es-large.html':
    'https://www.glassdoor.es/Empleo/madrid-desarrollador-empleos-SRCH_IL.0,6_IC2664239_KO7,20.htm?jl=1009202020202',
  'linkedin/view-2026-large.html': 'https://www.linkedin.com/jobs/view/4081234567/',
  'indeed/search-no-vjk-large.html':
    'https://www.indeed.com/jobs?q=warehouse+systems+analyst&l=Columbus%2C+OH',
  'infojobs/offer-descripcion-large.html':
    'https://www.infojobs.net/valencia/tecnico-soporte-microinformatico/of-i5e6f7a8b9c0d4e1f2a3b4c5d6e7f8a9b',
  'infojobs/offer-large.html':
    'https://www.infojobs.net/madrid/desarrollador-backend-java/of-i3f2a1b0c9d8e47f6a5b4c3d2e1f0a9b8',
  'tecnoempleo/offer-large.html':
    'https://www.tecnoempleo.com/desarrollador-python-django/python-django/rf-a1b2c3d4e5f6a7b8c9d0',
  'linkedin/guest-offsite-salary.html':
    'https://www.linkedin.com/jobs/view/senior-platform-engineer-at-northwind-robotics-4012345678?trk=public_jobs_topcard-title&refId=x',
  'linkedin/pane-search-easy-apply.html':
    'https://www.linkedin.com/jobs/search/?currentJobId=4034567890&keywords=machine%20learning',
  'linkedin/guest-es-onsite.html': 'https://es.linkedin.com/jobs/view/4023456789/',
  'indeed/viewjob-company-site.html': 'https://www.indeed.com/viewjob?jk=5f3a2b1c9d8e7f60&from=serp&tk=1h2',
  'indeed/search-es-vjk.html':
    'https://es.indeed.com/jobs?q=desarrollador+frontend&l=Valencia&vjk=9e8d7c6b5a493827',
  'glassdoor/job-easy-apply-us.html':
    'https://www.glassdoor.com/job-listing/senior-ios-engineer-loop-orchard-inc-JV_IC1150505_KO0,19_KE20,36.htm?jl=1009451230987&src=GD_JOB_AD',
  'glassdoor/search-es-pane.html':
    'https://www.glassdoor.es/Empleo/madrid-desarrollador-empleos-SRCH_IL.0,6_IC2664239_KO7,20.htm?jl=1009202020202',
  'infojobs/offer-hybrid-salary.html':
    'https://www.infojobs.net/madrid/desarrollador-backend-java/of-i3f2a1b0c9d8e47f6a5b4c3d2e1f0a9b8?applicationOrigin=search-new&page=1',
  'infojobs/offer-remote-no-salary.html':
    'https://www.infojobs.net/barcelona/tecnico-soporte-it/of-ia9b8c7d6e5f44a3b2c1d0e9f8a7b6c5d',
  'tecnoempleo/offer-microdata.html':
    'https://www.tecnoempleo.com/desarrollador-python-django/python-django/rf-a1b2c3d4e5f6a7b8c9d0',
  'tecnoempleo/offer-jsonld.html':
    'https://www.tecnoempleo.com/ingeniero-devops-aws/aws-terraform/rf-0f9e8d7c6b5a49382716',
};

export interface BoardPage {
  board: string;
  file: string;
  url: string;
  html: string;
  /** The board adapter's Apply selectors: the control the user clicks. */
  applySelector: string;
}

function boardPage(board: string, file: string): BoardPage {
  const url = FIXTURE_URLS[file] as string;
  const adapter = adapterFor(new URL(url));
  if (!adapter) throw new Error(`bench: no adapter for ${url}`);
  return {
    board,
    file,
    url,
    html: readFileSync(join(PAGES, file), 'utf8'),
    applySelector: adapter.applySelectors.join(', '),
  };
}

/** Every job fixture with a known URL, each board's largest first. */
function knownPages(): { board: string; files: string[] }[] {
  return readdirSync(PAGES)
    .filter((board) => statSync(join(PAGES, board)).isDirectory())
    .map((board) => ({
      board,
      files: readdirSync(join(PAGES, board))
        .map((name) => `${board}/${name}`)
        .filter((file) => FIXTURE_URLS[file])
        .sort((a, b) => statSync(join(PAGES, b)).size - statSync(join(PAGES, a)).size),
    }));
}

/** The largest job fixture of each board that has a known URL. */
export function largestBoardPages(): BoardPage[] {
  return knownPages().flatMap(({ board, files }) => (files[0] ? [boardPage(board, files[0])] : []));
}

/** Every ~2 MB page (each board's noisy layouts), for click-to-stored. */
export function largeBoardPages(): BoardPage[] {
  return knownPages().flatMap(({ board, files }) =>
    files.filter((file) => statSync(join(PAGES, file)).size > 2 ** 20).map((file) => boardPage(board, file)),
  );
}

/**
 * Runs in the page's main world before its own scripts: stamps every click (window, capture
 * phase: before the content script's document listener) and keeps the page where it is
 * (bubble phase: after it), so an Apply link's navigation or new tab does not end the run.
 */
function stampClicks() {
  const w = window as unknown as { __benchClickAt?: number };
  window.addEventListener(
    'click',
    () => (w.__benchClickAt = performance.timeOrigin + performance.now()),
    true,
  );
  window.addEventListener('click', (event) => event.preventDefault());
}

/** In the service worker: the time each application record lands in chrome.storage.local. */
function listenForStoredRecords() {
  const g = globalThis as unknown as { __benchStored?: number[] };
  if (g.__benchStored) {
    g.__benchStored.length = 0;
    return;
  }
  const stored: number[] = [];
  g.__benchStored = stored;
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    const at = performance.timeOrigin + performance.now();
    if (Object.entries(changes).some(([key, change]) => key.startsWith('app:') && change.newValue)) {
      stored.push(at);
    }
  });
}

function workerOf(ext: LoadedExtension) {
  return ext.context.serviceWorkers().at(-1) ?? ext.worker;
}

async function clickToStored(ext: LoadedExtension, page: Page, target: BoardPage): Promise<number> {
  const worker = workerOf(ext);
  await worker.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    await chrome.storage.local.remove(Object.keys(all).filter((key) => key.startsWith('app:')));
  });
  await worker.evaluate(listenForStoredRecords);
  await page.goto(target.url, { waitUntil: 'load' });
  // The content script is in (its world exists and has run its main()).
  await evaluateInContentScript(page, ext.extensionId, '1');
  const control = page.locator(target.applySelector).first();
  // On the 2 MB pages the open job's pane is far down: bring it on screen, as a user would.
  await control.scrollIntoViewIfNeeded();
  const box = await control.boundingBox();
  if (!box) throw new Error(`bench: no visible Apply control on ${target.file}`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  // A string, not a function: tsx would wrap a named inner function in a helper the worker lacks.
  const storedAt = await worker.evaluate<number>(`new Promise((resolve, reject) => {
    const deadline = Date.now() + 5000;
    const check = () => {
      const first = globalThis.__benchStored[0];
      if (first !== undefined) resolve(first);
      else if (Date.now() > deadline) reject(new Error('no record stored within 5 s'));
      else setTimeout(check, 2);
    };
    check();
  })`);
  const clickAt = await page.evaluate(
    () => (window as unknown as { __benchClickAt?: number }).__benchClickAt,
  );
  if (clickAt === undefined) throw new Error(`bench: the click on ${target.file} was not seen`);
  return storedAt - clickAt;
}

interface LoadMetrics {
  /** The page's whole main-thread script time (CDP Performance.getMetrics ScriptDuration). */
  script: number;
  task: number;
  /** Of that, what the trace attributes to the extension's own scripts (0 without one). */
  own: number;
  /** Which of the extension's files ran in the page (content script, injected reads). */
  ran: string[];
}

/**
 * After the load: the content script has run, and so has the background's pane read where
 * the URL names no job (injected once the tab has loaded). The same wait in every browser.
 */
const SETTLE =
  'new Promise((r) => requestIdleCallback(() => setTimeout(() => requestIdleCallback(() => r(1)), 150)))';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event; `dur` is wall time, which counts descheduling. */
  tdur?: number;
  tid: number;
  args?: { data?: { url?: string }; fileName?: string };
}

/**
 * Main-thread time the trace attributes to scripts of `origin` (compiling and running the
 * content script, and every callback of it that ran): the top-level EvaluateScript and
 * FunctionCall events whose script is the extension's. The page's own work, which varies
 * by several ms between loads on a shared machine, is not in it.
 */
function ownTime(events: TraceEvent[], origin: string): Pick<LoadMetrics, 'own' | 'ran'> {
  const ours = events.filter(
    (e) =>
      e.ph === 'X' &&
      (e.name === 'EvaluateScript' || e.name === 'FunctionCall') &&
      (e.args?.data?.url ?? '').startsWith(origin),
  );
  const inside = (e: TraceEvent, o: TraceEvent) =>
    o !== e && o.tid === e.tid && o.ts <= e.ts && o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0);
  // Thread time: on a machine shared by several jobs, wall time is mostly waiting.
  const own =
    ours.filter((e) => !ours.some((o) => inside(e, o))).reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0) /
    1000;
  const ran = [...new Set(ours.map((e) => (e.args?.data?.url ?? '').slice(origin.length)))].sort();
  return { own, ran };
}

const notTraced = { own: 0, ran: [] };

/** A page with the Performance domain on, a trace to start and stop, and its metrics. */
async function instrumented(context: BrowserContext) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  let events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const startTrace = async () => {
    events = [];
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,v8.execute',
      transferMode: 'ReportEvents',
    });
  };
  const stopTrace = async () => {
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
  const metrics = async () => {
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => (list.find((m) => m.name === name)?.value ?? Number.NaN) * 1000;
    return { script: metric('ScriptDuration'), task: metric('TaskDuration') };
  };
  const close = async () => {
    await cdp.detach();
    await page.close();
  };
  return { page, metrics, startTrace, stopTrace, close };
}

async function settle(page: Page, extensionId?: string): Promise<void> {
  if (extensionId) await evaluateInContentScript(page, extensionId, SETTLE);
  else await page.evaluate(SETTLE);
}

/** Script and task time (ms) of one fresh load of `url`, the content script included. */
export async function loadMetrics(
  context: BrowserContext,
  url: string,
  extensionId?: string,
): Promise<LoadMetrics> {
  const { page, metrics, startTrace, stopTrace, close } = await instrumented(context);
  await startTrace();
  await page.goto(url, { waitUntil: 'load' });
  await settle(page, extensionId);
  const { script, task } = await metrics();
  const events = await stopTrace();
  await close();
  return {
    script,
    task,
    ...(extensionId ? ownTime(events, `chrome-extension://${extensionId}/`) : notTraced),
  };
}

/**
 * A LinkedIn in-app move to another job, as LinkedIn does it when a card is clicked: the
 * URL changes with pushState and the pane re-renders, with no page load. Measures the
 * script time from the move until things settle (the badge is the background's, from the
 * new URL), the load itself excluded.
 */
async function navigationMetrics(
  context: BrowserContext,
  url: string,
  nextJobId: string,
  extensionId?: string,
): Promise<LoadMetrics> {
  const { page, metrics, startTrace, stopTrace, close } = await instrumented(context);
  await page.goto(url, { waitUntil: 'load' });
  await settle(page, extensionId);
  const before = await metrics();
  await startTrace();
  await page.evaluate((id) => {
    history.pushState({}, '', `/jobs/search/?currentJobId=${id}&keywords=machine%20learning`);
    const pane = document.querySelector('.jobs-search__job-details--container');
    if (pane) pane.innerHTML = pane.innerHTML.replaceAll('4034567890', id);
  }, nextJobId);
  await settle(page, extensionId);
  const after = await metrics();
  const events = await stopTrace();
  await close();
  return {
    script: after.script - before.script,
    task: after.task - before.task,
    ...(extensionId ? ownTime(events, `chrome-extension://${extensionId}/`) : notTraced),
  };
}

/**
 * A browser with no extension, its network cut off as launchExtension's watcher cuts it
 * (every request no page route answers is aborted). Without that, the two browsers ran a
 * different page: the 2 MB pages' failing subresources cost about 80 ms of script under the
 * watcher and none without it, which the 2026-12-01 run reported as the extensions' cost.
 */
export async function launchPlain(): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
  await context.route(isWebUrl, (route) => route.abort('blockedbyclient'));
  return context;
}

/**
 * The floor any capture content script pays: an unpacked extension whose content script,
 * on the same pages, only registers one capture-phase click listener.
 */
function floorExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jobtrack-bench-floor-'));
  const manifest = {
    manifest_version: 3,
    name: 'bench floor',
    version: '1.0',
    background: { service_worker: 'worker.js' },
    content_scripts: [{ matches: BOARD_MATCHES, js: ['content.js'], run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(
    join(dir, 'worker.js'),
    'chrome.runtime.onMessage.addListener((m, s, reply) => reply({ ok: true }));\n',
  );
  writeFileSync(join(dir, 'content.js'), "document.addEventListener('click', () => {}, true);\n");
  return dir;
}

export function contentScriptSizes(): { file: string; bytes: number; gzip: number }[] {
  const dir = extensionDir();
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[] }[];
  };
  const files = new Set((manifest.content_scripts ?? []).flatMap((entry) => entry.js ?? []));
  // Loaded on demand (the click check on a click, the capture code on an Apply, the pane
  // read where a URL names no job, manual capture through activeTab): also content-script
  // code, paid only when used.
  for (const name of readdirSync(dir)) {
    if (/^(manual-capture|capture-(click|run|pane|pane-key))\.js$/.test(name)) files.add(name);
  }
  return [...files].map((file) => {
    const bytes = readFileSync(join(dir, file));
    return { file, bytes: bytes.length, gzip: gzipSync(bytes).length };
  });
}

type Rounds = Record<'ext' | 'none' | 'floor', LoadMetrics[]>;

/** `runs` rounds (after one warm-up round) of the three measures, interleaved. */
async function interleaved(
  runs: number,
  measure: Record<keyof Rounds, () => Promise<LoadMetrics>>,
): Promise<Rounds> {
  const rounds: Rounds = { ext: [], none: [], floor: [] };
  for (let i = -1; i < runs; i++) {
    for (const key of ['ext', 'none', 'floor'] as const) {
      const value = await measure[key]();
      if (i >= 0) rounds[key].push(value);
    }
  }
  return rounds;
}

const iqr = (values: number[]) => quantile(values, 0.75) - quantile(values, 0.25);

/**
 * One cost row. The figure is the content script's own main-thread time, from the trace
 * (its compile, run and callbacks), beside the one-listener floor's; the whole page's
 * script time (what the issue's first measurement used) is given beside it with its noise:
 * the page's own work varies by more than the difference being measured.
 */
function costRow(what: string, rounds: Rounds, runs: number): BenchRow {
  const own = (list: LoadMetrics[]) => median(list.map((m) => m.own));
  const script = (list: LoadMetrics[]) => median(list.map((m) => m.script));
  const overFloor = own(rounds.ext) - own(rounds.floor);
  const pageOverNone = script(rounds.ext) - script(rounds.none);
  const floorOverNone = script(rounds.floor) - script(rounds.none);
  const noise = iqr(rounds.none.map((m) => m.script));
  const ran = [...new Set(rounds.ext.flatMap((m) => m.ran))].join(', ') || 'none';
  return {
    suite: 'capture',
    metric: `content-script time ${what}`,
    unit: 'ms',
    median: own(rounds.ext),
    runs,
    extra: `IQR ${iqr(rounds.ext.map((m) => m.own)).toFixed(2)} ms; ran ${ran}; whole page's script time +${pageOverNone.toFixed(2)} ms over no extension (floor +${floorOverNone.toFixed(2)}; page noise IQR ${noise.toFixed(2)} ms)`,
    baseline: { label: 'one-listener floor', median: own(rounds.floor) },
    note: `${overFloor <= 0.5 ? 'within 0.5 ms of' : `${overFloor.toFixed(2)} ms over`} the floor (traced, median of rounds)`,
  };
}

export interface CaptureBenchOptions {
  clickRuns?: number;
  loadRuns?: number;
}

export async function measureCapture(options: CaptureBenchOptions = {}): Promise<BenchRow[]> {
  const clickRuns = options.clickRuns ?? Number(process.env.BENCH_CLICK_RUNS ?? 9);
  const loadRuns = options.loadRuns ?? Number(process.env.BENCH_LOAD_RUNS ?? 7);
  // Each board's largest page and, for Indeed, also a search whose URL names the job (vjk):
  // its largest page names none, so the background injects the pane read there.
  const clickPages = largeBoardPages();
  const pages = [
    ...largestBoardPages(),
    ...clickPages.filter((target) => target.file === 'indeed/search-us-large.html'),
  ];
  const rows: BenchRow[] = [];

  const ext = await launchExtension();
  const plain = await launchPlain();
  const floorDir = floorExtension();
  const floor = await launchExtension({ extensionPath: floorDir });
  // Load cost: the same page with the extension, without any, and with the floor
  // extension, interleaved so drift on a shared machine hits all three alike.
  const loadCost = async (target: BoardPage, what: string) =>
    costRow(
      `on page load, ${target.board} (${what})`,
      await interleaved(loadRuns, {
        ext: () => loadMetrics(ext.context, target.url, ext.extensionId),
        none: () => loadMetrics(plain, target.url),
        floor: () => loadMetrics(floor.context, target.url, floor.extensionId),
      }),
      loadRuns,
    );
  try {
    for (const target of clickPages) {
      await serveHtml(ext.context, target.url, target.html);
      await serveHtml(plain, target.url, target.html);
      await serveHtml(floor.context, target.url, target.html);
    }
    // Before any click stores a job: an Indeed search without vjk while no Indeed job is
    // tracked (a new user's), where the background asks storage's keys instead of reading
    // the page (background/capture.ts mayShowTrackedJob).
    const noVjk = clickPages.find((target) => target.file === 'indeed/search-no-vjk-large.html');
    if (noVjk && loadRuns > 0)
      rows.push(await loadCost(noVjk, `${noVjk.file.split('/')[1]}, no Indeed job tracked yet`));

    // Click to stored, per board, each board in a tab of its own: the background allows a
    // tab ten captures a minute (CAPTURES_PER_TAB_PER_MINUTE), which is the warm-up plus
    // clickRuns (at most 9); one tab reused for every board would hit that limit.
    for (const target of clickPages) {
      const page = await ext.context.newPage();
      await page.addInitScript(stampClicks);
      await clickToStored(ext, page, target); // warm-up
      const times: number[] = [];
      for (let i = 0; i < clickRuns; i++) times.push(await clickToStored(ext, page, target));
      await page.close();
      rows.push({
        suite: 'capture',
        metric: `Apply click → record stored, ${target.board} (${target.file.split('/')[1]}, ${(target.html.length / 1024).toFixed(1)} KiB)`,
        unit: 'ms',
        median: median(times),
        runs: clickRuns,
        extra: `p90 ${quantile(times, 0.9).toFixed(1)} ms`,
        budget: { limit: 50, better: 'lower' },
      });
    }

    // Each click above began by removing every stored application: track the job the Indeed
    // search without vjk opens, so the rounds below measure that page's pane read (and the
    // badge it sets) as a user who tracks Indeed jobs meets it.
    if (noVjk && loadRuns > 0) {
      const page = await ext.context.newPage();
      await page.addInitScript(stampClicks);
      await clickToStored(ext, page, noVjk);
      await page.close();
    }
    // Load cost of each board's largest page.
    for (const target of loadRuns > 0 ? pages : [])
      rows.push(
        await loadCost(
          target,
          `${target.file.split('/')[1]}, ${(target.html.length / 2 ** 20).toFixed(1)} MiB`,
        ),
      );

    // A LinkedIn in-app move to another job (pushState and a re-rendered pane, no load).
    const linkedin = clickPages.find((target) => target.file === 'linkedin/pane-search-large.html');
    if (linkedin && loadRuns > 0) {
      const rounds = await interleaved(loadRuns, {
        ext: () => navigationMetrics(ext.context, linkedin.url, '4035550001', ext.extensionId),
        none: () => navigationMetrics(plain, linkedin.url, '4035550001'),
        floor: () => navigationMetrics(floor.context, linkedin.url, '4035550001', floor.extensionId),
      });
      rows.push(
        costRow('on a LinkedIn in-app move to another job (pushState, pane re-rendered)', rounds, loadRuns),
      );
    }
  } finally {
    await floor.close();
    rmSync(floorDir, { recursive: true, force: true });
    await plain.close();
    await ext.close();
  }

  for (const { file, bytes, gzip } of contentScriptSizes()) {
    rows.push({
      suite: 'capture',
      metric: `content-script bundle ${file}`,
      unit: 'KiB',
      median: bytes / 1024,
      runs: 1,
      extra: `${(gzip / 1024).toFixed(1)} KiB gzipped`,
    });
  }
  return rows;
}

export const captureSuite = { name: 'capture', run: () => measureCapture() };
