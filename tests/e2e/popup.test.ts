import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoadedExtension, launchExtension } from '../support/extension';
import { seedApplications, seedItems } from '../support/seed-applications';
import { readKey, seedStorage, sendFromPage, seriousViolations } from '../support/tracker-e2e';

const SHOTS = 'tests/.artifacts/screenshots';
let ext: LoadedExtension;

async function openPopup(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await ext.context.newPage();
  // The size Chrome gives the popup (its body is 400 px wide and 560 px tall).
  await page.setViewportSize({ width: 400, height: 580 });
  await page.emulateMedia({ colorScheme });
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await page.locator('.prow').first().waitFor();
  return page;
}

beforeAll(async () => {
  ext = await launchExtension();
  await seedStorage(ext, await seedItems(seedApplications(5000)));
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await ext?.close();
});

describe('popup with 5,000 applications', () => {
  it('shows the newest first, renders only what is on screen, and reports time to first rows and memory', async () => {
    const page = await openPopup();
    await expect.poll(() => page.locator('.popup__count').textContent()).toBe('5000 of 5000 applications');
    expect(await page.locator('.prow__title').first().textContent()).toBe('Backend Engineer 1');
    expect(await page.locator('.prow').count()).toBeLessThan(40);
    // No CV yet: the match score seam renders nothing.
    expect(await page.locator('.prow .score').count()).toBe(0);
    const firstRows = await page.evaluate(
      () => performance.getEntriesByName('jobtrack:first-rows')[0]?.startTime,
    );
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
    // Measured, not asserted: the benchmark owns budgets (see TESTING notes).
    console.log(
      `[measure] popup, 5,000 applications: first rows at ${firstRows?.toFixed(0)} ms after navigation; ` +
        `JS heap used ${(metric('JSHeapUsedSize') / 1048576).toFixed(1)} MB; DOM nodes ${metric('Nodes')}`,
    );
    expect(firstRows).toBeGreaterThan(0);
    await page.close();
  });

  it('searches, filters, changes a status in two clicks, and the change is stored', async () => {
    const page = await openPopup();
    await page.locator('#popup-search').fill('Engineer 4321');
    await expect
      .poll(() => page.locator('.prow__title').allTextContents())
      .toEqual(['Backend Engineer 4321']);
    await page.locator('#popup-search').fill('');
    await page.locator('#popup-status').selectOption('offer');
    const count = Number((await page.locator('.popup__count').textContent())?.split(' ')[0]);
    expect(count).toBeGreaterThan(100);
    expect(count).toBeLessThan(5000);
    for (const status of await page
      .locator('.prow select')
      .evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value))) {
      expect(status).toBe('offer');
    }
    // Status change: open the chip's select, pick a stage.
    const row = page.locator('.prow').first();
    const id = await row.getAttribute('data-id');
    await row.locator('select').selectOption('withdrawn');
    await expect
      .poll(async () => (await readKey<{ status: string }>(ext, `app:${id}`))?.status, { timeout: 10_000 })
      .toBe('withdrawn');
    const stored = (await readKey(ext, `app:${id}`)) as {
      title: string;
      events: { type: string; stage?: string }[];
    };
    expect(stored.events.at(-1)).toMatchObject({ type: 'status', stage: 'withdrawn' });
    // The filtered list follows storage: the row left the "offer" filter.
    await expect.poll(() => page.locator(`.prow[data-id="${id}"]`).count()).toBe(0);
    // Persisted: a fresh popup shows the new status.
    const again = await openPopup();
    await again.locator('#popup-search').fill(stored.title);
    await expect.poll(() => again.locator(`.prow[data-id="${id}"] select`).inputValue()).toBe('withdrawn');
    await page.close();
    await again.close();
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    const page = await openPopup();
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('takes screenshots: light and dark, English and Spanish', async () => {
    for (const lang of ['en', 'es'] as const) {
      const page = await openPopup();
      expect((await sendFromPage(page, { type: 'set-preferences', language: lang })).ok).toBe(true);
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.screenshot({ path: `${SHOTS}/popup-${lang}-${scheme}.png` });
      }
      await page.close();
    }
  });
});
