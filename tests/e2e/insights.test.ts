import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { popupSummary } from '../../extension/insights/summary';
import { extensionDir, type LoadedExtension, launchExtension } from '../support/extension';
import { HISTORY, STAGES } from '../support/insights-history';
import { seedItems } from '../support/seed-applications';
import { seedStorage, sendFromPage, seriousViolations } from '../support/tracker-e2e';

/**
 * The Insights tab in the built extension: loaded as a chunk of its own only when the tab
 * opens, its figures link to the filtered list, and the popup shows its summary line.
 */
const SHOTS = 'tests/.artifacts/screenshots';
let ext: LoadedExtension;

async function open(
  path: string,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<{ page: Page; requested: string[] }> {
  const page = await ext.context.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.emulateMedia({ colorScheme });
  await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
  return { page, requested };
}

beforeAll(async () => {
  ext = await launchExtension();
  await seedStorage(ext, await seedItems(HISTORY));
  const { page } = await open('tracker.html');
  const result = await sendFromPage(page, { type: 'set-stages', stages: STAGES });
  expect(result.ok).toBe(true);
  await page.close();
});
afterAll(async () => {
  await ext?.close();
});

describe('insights in the built extension', () => {
  it('keeps the charts out of the content scripts, the popup and the tracker until the tab opens', async () => {
    const dir = extensionDir();
    const chunks = readdirSync(join(dir, 'chunks'));
    const insightsChunk = chunks.find((file) => file.startsWith('insights-view-'));
    expect(insightsChunk).toBeDefined();
    for (const script of [
      'capture-loader.js',
      'capture-click.js',
      'capture-run.js',
      'capture-pane.js',
      'capture-pane-key.js',
      'manual-capture.js',
      'background.js',
    ]) {
      expect(readFileSync(join(dir, script), 'utf8')).not.toContain('chart__board');
    }
    const popup = await open('popup.html');
    await popup.page.locator('.popup__summary').waitFor();
    expect(popup.requested.some((url) => url.includes('insights-view'))).toBe(false);
    await popup.page.close();

    const tracker = await open('tracker.html');
    await expect
      .poll(() => tracker.page.locator('.toolbar__count').textContent())
      .toBe('11 of 11 applications');
    expect(tracker.requested.some((url) => url.includes('insights-view'))).toBe(false);
    await tracker.page.getByRole('link', { name: 'Insights' }).click();
    await tracker.page.locator('#insights-funnel').waitFor();
    expect(tracker.requested.some((url) => url.endsWith(`/chunks/${insightsChunk}`))).toBe(true);
    await tracker.page.close();
  });

  it('shows the figures of the stored history, and a step opens the list filtered to it', async () => {
    const { page } = await open('tracker.html?view=insights');
    const value = (key: string) =>
      page.locator(`#insights-funnel [data-key="${key}"] .bars__value`).textContent();
    await expect.poll(() => value('interviewing')).toBe('4 · 40%');
    expect(await value('applied')).toBe('10');
    expect(await value('offer')).toBe('1 · 25%');
    await page.locator('#insights-funnel [data-key="interviewing"] a').click();
    await expect.poll(() => page.locator('.toolbar__count').textContent()).toBe('4 of 11 applications');
    expect(await page.locator('.filter-summary').textContent()).toContain('reached an interview');
    expect(new URL(page.url()).search).toBe('?cut=interviewing');
    const titles = async () =>
      (await page.locator('.table__body .table__title').allTextContents()).map((t) => t.trim()).sort();
    expect(await titles()).toEqual(['Role b', 'Role g', 'Role j', 'Role k']);
    // A reload keeps the filter (it lives in the URL), and Insights counts the same set.
    await page.reload();
    await expect.poll(() => page.locator('.toolbar__count').textContent()).toBe('4 of 11 applications');
    expect(await titles()).toEqual(['Role b', 'Role g', 'Role j', 'Role k']);
    await page.getByRole('link', { name: 'Insights' }).click();
    await expect
      .poll(() => page.locator('.insights__count [role="status"]').textContent())
      .toBe('4 applications counted.');
    // Back: the filtered list; Back again: Insights unfiltered, where the link was clicked.
    await page.goBack();
    await expect.poll(() => page.locator('.toolbar__count').textContent()).toBe('4 of 11 applications');
    await page.goBack();
    await expect.poll(() => value('applied')).toBe('10');
    expect(await page.locator('.filter-summary').count()).toBe(0);
    await page.goForward();
    await expect.poll(() => page.locator('.toolbar__count').textContent()).toBe('4 of 11 applications');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.locator('.toolbar__count').textContent()).toBe('11 of 11 applications');
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });

  it('opens the list filtered from a link in a new tab (the URL carries the filter)', async () => {
    const { page } = await open('tracker.html?board=indeed&cut=no-answer-14');
    await expect.poll(() => page.locator('.toolbar__count').textContent()).toBe('2 of 11 applications');
    expect(await page.locator('.filter-summary__part').allTextContents()).toEqual([
      'Indeed ×',
      'no answer after 14 days ×',
    ]);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/insights-list-link-en-light.png` });
    await page.close();
  });

  it('shows the summary line in the popup', async () => {
    const { page } = await open('popup.html');
    const expected = popupSummary(HISTORY, STAGES, Date.now());
    await expect
      .poll(() => page.locator('.popup__summary').textContent())
      .toBe(
        `This week: ${expected.appliedThisWeek} applied · ${expected.waiting14} unanswered after 14+ days`,
      );
    await page.close();
  });

  it('has no serious or critical accessibility violations, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page } = await open('tracker.html?view=insights', scheme);
      await page.locator('#insights-responses table').waitFor();
      await page.screenshot({ path: `${SHOTS}/insights-page-en-${scheme}.png`, fullPage: true });
      expect({ scheme, violations: await seriousViolations(page) }).toEqual({ scheme, violations: [] });
      await page.close();
    }
  });
});
