import type { Page } from 'playwright-core';
import { computeInsights } from '../../../extension/insights/compute';
import { NO_FILTER } from '../../../extension/insights/filters';
import { defaultPreferences } from '../../../extension/store/schema';
import { type LoadedExtension, launchExtension } from '../../support/extension';
import { realisticApplications } from '../../support/seed';
import { seedStorage } from '../../support/tracker-e2e';
import type { BenchRow } from '../report';
import { median } from '../stats';
import { defaultCv, setApplications } from './pages';

/**
 * The Insights tab of the built tracker with 5,000 realistic applications and a default
 * CV. Once every record is parsed ("5000 of 5000"), a click on the Insights tab → the
 * figures are in the DOM and a frame has passed (the lazy chunk's load, the computation
 * and the render); → the match-score figure is filled (5,000 jobs scored in batches). The
 * baseline is the same measurement for the Applications tab (the virtualised table) in
 * the same page. Beside it, the computation alone in Node.
 */
const COUNT = 5_000;
const RUNS = 7;

/** Clicks a tab and resolves with ms until `selector` is in the DOM and a frame has passed. */
const SWITCH = (view: string, selector: string) => `new Promise((resolve) => {
  const started = performance.now();
  const done = () => requestAnimationFrame(() => resolve(performance.now() - started));
  const observer = new MutationObserver(() => {
    if (!document.querySelector(${JSON.stringify(selector)})) return;
    observer.disconnect();
    done();
  });
  observer.observe(document.body, { subtree: true, childList: true });
  [...document.querySelectorAll('.tabs a')].find((a) => a.getAttribute('href') === ${JSON.stringify(view)}).click();
})`;

const WAIT_FOR = (selector: string, since: number) => `new Promise((resolve) => {
  const check = () => document.querySelector(${JSON.stringify(selector)}) ? resolve(performance.now() - ${since}) : setTimeout(check, 5);
  check();
})`;

interface Sample {
  insights: number;
  scores: number;
  list: number;
}

async function sample(ext: LoadedExtension): Promise<Sample> {
  const page: Page = await ext.context.newPage();
  try {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`chrome-extension://${ext.extensionId}/tracker.html`);
    await page.waitForFunction(
      (n) => document.querySelector('.toolbar__count')?.textContent?.startsWith(`${n} `),
      COUNT,
      { timeout: 60_000 },
    );
    const start = (await page.evaluate('performance.now()')) as number;
    const insights = (await page.evaluate(SWITCH('?view=insights', '#insights-responses table'))) as number;
    const scores = (await page.evaluate(WAIT_FOR('#insights-scores .bars__row', start))) as number;
    const list = (await page.evaluate(SWITCH('?', '.table__body .table__row'))) as number;
    return { insights, scores, list };
  } finally {
    await page.close();
  }
}

export const insightsSuite = {
  name: 'insights',
  async run(): Promise<BenchRow[]> {
    const apps = realisticApplications(COUNT);
    const stages = defaultPreferences().stages;
    const now = Date.now();
    const compute: number[] = [];
    for (let i = 0; i < 15; i++) {
      const started = performance.now();
      computeInsights({ apps, stages, filter: NO_FILTER, now });
      compute.push(performance.now() - started);
    }
    const ext = await launchExtension();
    const samples: Sample[] = [];
    try {
      await seedStorage(ext, { 'cv:bench-cv': defaultCv() });
      await setApplications(ext, apps);
      await sample(ext); // warm-up
      for (let i = 0; i < RUNS; i++) samples.push(await sample(ext));
    } finally {
      await ext.close();
    }
    const list = median(samples.map((s) => s.list));
    const n = COUNT.toLocaleString('en-US');
    return [
      {
        suite: 'insights',
        metric: `Insights tab click → figures drawn, ${n} applications (lazy chunk + compute + render)`,
        unit: 'ms',
        median: median(samples.map((s) => s.insights)),
        runs: RUNS,
        baseline: { label: 'Applications tab, same page', median: list },
        budget: { limit: 200, better: 'lower' },
      },
      {
        suite: 'insights',
        metric: `Insights tab click → match-score figure filled, ${n} applications scored in batches`,
        unit: 'ms',
        median: median(samples.map((s) => s.scores)),
        runs: RUNS,
        note: 'the other figures are usable meanwhile',
      },
      {
        suite: 'insights',
        metric: `computeInsights alone, ${n} applications (Node)`,
        unit: 'ms',
        median: median(compute),
        runs: compute.length,
      },
    ];
  },
};
