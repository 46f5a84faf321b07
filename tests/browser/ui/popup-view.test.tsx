import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { Application } from '../../../extension/model/application';
import { appKey, featKey } from '../../../extension/store/keys';
import { unpackSummary } from '../../../extension/store/packed-summary';
import { applicationItems } from '../../../extension/store/records';
import { type ApplicationSummary, defaultPreferences } from '../../../extension/store/schema';
import { PopupView } from '../../../extension/ui/popup-view';
import type { TrackerData } from '../../../extension/ui/tracker-data';
import { seedApplications } from '../../support/seed-applications';
import { mount } from './harness';
import '../../../extension/ui/theme.css';
import '../../../extension/entrypoints/popup/style.css';

const preferences = defaultPreferences();
const data = (apps: Application[] | undefined): TrackerData => ({
  apps,
  preferences,
  cvs: [],
  complete: true,
  features: new Map(),
  featuresComplete: true,
});
const CV = {
  id: 'cv-1',
  fileName: 'cv.pdf',
  addedAt: '2026-01-01T00:00:00.000Z',
  text: 'Backend engineer: Python, PostgreSQL, Kubernetes, AWS.',
  isDefault: true,
};

/** The summaries and features the store writes for `apps` (store/records.ts), newest first. */
async function stored(apps: Application[]) {
  const items = await applicationItems(apps);
  return {
    summaries: apps.map((app) => unpackSummary(items[appKey(app.id)]) as ApplicationSummary),
    features: new Map(apps.map((app) => [app.id, items[featKey(app.id)] as string])),
  };
}
let mounted: ReturnType<typeof mount> | undefined;
afterEach(() => mounted?.unmount());

const rows = () => [...(mounted?.host.querySelectorAll<HTMLElement>('.prow') ?? [])];

describe('popup list', () => {
  it('renders only the rows on screen out of 5,000, newest first', () => {
    mounted = mount(<PopupView data={data(seedApplications(5000))} />);
    const shown = rows();
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.length).toBeLessThan(40);
    expect(shown[0]?.querySelector('.prow__title')?.textContent).toBe('Backend Engineer 1');
    expect(mounted.host.textContent).toContain('5000 of 5000 applications');
    const list = mounted.host.querySelector('[role="list"]');
    expect(list?.querySelector('[role="listitem"]')?.getAttribute('aria-setsize')).toBe('5000');
  });

  it('shows no counts in the status menu while only the first screenful has loaded', () => {
    const firstScreen = seedApplications(5000).slice(0, 40);
    mounted = mount(<PopupView data={{ ...data(firstScreen), complete: false }} />);
    const options = () =>
      [...mounted!.host.querySelectorAll('#popup-status option')].map((o) => o.textContent);
    expect(options()[0]).toBe('All statuses');
    expect(options().join(' ')).not.toMatch(/\(\d+\)/);
    mounted.unmount();
    mounted = mount(<PopupView data={data(seedApplications(5000))} />);
    expect(options()[0]).toBe('All statuses (5000)');
  });

  it('paints the rows before their match scores, which fill in a frame later', async () => {
    const apps = seedApplications(30).map((app) => ({
      ...app,
      description: 'Requirements: Python, PostgreSQL and Kubernetes; AWS is a plus.',
    }));
    const { summaries, features } = await stored(apps);
    mounted = mount(<PopupView data={{ ...data([]), apps: summaries, cvs: [CV], features }} />);
    expect(rows().length).toBeGreaterThan(5);
    expect(mounted.host.querySelector('.prow .score')).toBeNull();
    await expect.poll(() => mounted?.host.querySelectorAll('.prow .score').length).toBeGreaterThan(5);
  });

  it('scores a row once its stored features arrive, never from the summary alone', async () => {
    const apps = seedApplications(30).map((app) => ({
      ...app,
      description: 'Requirements: Python, PostgreSQL and Kubernetes; AWS is a plus.',
    }));
    const { summaries, features } = await stored(apps);
    // The summaries are what a page reads first: they carry no features.
    for (const summary of summaries) expect(summary).not.toHaveProperty('features');
    const scored = () =>
      rows()
        .filter((row) => row.querySelector('.score'))
        .map((row) => row.querySelector('.prow__title')?.textContent);
    const page = (some: ReadonlyMap<string, string>) => (
      <PopupView data={{ ...data([]), apps: summaries, cvs: [CV], features: some }} />
    );
    mounted = mount(page(new Map()));
    // A few frames pass with rows shown and no features read: no score.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    expect(scored()).toEqual([]);
    // The first batch: the first three rows' features.
    const first = summaries.slice(0, 3);
    mounted.rerender(page(new Map(first.map((app) => [app.id, features.get(app.id) ?? '']))));
    await expect.poll(scored).toEqual(first.map((app) => app.title));
    // Then the rest.
    mounted.rerender(page(features));
    await expect.poll(() => scored().length).toBe(rows().length);
  });

  it('renders later rows when scrolled', async () => {
    mounted = mount(<PopupView data={data(seedApplications(5000))} />);
    const scroller = mounted.host.querySelector<HTMLElement>('.vlist');
    scroller!.scrollTop = 58 * 2500;
    scroller!.dispatchEvent(new Event('scroll'));
    await expect
      .poll(() => rows().map((row) => row.querySelector('.prow__title')?.textContent))
      .toContain('Backend Engineer 2497');
    expect(rows().length).toBeLessThan(40);
  });

  it('shows an empty state that explains how capture works', () => {
    mounted = mount(<PopupView data={data([])} />);
    expect(mounted.host.querySelector('h2')?.textContent).toBe('No applications yet');
    expect(mounted.host.textContent).toContain('Click Apply on LinkedIn');
    expect(mounted.host.querySelector('a[href="/tracker.html"]')).not.toBeNull();
  });
});

describe('popup filters', () => {
  it('searches as you type, accent-insensitively, and filters by status with counts', async () => {
    mounted = mount(<PopupView data={data(seedApplications(60))} />);
    const search = mounted.host.querySelector<HTMLInputElement>('input[type="search"]')!;
    await userEvent.type(search, 'tecnico soporte');
    await expect.poll(() => rows().length).toBeGreaterThan(0);
    for (const row of rows())
      expect(row.querySelector('.prow__title')?.textContent).toMatch(/^Técnico de Soporte IT \d+$/);
    await userEvent.clear(search);
    const status = mounted.host.querySelector<HTMLSelectElement>('#popup-status')!;
    const offerOption = [...status.options].find((o) => o.value === 'offer')!;
    const offerCount = Number(offerOption.textContent?.match(/\((\d+)\)/)?.[1]);
    expect(offerCount).toBeGreaterThan(0);
    await userEvent.selectOptions(status, 'offer');
    await expect.poll(() => rows().length).toBe(Math.min(offerCount, rows().length));
    for (const row of rows()) expect(row.querySelector('select')?.value).toBe('offer');
    expect(mounted.host.textContent).toContain(`${offerCount} of 60 applications`);
  });

  it('changes a status in two clicks through the background', async () => {
    mounted = mount(<PopupView data={data(seedApplications(3))} />);
    const select = rows()[0]!.querySelector('select')!;
    expect(select.getAttribute('aria-label')).toBe('Status of Backend Engineer 1');
    await userEvent.selectOptions(select, 'interviewing');
    expect(mounted.sent).toEqual([{ type: 'set-status', ids: ['linkedin-100000'], status: 'interviewing' }]);
  });

  it('speaks Spanish', () => {
    mounted = mount(<PopupView data={data(seedApplications(3))} />, { lang: 'es' });
    expect(mounted.host.textContent).toContain('3 de 3 candidaturas');
    expect(mounted.host.querySelector('#popup-status option')?.textContent).toContain('Todos los estados');
    expect(rows()[0]?.querySelector('select option:checked')?.textContent).toBe('Guardada');
  });
});
