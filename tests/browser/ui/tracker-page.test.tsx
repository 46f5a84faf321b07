import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { Language } from '../../../extension/i18n/strings';
import { defaultPreferences } from '../../../extension/store/schema';
import type { TrackerData } from '../../../extension/ui/tracker-data';
import { TrackerPage } from '../../../extension/ui/tracker-page';
import { HISTORY, STAGES } from '../../support/insights-history';
import { filterSummary, mount, seriousViolations } from './harness';
import '../../../extension/ui/theme.css';
import '../../../extension/entrypoints/tracker/style.css';

/**
 * The filters the application list and Insights share, on the whole tracker page: set in
 * one view, seen in the other, kept in the URL through a remount (a reload) and through
 * Back and Forward.
 */
const data: TrackerData = {
  apps: HISTORY,
  preferences: { ...defaultPreferences(), stages: STAGES },
  cvs: [],
  complete: true,
  features: new Map(),
  featuresComplete: true,
};
// The test runner's own address: each test starts from a clean query and gets it back.
const original = location.href;
let mounted: ReturnType<typeof mount> | undefined;
beforeEach(() => history.replaceState(null, '', location.pathname));
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
  history.replaceState(null, '', original);
  delete document.documentElement.dataset.theme;
});

function open(search = '', lang: Language = 'en') {
  history.replaceState(null, '', `${location.pathname}${search}`);
  mounted = mount(<TrackerPage data={data} />, { lang });
  mounted.host.style.height = 'auto';
  mounted.host.style.display = 'block';
  return mounted.host;
}

const text = (root: ParentNode, selector: string) => root.querySelector(selector)?.textContent?.trim() ?? '';
const listCount = (host: HTMLElement) => text(host, '.toolbar__count');
const insightsCount = (host: HTMLElement) => text(host, '.insights__count [role="status"]');
const titles = (host: HTMLElement) =>
  [...host.querySelectorAll('.table__body .table__title')].map((el) => el.textContent?.trim()).sort();
const titlesOf = (apps: typeof HISTORY) => apps.map((app) => app.title).sort();
const tab = (name: string) => page.getByRole('navigation').getByRole('link', { name });

async function toInsights(host: HTMLElement, name = 'Insights') {
  await userEvent.click(tab(name));
  await vi.waitFor(() => expect(host.querySelector('.insights__count')).not.toBeNull());
}

describe('filters shared by the list and Insights', () => {
  it('set in the list (board, status menu), they give Insights its numbers', async () => {
    const host = open();
    expect(listCount(host)).toBe('11 of 11 applications');
    await userEvent.selectOptions(host.querySelector<HTMLSelectElement>('#tracker-board')!, 'indeed');
    const indeed = HISTORY.filter((app) => app.board === 'indeed');
    expect(listCount(host)).toBe(`${indeed.length} of 11 applications`);
    expect(titles(host)).toEqual(titlesOf(indeed));
    expect(filterSummary(host)).toBe('Indeed');
    expect(new URLSearchParams(location.search).get('board')).toBe('indeed');

    await toInsights(host);
    expect(insightsCount(host)).toBe(`${indeed.length} applications counted.`);
    expect(host.querySelector<HTMLSelectElement>('#insights-board')?.value).toBe('indeed');
    expect(filterSummary(host)).toBe('Indeed');

    // The list's own status menu is the shared status.
    await userEvent.click(tab('Applications'));
    await userEvent.selectOptions(host.querySelector<HTMLSelectElement>('#tracker-status')!, 'applied');
    const both = indeed.filter((app) => app.status === 'applied');
    expect(titles(host)).toEqual(titlesOf(both));
    await toInsights(host);
    expect(insightsCount(host)).toBe(
      both.length === 1 ? '1 application counted.' : `${both.length} applications counted.`,
    );
    expect(host.querySelector<HTMLSelectElement>('#insights-status')?.value).toBe('applied');
  });

  it('set in Insights, they filter the list, which says so and clears them', async () => {
    const host = open('?view=insights');
    await vi.waitFor(() => expect(insightsCount(host)).toBe('11 applications counted.'));
    await userEvent.selectOptions(host.querySelector<HTMLSelectElement>('#insights-board')!, 'linkedin');
    const linkedin = HISTORY.filter((app) => app.board === 'linkedin');
    expect(insightsCount(host)).toBe(`${linkedin.length} applications counted.`);

    await userEvent.click(tab('Applications'));
    expect(titles(host)).toEqual(titlesOf(linkedin));
    expect(listCount(host)).toBe(`${linkedin.length} of 11 applications`);
    expect(host.querySelector<HTMLSelectElement>('#tracker-board')?.value).toBe('linkedin');
    expect(filterSummary(host)).toBe('LinkedIn');
    await userEvent.click(page.getByRole('button', { name: 'Clear filters' }));
    expect(listCount(host)).toBe('11 of 11 applications');
    expect(host.querySelector('.filter-summary')).toBeNull();
    expect(location.search).toBe('');
  });

  it("keeps a figure's link filter (a cut) in the URL: a reload shows the same rows", async () => {
    const host = open('?view=insights');
    await vi.waitFor(() => expect(host.querySelector('#insights-funnel')).not.toBeNull());
    await userEvent.click(
      host.querySelector<HTMLAnchorElement>('#insights-funnel [data-key="interviewing"] a')!,
    );
    expect(listCount(host)).toBe('4 of 11 applications');
    const rows = titles(host);
    expect(filterSummary(host)).toBe('reached an interview');
    expect(new URLSearchParams(location.search).get('cut')).toBe('interviewing');

    // A reload: the page is built again from the URL alone.
    mounted?.unmount();
    const again = open(location.search);
    expect(listCount(again)).toBe('4 of 11 applications');
    expect(titles(again)).toEqual(rows);
    expect(filterSummary(again)).toBe('reached an interview');
    await toInsights(again);
    expect(insightsCount(again)).toBe('4 applications counted.');
  });

  it('steps through filters and views with Back and Forward', async () => {
    const host = open();
    await userEvent.selectOptions(host.querySelector<HTMLSelectElement>('#tracker-board')!, 'indeed');
    await toInsights(host);
    await userEvent.selectOptions(host.querySelector<HTMLSelectElement>('#insights-status')!, 'applied');
    const indeed = HISTORY.filter((app) => app.board === 'indeed');

    history.back(); // Insights, before its status was chosen
    await vi.waitFor(() => expect(host.querySelector<HTMLSelectElement>('#insights-status')?.value).toBe(''));
    expect(insightsCount(host)).toBe(`${indeed.length} applications counted.`);
    history.back(); // the list, filtered to Indeed
    await vi.waitFor(() => expect(listCount(host)).toBe(`${indeed.length} of 11 applications`));
    history.back(); // the list before any filter
    await vi.waitFor(() => expect(listCount(host)).toBe('11 of 11 applications'));
    expect(host.querySelector('.filter-summary')).toBeNull();
    history.forward();
    await vi.waitFor(() => expect(listCount(host)).toBe(`${indeed.length} of 11 applications`));
    expect(host.querySelector<HTMLSelectElement>('#tracker-board')?.value).toBe('indeed');
  });
});

describe('shared filters: accessibility and screenshots', () => {
  for (const lang of ['en', 'es'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      it(`is axe-clean with a filter set, list and Insights, ${lang} ${theme}`, async () => {
        document.documentElement.dataset.theme = theme;
        document.documentElement.lang = lang;
        await page.viewport(1280, 900);
        const host = open('?board=indeed&cut=applied&from=2026-09-01', lang);
        expect(host.querySelector('.filter-summary')).not.toBeNull();
        expect(await seriousViolations(host)).toEqual([]);
        await page.screenshot({
          path: `../../.artifacts/screenshots/shared-filters-list-${lang}-${theme}.png`,
          element: host,
        });
        await toInsights(host, lang === 'en' ? 'Insights' : 'Estadísticas');
        await vi.waitFor(() => expect(host.querySelector('#insights-funnel')).not.toBeNull());
        expect(await seriousViolations(host)).toEqual([]);
        await page.screenshot({
          path: `../../.artifacts/screenshots/shared-filters-insights-${lang}-${theme}.png`,
          element: host,
        });
      });
    }
  }
});
