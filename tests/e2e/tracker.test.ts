import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../extension/model/application';
import { CSV_COLUMNS, parseCsv } from '../../extension/store/csv';
import { type LoadedExtension, launchExtension } from '../support/extension';
import { makeApp } from '../support/make-app';
import { seedApplications, seedItems } from '../support/seed-applications';
import { readKey, seedStorage, sendFromPage, seriousViolations } from '../support/tracker-e2e';

const SHOTS = 'tests/.artifacts/screenshots';
const files = mkdtempSync(join(tmpdir(), 'jobtrack-tracker-'));

/** Applications whose text a CSV or a backup could get wrong. */
const tricky: Application[] = [
  makeApp('linkedin-1', {
    title: 'Ingeniería de Datos, Señor',
    company: 'Café "La Niña"',
    location: 'Málaga, España',
    notes: 'línea 1\nlínea 2, con coma',
    status: 'interviewing',
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    events: [
      { id: 'e1', type: 'applied', date: '2026-11-20T10:00:00.000Z' },
      { id: 'e2', type: 'interview', date: '2026-11-27T09:00:00.000Z', note: 'Video, 45 min' },
    ],
  }),
  makeApp('indeed-2', {
    board: 'indeed',
    title: '=HYPERLINK("http://evil.test","click")',
    company: '+34 Consulting',
    notes: '@recruiter said -10% "maybe"',
    salary: { text: '40.000 € - 48.000 €' },
    createdAt: '2026-11-19T10:00:00.000Z',
    updatedAt: '2026-11-19T10:00:00.000Z',
  }),
  makeApp('infojobs-3', {
    board: 'infojobs',
    title: 'Técnico de Soporte',
    company: 'Peña Seguros',
    status: 'saved',
    createdAt: '2026-11-18T10:00:00.000Z',
    updatedAt: '2026-11-18T10:00:00.000Z',
  }),
];
const cv = {
  id: 'cv-1',
  fileName: 'cv-maría.pdf',
  addedAt: '2026-11-01T10:00:00.000Z',
  text: 'María López — Backend Engineer\nSix years building services in TypeScript, Go and SQL (PostgreSQL) on AWS.\nKubernetes, Terraform, CI/CD. English and Spanish.',
  isDefault: true,
};

let ext: LoadedExtension;
async function openTracker(query = '', colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await ext.context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.goto(`chrome-extension://${ext.extensionId}/tracker.html${query}`);
  await page.locator('.top h1').waitFor();
  return page;
}
async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(files, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

beforeAll(async () => {
  ext = await launchExtension();
  await seedStorage(ext, { ...(await seedItems(tricky)), [`cv:${cv.id}`]: cv });
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await ext?.close();
});

describe('tracker page', () => {
  it('opens a specific application from tracker.html?id=…', async () => {
    const page = await openTracker('?id=indeed-2');
    await expect.poll(() => page.locator('#detail-title').textContent()).toBe(tricky[1]?.title);
    expect(await page.locator('.table__row.is-open').getAttribute('data-id')).toBe('indeed-2');
    // A default CV exists, so every row and the open detail carry a match score.
    await expect.poll(() => page.locator('.table__body .score').count()).toBe(3);
    expect(await page.locator('.detail .score').textContent()).toMatch(/\d+%/);
    await page.close();
  });

  it('works from the keyboard: / to search, Enter to open, Esc to close and return focus', async () => {
    const page = await openTracker();
    await page.locator('.table__body .table__row').first().waitFor();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tracker-search');
    await page.keyboard.type('peña');
    await expect.poll(() => page.locator('.table__body .table__row').count()).toBe(1);
    const title = page.locator('.table__body .table__title button');
    await title.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('detail-title');
    expect(page.url()).toContain('?id=infojobs-3');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.detail').count()).toBe(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Técnico de Soporte');
    // The status select changes a status from the keyboard too.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Status of Técnico de Soporte',
    );
    await page.close();
  });

  it('edits notes as you type, changes status in bulk, deletes with undo', async () => {
    const page = await openTracker('?id=infojobs-3');
    await page.locator('#notes-text').fill('Sent portfolio');
    await expect
      .poll(async () => (await readKey<Application>(ext, 'app:infojobs-3'))?.notes, { timeout: 5000 })
      .toBe('Sent portfolio');

    await page.locator('.table__row[data-id="indeed-2"] input[type="checkbox"]').check();
    await page.locator('.table__row[data-id="infojobs-3"] input[type="checkbox"]').check();
    await page.locator('#bulk-status').selectOption('offer');
    await expect.poll(async () => (await readKey<Application>(ext, 'app:indeed-2'))?.status).toBe('offer');
    expect((await readKey<Application>(ext, 'app:infojobs-3'))?.status).toBe('offer');

    const before = await readKey<Application>(ext, 'app:infojobs-3');
    await page.locator('.detail__danger button').click();
    await expect.poll(async () => readKey(ext, 'app:infojobs-3')).toBeUndefined();
    await page.locator('.toast button').click();
    await expect.poll(async () => readKey(ext, 'app:infojobs-3')).toEqual(before);

    // Put the statuses back for the export tests below.
    await sendFromPage(page, { type: 'set-status', ids: ['indeed-2'], status: 'applied' });
    await sendFromPage(page, { type: 'set-status', ids: ['infojobs-3'], status: 'saved' });
    await page.close();
  });

  it('exports CSV that parses back to the same rows: accents, commas, quotes, newlines, formulas', async () => {
    const page = await openTracker();
    const path = await download(page, () =>
      page.getByRole('button', { name: 'Export shown as CSV' }).click(),
    );
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8'));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const stored = await ext.storage();
    const expected = tricky.map((app) => stored[`app:${app.id}`] as Application);
    expect(rows.slice(1).map((row) => row[0])).toEqual(expected.map((app) => app.id));
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const unformula = (cell: string | undefined) =>
      cell && /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
    for (const [i, app] of expected.entries()) {
      const row = rows[i + 1] ?? [];
      expect(row).toHaveLength(CSV_COLUMNS.length);
      expect(unformula(row[col('title')])).toBe(app.title);
      expect(unformula(row[col('company')])).toBe(app.company ?? '');
      expect(row[col('location')]).toBe(app.location ?? '');
      expect(unformula(row[col('notes')])).toBe(app.notes);
      expect(row[col('url')]).toBe(app.url);
      expect(row[col('salary')]).toBe(app.salary?.text ?? '');
      expect(row[col('createdAt')]).toBe(app.createdAt);
    }
    // The formula cell is neutralised, not executed.
    expect(rows[2]?.[col('title')]).toBe(`'=HYPERLINK("http://evil.test","click")`);
    expect(rows[1]?.[col('status')]).toBe('Interviewing');

    // Filtered export: only what is shown.
    await page.locator('#tracker-search').fill('peña');
    await expect.poll(() => page.locator('.table__body .table__row').count()).toBe(1);
    const filtered = parseCsv(
      readFileSync(
        await download(page, () => page.getByRole('button', { name: 'Export shown as CSV' }).click()),
        'utf8',
      ),
    );
    expect(filtered.map((row) => row[0])).toEqual(['id', 'infojobs-3']);
    await page.close();
  });

  it('JSON backup → delete all → import restores everything identical', async () => {
    const page = await openTracker('?view=data');
    await sendFromPage(page, {
      type: 'set-stages',
      stages: [
        { id: 'saved', label: 'Saved' },
        { id: 'applied', label: 'Applied' },
        { id: 'phone-screen', label: 'Phone screen' },
        { id: 'interviewing', label: 'Interviewing' },
        { id: 'offer', label: 'Offer made' },
        { id: 'rejected', label: 'Rejected' },
        { id: 'withdrawn', label: 'Withdrawn' },
      ],
    });
    const before = await ext.storage();
    const path = await download(page, () =>
      page.getByRole('button', { name: 'Download JSON backup' }).click(),
    );
    const backup = JSON.parse(readFileSync(path, 'utf8'));
    expect(backup.applications).toHaveLength(3);
    expect(JSON.stringify(backup)).not.toContain(
      (before.settings as { installationId: string }).installationId,
    );

    await page.getByRole('button', { name: 'Delete all my data' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect.poll(async () => Object.keys(await ext.storage()).sort()).toEqual(['meta', 'settings']);
    // The installation id is kept (it links a Pro subscription); preferences are reset.
    const wiped = (await ext.storage()).settings as {
      installationId: string;
      preferences: { stages: unknown[] };
    };
    expect(wiped.installationId).toBe((before.settings as { installationId: string }).installationId);
    expect(wiped.preferences.stages).toHaveLength(6);

    await page.locator('#import-file').setInputFiles(path);
    await expect
      .poll(() => page.locator('.import__preview').textContent())
      .toContain('This backup will add 3, merge 0 and skip 0 applications; CVs: 1 added');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => page.getByTestId('import-message').textContent()).toContain('3 added');
    expect(await ext.storage()).toEqual(before);
    await page.close();
  });

  it('refuses a malformed import, changes nothing, and says why', async () => {
    const page = await openTracker('?view=data');
    const before = await ext.storage();
    const bad = {
      format: 'jobtrack-backup',
      schemaVersion: 1,
      exportedAt: '2026-11-20T10:00:00.000Z',
      applications: [makeApp('new-1'), makeApp('new-2', { url: 'javascript:alert(1)' })],
      cvs: [],
    };
    const badPath = join(files, 'bad.json');
    writeFileSync(badPath, JSON.stringify(bad));
    await page.locator('#import-file').setInputFiles(badPath);
    const alert = page.getByTestId('import-message');
    await expect.poll(() => alert.textContent()).toContain('Nothing was imported.');
    expect(await alert.textContent()).toContain('applications[1].url');
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await page.locator('.import__preview').count()).toBe(0);

    const notJson = join(files, 'not-json.json');
    writeFileSync(notJson, '{"format": "jobtrack-backup", ');
    await page.locator('#import-file').setInputFiles(notJson);
    await expect.poll(() => alert.textContent()).toBe('Nothing was imported. This file is not valid JSON.');
    expect(await ext.storage()).toEqual(before);
    await page.close();
  });

  it('fires a reminder as a notification named for the application', async () => {
    const page = await openTracker();
    const remindAt = new Date(Date.now() + 2_000).toISOString();
    const result = await sendFromPage(page, {
      type: 'add-event',
      id: 'linkedin-1',
      event: {
        type: 'follow-up',
        date: new Date(Date.now() + 86_400_000).toISOString(),
        note: 'Ping Ana',
        remindAt,
      },
    });
    expect(result.ok).toBe(true);
    const eventId = (result.value as { id: string }).id;
    const name = `reminder:linkedin-1:${eventId}`;
    const worker = () => ext.context.serviceWorkers().at(-1) ?? ext.worker;
    await expect
      .poll(() => worker().evaluate(async () => (await chrome.alarms.getAll()).map((a) => a.name)), {
        timeout: 5000,
      })
      .toContain(name);
    await expect
      .poll(() => worker().evaluate(async () => Object.keys(await chrome.notifications.getAll())), {
        timeout: 30_000,
        interval: 500,
      })
      .toContain(name);
    await page.close();
  });

  it('has no serious or critical accessibility violations (axe-core) in any view', async () => {
    for (const query of ['?id=linkedin-1', '?layout=board', '?view=data', '?view=privacy', '?view=cv']) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await openTracker(query, scheme);
        await page.locator('.content > *').first().waitFor();
        const violations = await seriousViolations(page);
        expect({ query, scheme, violations }).toEqual({ query, scheme, violations: [] });
        await page.close();
      }
    }
  });

  it('takes screenshots: light and dark, English and Spanish, with a realistic list', async () => {
    await seedStorage(ext, await seedItems(seedApplications(300)));
    for (const lang of ['en', 'es'] as const) {
      const page = await openTracker('?id=linkedin-100000');
      await sendFromPage(page, { type: 'set-preferences', language: lang });
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.screenshot({ path: `${SHOTS}/tracker-${lang}-${scheme}.png` });
      }
      await page.goto(`chrome-extension://${ext.extensionId}/tracker.html?layout=board`);
      await page.locator('.board').waitFor();
      await page.screenshot({ path: `${SHOTS}/tracker-board-${lang}-dark.png` });
      await page.close();
    }
  });
});
