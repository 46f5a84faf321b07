import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../../support/chromium';
import { oneColumnPdf, twoPagePdf } from '../../support/cv-samples';
import type { ParseTiming } from '../pages/cv-parse';
import type { BenchRow } from '../report';
import { median } from '../stats';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const ORIGIN = 'https://bench.jobtrack.test';
const PAGE = 'tests/bench/pages/cv-parse.html';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
};

/**
 * CV parsing in Chromium, timed inside the page: the product's extractCvText with the
 * browser pdf.js build and its bundled worker (built here with Vite into a temporary
 * folder and served under a fake origin), on the PDFs the CV tests generate
 * (tests/support/cv-samples.ts): the first parse in a fresh page (which also loads pdf.js
 * and starts its worker) and the next one in the same page.
 */
export async function measureCvPdf(runs = 9): Promise<BenchRow[]> {
  const out = mkdtempSync(join(tmpdir(), 'jobtrack-bench-cv-'));
  try {
    await build({
      root,
      configFile: false,
      logLevel: 'silent',
      base: './',
      build: { outDir: out, emptyOutDir: true, rollupOptions: { input: join(root, PAGE) } },
    });
    const browser = await chromium.launch({
      executablePath: findChromium(),
      headless: true,
      args: CHROMIUM_ARGS,
    });
    try {
      const context = await browser.newContext();
      await context.route(`${ORIGIN}/**`, (route) => {
        const path = join(out, decodeURIComponent(new URL(route.request().url()).pathname));
        try {
          const body = readFileSync(path);
          void route.fulfill({
            status: 200,
            contentType: TYPES[extname(path)] ?? 'application/octet-stream',
            body,
          });
        } catch {
          void route.fulfill({ status: 404, body: '' });
        }
      });
      const samples = [
        { label: 'one-page', name: 'cv.pdf', bytes: [...oneColumnPdf()] },
        { label: 'two-page', name: 'cv-two-pages.pdf', bytes: [...twoPagePdf()] },
      ];
      const firsts: Record<string, number[]> = Object.fromEntries(samples.map((s) => [s.label, []]));
      const warm: Record<string, number[]> = Object.fromEntries(samples.map((s) => [s.label, []]));
      const info: Record<string, ParseTiming> = {};
      for (let i = 0; i < runs; i++) {
        for (const sample of samples) {
          const page = await context.newPage();
          await page.goto(`${ORIGIN}/${PAGE}`);
          await page.waitForFunction('typeof globalThis.__parseCv === "function"');
          const parse = () =>
            page.evaluate(
              ([name, bytes]) =>
                (
                  globalThis as unknown as { __parseCv: (n: string, b: number[]) => Promise<ParseTiming> }
                ).__parseCv(name, bytes),
              [sample.name, sample.bytes] as const,
            );
          firsts[sample.label]?.push((await parse()).ms);
          const again = await parse();
          warm[sample.label]?.push(again.ms);
          info[sample.label] = again;
          await page.close();
        }
      }
      return samples.flatMap((sample): BenchRow[] => {
        const detail = info[sample.label];
        const what = `${sample.label} CV PDF in Chromium (${detail?.chars ?? '?'} chars, ${(sample.bytes.length / 1024).toFixed(1)} KiB)`;
        return [
          {
            suite: 'cv',
            metric: `first parse of a ${what}, fresh page: loads pdf.js and starts its worker`,
            unit: 'ms',
            median: median(firsts[sample.label] ?? []),
            runs,
            budget: { limit: 500, better: 'lower' },
            note: 'what a user waits for on their first CV import',
          },
          {
            suite: 'cv',
            metric: `next parse of a ${what}, pdf.js ready`,
            unit: 'ms',
            median: median(warm[sample.label] ?? []),
            runs,
            budget: { limit: 500, better: 'lower' },
          },
        ];
      });
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export const cvPdfSuite = { name: 'cv', run: () => measureCvPdf() };
