import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../extension/model/application';
import { unpackSummary } from '../../extension/store/packed-summary';
import { twoColumnPdf } from '../support/cv-samples';
import {
  type FirefoxExtension,
  findFirefox,
  launchFirefoxExtension,
  serveFixture,
  waitForLoader,
  watchContentMessages,
} from '../support/firefox';
import { makeApp } from '../support/make-app';
import { seedItems } from '../support/seed-applications';

/**
 * The Firefox build (MV3, background as an event page) in Firefox ESR: Apply capture on a
 * fixture page of every board served under its real URL, the popup's list, and a CV upload
 * parsed by the bundled pdf.js worker that then scores an application.
 */

let ext: FirefoxExtension;
let watcher: Page;
const tmp = mkdtempSync(join(tmpdir(), 'jobtrack-ff-'));

// Without Firefox these are reported as skipped (and the global setup says why).
describe.skipIf(!findFirefox())('Firefox ESR', () => {
  beforeAll(async () => {
    ext = await launchFirefoxExtension();
    watcher = await ext.openPage('popup.html');
    await watchContentMessages(watcher);
  });
  afterAll(async () => {
    await ext?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  const fixture = (path: string) =>
    readFileSync(new URL(`../fixtures/pages/${path}`, import.meta.url), 'utf8');
  type Stored = Application & { events: { type: string }[] };
  const storedApps = async () =>
    Object.keys(await ext.storage()).filter((key) => key.startsWith('app:')).length;

  const BOARDS: [string, string, string, string, Partial<Application>][] = [
    [
      'linkedin/view-2026-easy-apply.html',
      'https://www.linkedin.com/jobs/view/4056789012/',
      'a[aria-label="Easy Apply to this job"] span',
      'app:linkedin-4056789012',
      { board: 'linkedin', title: 'Site Reliability Engineer', company: 'Quartz Mobility' },
    ],
    [
      'indeed/viewjob-company-site.html',
      'https://www.indeed.com/viewjob?jk=5f3a2b1c9d8e7f60&from=serp&tk=1h2',
      '#applyButtonLinkContainer button span',
      'app:indeed-5f3a2b1c9d8e7f60',
      { board: 'indeed', title: 'Pharmacy Technician', company: 'Cedar Valley Health' },
    ],
    [
      'glassdoor/search-es-pane.html',
      'https://www.glassdoor.es/Empleo/madrid-desarrollador-empleos-SRCH_IL.0,6_IC2664239_KO7,20.htm?jl=1009202020202',
      '[data-test="easyApply"] span',
      'app:glassdoor-1009202020202',
      { board: 'glassdoor', title: 'Desarrollador Full Stack', company: 'Tramuntana Labs' },
    ],
    [
      'infojobs/offer-hybrid-salary.html',
      'https://www.infojobs.net/madrid/desarrollador-backend-java/of-i3f2a1b0c9d8e47f6a5b4c3d2e1f0a9b8',
      '.ij-OfferDetailApplyButton .sui-AtomButton-content',
      'app:infojobs-3f2a1b0c9d8e47f6a5b4c3d2e1f0a9b8',
      { board: 'infojobs', title: 'Desarrollador/a Backend Java', company: 'Grupo Meridiano Software' },
    ],
    [
      'tecnoempleo/offer-microdata.html',
      'https://www.tecnoempleo.com/desarrollador-python-django/python-django/rf-a1b2c3d4e5f6a7b8c9d0',
      '#btn-inscribirme span',
      'app:tecnoempleo-a1b2c3d4e5f6a7b8c9d0',
      { board: 'tecnoempleo', title: 'Desarrollador Python Django', company: 'Cierzo Tecnologías' },
    ],
  ];

  describe('Apply capture in Firefox', () => {
    it.each(BOARDS)(
      '%s: Apply stores the open job as applied and says so',
      async (file, url, click, key, fields) => {
        const page = await ext.browser.newPage();
        await serveFixture(page, url, fixture(file));
        await page.goto(url);
        await waitForLoader(watcher, url);
        // The URL names the job: the page sent nothing (the background reads the tab URL).
        const sent = await watcher.evaluate(
          (from) =>
            (globalThis as unknown as { jobtrackSeen: { url?: string }[] }).jobtrackSeen.filter(
              (m) => m.url === from,
            ).length,
          url,
        );
        expect(sent).toBe(0);
        await page.click(click);
        await expect.poll(async () => (await ext.storage())[key], { timeout: 10_000 }).toBeTruthy();
        // Summaries are stored packed, one JSON string each (store/packed-summary.ts).
        const app = unpackSummary((await ext.storage())[key]) as Stored;
        expect(app).toMatchObject({ ...fields, status: 'applied', captureMethod: 'apply' });
        expect(app.events.map((event) => event.type)).toEqual(['applied']);
        // The toast is a closed shadow root (a page must not read the user's stage from it):
        // the page sees the host element and nothing inside. Its words are checked in Chromium.
        await page.waitForFunction(
          () => {
            const host = document.querySelector('jobtrack-toast');
            return host !== null && host.shadowRoot === null;
          },
          { timeout: 10_000 },
        );
        await page.close();
      },
    );
  });

  describe('LinkedIn in-app navigation in Firefox', () => {
    it('captures a job reached from the feed without a page load, and reads nothing on the feed', async () => {
      // LinkedIn never reloads: the script, already on the feed, must notice the new URL
      // (the loader reads location.href when the click comes).
      const feedUrl = 'https://www.linkedin.com/feed/';
      const feed =
        '<!doctype html><html><head><title>Feed | LinkedIn</title></head><body><main><button class="jobs-apply-button" id="jobs-apply-button-id"><span>Easy Apply</span></button></main></body></html>';
      const page = await ext.browser.newPage();
      await serveFixture(page, feedUrl, feed);
      await page.goto(feedUrl);
      await waitForLoader(watcher, feedUrl);
      const before = Object.keys(await ext.storage());
      await page.click('#jobs-apply-button-id span');

      const pane = fixture('linkedin/pane-search-easy-apply.html').replaceAll('4034567890', '4037777777');
      const jobPath = '/jobs/search/?currentJobId=4037777777&keywords=feed';
      await page.evaluate(
        (html, path) => {
          history.pushState({}, '', path);
          const main = document.querySelector('main');
          if (main) main.innerHTML = `<div class="jobs-search__job-details--container">${html}</div>`;
        },
        pane,
        jobPath,
      );
      // No wait: the loader reads the URL and the pane at the moment of the click.
      await page.click('#jobs-apply-button-id span');
      await expect
        .poll(
          async () =>
            Object.keys(await ext.storage()).filter((key) => key.startsWith('app:') && !before.includes(key)),
          {
            timeout: 10_000,
          },
        )
        .toEqual(['app:linkedin-4037777777']);
      await page.close();
    });
  });

  describe('the badge in Firefox', () => {
    it('marks a tracked job on a page whose URL names none: the background reads the pane', async () => {
      const url = 'https://www.indeed.com/jobs?q=warehouse+systems+analyst&l=Columbus%2C+OH';
      const html = fixture('indeed/search-us-no-vjk-captcha.html');
      const key = 'app:indeed-3c4d5e6f7a8b9c0d';
      const badge = () =>
        watcher.evaluate(async (expected: string) => {
          const tab = (await chrome.tabs.query({})).find((candidate) => candidate.url === expected);
          return tab?.id === undefined ? 'no tab' : chrome.action.getBadgeText({ tabId: tab.id });
        }, url);
      const first = await ext.browser.newPage();
      await serveFixture(first, url, html);
      await first.goto(url);
      await waitForLoader(watcher, url);
      await first.click('#indeedApplyButton span');
      await expect.poll(async () => (await ext.storage())[key], { timeout: 10_000 }).toBeTruthy();
      await first.close();
      // A fresh load: nothing in the URL names the job, only the pane does.
      const page = await ext.browser.newPage();
      await serveFixture(page, url, html);
      await page.goto(url);
      await expect.poll(badge, { timeout: 10_000 }).toBe('✓');
      await page.close();
    });
  });

  describe('popup and CV in Firefox', () => {
    const apps = [
      makeApp('linkedin-901', {
        title: 'Frontend Developer (React)',
        company: 'Studyhall',
        description: 'Requirements\n- React and TypeScript\n- HTML and CSS\n- Testing with Jest',
        createdAt: '2030-01-02T10:00:00.000Z',
        updatedAt: '2030-01-02T10:00:00.000Z',
      }),
      makeApp('indeed-902', {
        board: 'indeed',
        url: 'https://es.indeed.com/viewjob?jk=902',
        title: 'ICU Staff Nurse',
        company: 'St Columba’s Hospital',
        description: 'Requirements\n- Registered nurse\n- ICU experience\n- BLS and ALS',
        createdAt: '2030-01-01T10:00:00.000Z',
        updatedAt: '2030-01-01T10:00:00.000Z',
      }),
    ];

    beforeAll(async () => {
      const items = await seedItems(apps);
      await watcher.evaluate((items) => chrome.storage.local.set(items), items as Record<string, unknown>);
    });

    it('lists the applications in the popup, newest first', async () => {
      const popup = await ext.openPage('popup.html');
      await popup.waitForSelector('.prow__title');
      const total = await storedApps();
      await popup.waitForFunction(
        (expected) => document.querySelector('.popup__count')?.textContent === expected,
        { timeout: 10_000 },
        `${total} of ${total} applications`,
      );
      const titles = await popup.$$eval('.prow__title', (els) => els.map((el) => el.textContent));
      expect(titles[0]).toBe('Frontend Developer (React)');
      expect(titles).toContain('Site Reliability Engineer');
      await popup.close();
    });

    it('exports the list as CSV through a download', async () => {
      const tracker = await ext.openPage('tracker.html');
      await tracker.waitForSelector('.table__row[data-id="indeed-902"]');
      // Keep what the page hands to the download, instead of a file on disk.
      await tracker.evaluate(() => {
        const kept: Blob[] = [];
        (globalThis as unknown as { kept: Blob[] }).kept = kept;
        const original = URL.createObjectURL.bind(URL);
        URL.createObjectURL = (blob: Blob) => {
          kept.push(blob);
          return original(blob);
        };
      });
      const button = await tracker.waitForSelector('::-p-text(Export shown as CSV)');
      await button?.click();
      await tracker.waitForFunction(() => (globalThis as unknown as { kept: Blob[] }).kept.length === 1);
      const csv = await tracker.evaluate(() => (globalThis as unknown as { kept: Blob[] }).kept[0]?.text());
      expect(csv).toContain('ICU Staff Nurse');
      expect(csv).toContain('Site Reliability Engineer');
      expect(csv?.split('\n').filter((line) => line.trim()).length).toBe(1 + (await storedApps()));
      await tracker.close();
    });

    it('schedules a reminder alarm from a stored event and shows the notification when it fires', async () => {
      // Headless Firefox has no notification display: it closes each notification as soon as
      // it is created, so the extension's onClosed event is the proof one was shown.
      await watcher.evaluate(() => {
        const closed: string[] = [];
        (globalThis as unknown as { notificationsClosed: string[] }).notificationsClosed = closed;
        chrome.notifications.onClosed.addListener((id) => closed.push(id));
      });
      const remindAt = new Date(Date.now() + 2_000).toISOString();
      const app = makeApp('linkedin-904', {
        title: 'Platform Engineer',
        events: [
          { id: 'ev-applied', type: 'applied', date: '2030-01-01T10:00:00.000Z' },
          { id: 'ev-follow', type: 'follow-up', date: remindAt, remindAt },
        ],
      });
      await watcher.evaluate(
        (item) => chrome.storage.local.set({ 'app:linkedin-904': item }),
        app as unknown as Record<string, unknown>,
      );
      const scheduled = () =>
        watcher.evaluate(
          async () => (await chrome.alarms.get('reminder:linkedin-904:ev-follow'))?.scheduledTime,
        );
      await expect.poll(scheduled, { timeout: 4_000 }).toBe(Date.parse(remindAt));
      const notified = () =>
        watcher.evaluate(
          () => (globalThis as unknown as { notificationsClosed: string[] }).notificationsClosed,
        );
      await expect.poll(notified, { timeout: 20_000 }).toContain('reminder:linkedin-904:ev-follow');
      await watcher.evaluate(() => chrome.storage.local.remove('app:linkedin-904'));
    });

    it('imports a PDF CV with the bundled pdf.js worker, stores its text, and scores an application', async () => {
      const pdf = join(tmp, 'priya-cv.pdf');
      writeFileSync(pdf, twoColumnPdf());
      const tracker = await ext.openPage('tracker.html?view=cv');
      const input = await tracker.waitForSelector('input[data-testid="cv-file"]');
      await input?.uploadFile(pdf);
      const review = await tracker.waitForSelector('[data-testid="cv-review-text"]', { timeout: 15_000 });
      const extracted = await review?.evaluate((el) => (el as HTMLTextAreaElement).value);
      expect(extracted).toContain('Frontend Developer, Brightleaf (2022 - present)');
      expect(extracted?.indexOf('Playwright')).toBeLessThan(extracted?.indexOf('EXPERIENCE') ?? -1);
      const save = await tracker.waitForSelector('::-p-text(Save CV)');
      await save?.click();
      await expect
        .poll(async () => Object.keys(await ext.storage()).filter((key) => key.startsWith('cv:')), {
          timeout: 10_000,
        })
        .toHaveLength(1);
      await tracker.close();

      const list = await ext.openPage('tracker.html');
      const badge = await list.waitForSelector('.table__row[data-id="linkedin-901"] .score', {
        timeout: 15_000,
      });
      const score = Number.parseInt((await badge?.evaluate((el) => el.textContent)) ?? '', 10);
      expect(score).toBeGreaterThanOrEqual(60);
      await list.close();
    });
  });
});
