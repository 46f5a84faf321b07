import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { Language } from '../../../extension/i18n/strings';
import { computeInsights } from '../../../extension/insights/compute';
import { type ListLink, NO_FILTER, NO_LINK } from '../../../extension/insights/filters';
import type { Application } from '../../../extension/model/application';
import { parseCsv } from '../../../extension/store/csv';
import { defaultPreferences } from '../../../extension/store/schema';
import { InsightsView, type InsightsViewProps } from '../../../extension/ui/insights/insights-view';
import type { TrackerData } from '../../../extension/ui/tracker-data';
import { HISTORY, NOW, SCORES, STAGES } from '../../support/insights-history';
import { seedApplications } from '../../support/seed-applications';
import { filterSummary, mount, seriousViolations } from '../ui/harness';
import '../../../extension/ui/theme.css';
import '../../../extension/entrypoints/tracker/style.css';

let mounted: ReturnType<typeof mount> | undefined;
const opened: string[] = [];
beforeEach(() => {
  opened.length = 0;
});
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
  delete document.documentElement.dataset.theme;
});

function dataOf(apps: Application[], stages = STAGES): TrackerData {
  return {
    apps,
    preferences: { ...defaultPreferences(), stages },
    cvs: [],
    complete: true,
    features: new Map(),
    featuresComplete: true,
  };
}

/** The view with the filter state the tracker page keeps in its URL, here in a hook. */
function Filtered({
  initial = NO_LINK,
  ...props
}: Omit<InsightsViewProps, 'filter' | 'onFilter'> & { initial?: ListLink }) {
  const [filter, setFilter] = useState(initial);
  return <InsightsView {...props} filter={filter} onFilter={setFilter} />;
}

function show(
  apps: Application[],
  { lang = 'en' as Language, scores = true, stages = STAGES, initial = NO_LINK } = {},
) {
  mounted = mount(
    <Filtered
      initial={initial}
      data={dataOf(apps, stages)}
      openList={(query) => opened.push(query)}
      now={NOW}
      {...(scores ? { scoreOf: (app: Application) => SCORES[app.id] } : {})}
    />,
    { lang },
  );
  mounted.host.style.height = 'auto';
  mounted.host.style.display = 'block';
  return mounted.host;
}

const text = (root: ParentNode, selector: string) => root.querySelector(selector)?.textContent?.trim() ?? '';
const rowTexts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll<HTMLTableRowElement>(`${selector} tbody tr`)].map((row) =>
    [...row.cells].map((cell) => cell.textContent?.trim() ?? ''),
  );

/** The funnel's figures by row key, as shown beside the bars. */
const funnelValues = (host: HTMLElement) =>
  Object.fromEntries(
    [...host.querySelectorAll<HTMLElement>('#insights-funnel .bars__row')].map((row) => [
      row.dataset.key,
      text(row, '.bars__value'),
    ]),
  );

/** The text of the CSV a button downloads (the Blob handed to the download link). */
async function csvOf(button: HTMLElement): Promise<string> {
  const blobs: Blob[] = [];
  const spy = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:test';
  });
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  await userEvent.click(button);
  spy.mockRestore();
  click.mockRestore();
  expect(blobs).toHaveLength(1);
  // Blob.text() would drop the BOM: decode keeping it, to check it is there.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blobs[0]!.arrayBuffer());
}

describe('insights view on the seeded history (known answers)', () => {
  it('shows the funnel with conversions, rejections and withdrawals, each step opening the list', async () => {
    const host = show(HISTORY);
    const funnel = host.querySelector<HTMLElement>('#insights-funnel')!;
    expect(funnelValues(host)).toEqual({
      applied: '10',
      interviewing: '4 · 40%',
      offer: '1 · 25%',
      rejected: '2',
      'rejected-after-interview': '0',
      withdrawn: '1',
      open: '6',
      'saved-only': '1',
    });
    expect(text(funnel, '.insight__summary')).toContain(
      'Of 10 sent, 4 reached an interview (40%) and 1 an offer (25%',
    );
    await userEvent.click(funnel.querySelector<HTMLAnchorElement>('[data-key="interviewing"] a')!);
    expect(opened).toEqual(['cut=interviewing']);
  });

  it('shows applications per week with captures by board, as a chart and as a table', async () => {
    const host = show(HISTORY);
    const weekly = host.querySelector<HTMLElement>('#insights-weekly')!;
    expect(weekly.querySelectorAll('svg [data-week]')).toHaveLength(12);
    // Week index 6 (five weeks back): one Indeed and one LinkedIn capture, stacked.
    const week6 = weekly.querySelectorAll('svg [data-week]')[6]!;
    expect([...week6.querySelectorAll('rect')].map((r) => r.getAttribute('class'))).toEqual([
      'chart__board chart__board--linkedin',
      'chart__board chart__board--indeed',
    ]);
    expect(weekly.querySelector('svg title')?.textContent).toContain('captured 10 and sent 9');
    // The axis is scaled to the busiest week (2) with whole-number ticks.
    expect([...weekly.querySelectorAll('svg .chart__tick--y')].map((t) => t.textContent)).toEqual([
      '0',
      '2',
      '4',
    ]);
    await userEvent.click(page.getByRole('button', { name: 'Show as table' }).first());
    const rows = rowTexts(weekly, 'table');
    expect(rows).toHaveLength(12);
    const head = [...weekly.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(head).toEqual([
      'Week of',
      'Captured',
      'LinkedIn',
      'Indeed',
      'Glassdoor',
      'InfoJobs',
      'Tecnoempleo',
      'Applied',
    ]);
    expect(rows.map((row) => row[1])).toEqual(['0', '0', '0', '0', '1', '1', '2', '1', '1', '2', '1', '1']);
    expect(rows[6]?.slice(1)).toEqual(['2', '1', '1', '0', '0', '0', '2']);
  });

  it('shows response rates and waiting times by board and capture method, linking to the follow-ups', async () => {
    const host = show(HISTORY);
    const responses = host.querySelector<HTMLElement>('#insights-responses')!;
    const rows = Object.fromEntries(rowTexts(responses, 'table').map((row) => [row[0], row.slice(1)]));
    expect(rows['All applications']).toEqual(['10', '6', '60%', '5 days', '2 of 7 (29%)', '1 of 5 (20%)']);
    expect(rows['By board: LinkedIn']).toEqual(['4', '3', '75%', '5 days', '0 of 3 (0%)', '0 of 2 (0%)']);
    expect(rows['By board: Indeed']).toEqual([
      '2',
      '0',
      '0%',
      'no dated answer',
      '2 of 2 (100%)',
      '1 of 1 (100%)',
    ]);
    expect(rows['By board: InfoJobs']?.slice(0, 4)).toEqual(['2', '2', '100%', '17.5 days']);
    expect(rows['By how it was captured: Apply click']).toEqual([
      '7',
      '5',
      '71%',
      '5 days',
      '1 of 6 (17%)',
      '0 of 4 (0%)',
    ]);
    expect(rows['By how it was captured: Saved by hand']).toEqual([
      '2',
      '0',
      '0%',
      'no dated answer',
      '1 of 1 (100%)',
      '1 of 1 (100%)',
    ]);
    expect(text(responses, '.insight__summary')).toBe(
      '60% of your applications got an answer, after 5 days (median). No answer yet: 2 of 7 sent 14+ days ago, 1 of 5 sent 30+ days ago.',
    );
    await userEvent.click(page.getByRole('link', { name: '2 of 2 (100%)' }));
    await userEvent.click(page.getByRole('link', { name: '1 of 1 (100%)' }).last());
    expect(opened).toEqual(['board=indeed&cut=no-answer-14', 'method=manual&cut=no-answer-30']);
  });

  it('bins match scores against interviews and says there is too little data', async () => {
    const host = show(HISTORY);
    const scores = host.querySelector<HTMLElement>('#insights-scores')!;
    await vi.waitFor(() => expect(scores.querySelectorAll('.bars__row')).toHaveLength(5));
    expect(text(scores, '.insight__summary')).toContain(
      'Too little data to tell: 10 sent applications with a score',
    );
    expect([...scores.querySelectorAll('.bars__value')].map((v) => v.textContent)).toEqual([
      '0% · 0 of 1',
      '0% · 0 of 1',
      '0% · 0 of 2',
      '67% · 2 of 3',
      '67% · 2 of 3',
    ]);
  });

  it('asks for a CV when there are no scores', () => {
    const host = show(HISTORY, { scores: false });
    expect(text(host, '#insights-scores .insight__summary')).toContain('Add your CV');
  });

  it('filters by board, and carries the filter into the links', async () => {
    const host = show(HISTORY);
    await userEvent.selectOptions(page.getByLabelText('Board'), 'indeed');
    expect(text(host, '.insights__count [role="status"]')).toBe('3 applications counted.');
    expect(funnelValues(host).applied).toBe('2');
    await userEvent.click(host.querySelector<HTMLAnchorElement>('#insights-funnel [data-key="applied"] a')!);
    expect(opened).toEqual(['board=indeed&cut=applied']);
    await userEvent.click(page.getByRole('link', { name: 'Open in the list' }));
    expect(opened.at(-1)).toBe('board=indeed');
    await userEvent.click(page.getByRole('button', { name: 'Clear filters' }));
    expect(text(host, '.insights__count [role="status"]')).toBe('11 applications counted.');
  });

  it('starts from the shared filters it is given, and drops one from its summary', async () => {
    const host = show(HISTORY, { initial: { ...NO_LINK, board: 'linkedin', status: 'applied' } });
    expect(text(host, '.insights__count [role="status"]')).toBe('1 application counted.');
    expect((host.querySelector('#insights-board') as HTMLSelectElement).value).toBe('linkedin');
    expect(filterSummary(host)).toBe('LinkedIn · Applied');
    // One part of the summary drops just that filter.
    await userEvent.click(page.getByRole('button', { name: 'Remove filter: Applied' }));
    const linkedin = HISTORY.filter((app) => app.board === 'linkedin').length;
    expect(text(host, '.insights__count [role="status"]')).toBe(`${linkedin} applications counted.`);
    expect(filterSummary(host)).toBe('LinkedIn');
    expect((host.querySelector('#insights-status') as HTMLSelectElement).value).toBe('');
  });

  it("counts only what a link's cut selects, says so, and clears it", async () => {
    const host = show(HISTORY, { initial: { ...NO_LINK, cut: 'interviewing' } });
    // The funnel's interviewing step, as the unfiltered view draws it: 4 reached an interview.
    expect(text(host, '.insights__count [role="status"]')).toBe('4 applications counted.');
    expect(funnelValues(host)).toMatchObject({ applied: '4', interviewing: '4 · 100%' });
    expect(filterSummary(host)).toBe('reached an interview');
    await userEvent.click(page.getByRole('button', { name: 'Clear filters' }));
    expect(text(host, '.insights__count [role="status"]')).toBe('11 applications counted.');
    expect(host.querySelector('.filter-summary')).toBeNull();
  });

  it('exports each figure as CSV, numbers as numbers', async () => {
    const host = show(HISTORY);
    const csv = await csvOf(
      host.querySelector<HTMLElement>('#insights-funnel .insight__actions button:last-child')!,
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(csv)).toEqual([
      ['Stage', 'Applications', 'Moved on from the step before'],
      ['Applied', '10', ''],
      ['Interviewing', '4', '40'],
      ['Offer', '1', '25'],
      ['Rejected', '2', ''],
      ['Rejected after an interview', '0', ''],
      ['Withdrawn', '1', ''],
      ['Still open', '6', ''],
      ['Saved, not sent', '1', ''],
    ]);
    const responses = parseCsv(
      await csvOf(host.querySelector<HTMLElement>('#insights-responses .insight__actions button')!),
    );
    expect(responses[4]).toEqual(['By board: Glassdoor', '1', '1', '100', '', '0', '0']);
  });

  it('speaks Spanish', () => {
    const host = show(HISTORY, { lang: 'es' });
    expect(text(host, '#insights-funnel h3')).toBe('De la inscripción a la oferta');
    expect(text(host, '#insights-funnel .insight__summary')).toContain(
      'De 10 enviadas, 4 llegaron a entrevista (40',
    );
    expect(text(host, '.insights__count [role="status"]')).toBe('11 candidaturas contadas.');
  });
});

describe('insights view, empty and at scale', () => {
  it('explains what will appear when there are no applications', () => {
    const host = show([]);
    expect(text(host, '.insights__empty h2')).toBe('Your search at a glance');
    expect(host.querySelector('#insights-funnel')).toBeNull();
  });

  it('draws 5,000 applications with the figures the computation gives', () => {
    const apps = seedApplications(5000);
    // By construction (seed-applications.ts): statuses cycle through 8 slots, 625 each;
    // every record has an Applied event and none has a dated answer. Answered: the
    // interviewing, offer and rejected slots, 3 × 625.
    const host = show(apps, { scores: false });
    expect(text(host, '.insights__count [role="status"]')).toBe('5,000 applications counted.');
    // Still open: the saved, applied and interviewing slots (625 + 3 × 625 + 625).
    expect(funnelValues(host)).toMatchObject({
      applied: '5,000',
      interviewing: '1,250 · 25%',
      offer: '625 · 50%',
      rejected: '625',
      withdrawn: '625',
      open: '3,125',
    });
    const all = rowTexts(host, '#insights-responses table')[0];
    expect(all?.slice(0, 4)).toEqual(['All applications', '5,000', '1,875', '38%']);
    const expected = computeInsights({ apps, stages: STAGES, filter: NO_FILTER, now: NOW });
    expect(host.querySelector('#insights-weekly svg title')?.textContent).toContain(
      `captured ${expected.weeks.reduce((s, w) => s + w.captured, 0)} and sent`,
    );
  });
});

describe('insights view: accessibility and screenshots', () => {
  for (const lang of ['en', 'es'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      it(`is axe-clean and looks right, ${lang} ${theme}`, async () => {
        document.documentElement.dataset.theme = theme;
        document.documentElement.lang = lang;
        await page.viewport(1280, 1400);
        const host = show(HISTORY, { lang });
        await vi.waitFor(() => expect(host.querySelectorAll('#insights-scores .bars__row')).toHaveLength(5));
        expect(await seriousViolations(host)).toEqual([]);
        await page.screenshot({
          path: `../../.artifacts/screenshots/insights-${lang}-${theme}.png`,
          element: host,
        });
        await userEvent.click(
          page.getByRole('button', { name: lang === 'en' ? 'Show as table' : 'Ver como tabla' }).first(),
        );
        expect(await seriousViolations(host)).toEqual([]);
      });
    }
  }
});
