import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../extension/model/application';
import { encryptedPdf, scannedPdf, twoColumnPdf } from '../support/cv-samples';
import { extensionDir, type LoadedExtension, launchExtension } from '../support/extension';
import { makeApp } from '../support/make-app';
import { seedItems } from '../support/seed-applications';
import { seedStorage, seriousViolations } from '../support/tracker-e2e';

/**
 * The CV feature in the built extension: upload a PDF on the tracker page's CV section
 * (parsed in the page by the bundled pdf.js worker), correct the text, save; the existing
 * applications then show scores with matched and missing skills.
 */

const SHOTS = 'tests/.artifacts/screenshots';

const apps: Application[] = [
  makeApp('linkedin-101', {
    title: 'Frontend Developer (React)',
    company: 'Studyhall',
    description: [
      'You will build our web app.',
      'Requirements',
      '- React and TypeScript',
      '- HTML and CSS',
      '- Testing with Jest',
      'Nice to have',
      '- Next.js',
      '- GraphQL',
    ].join('\n'),
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
  }),
  makeApp('indeed-102', {
    board: 'indeed',
    url: 'https://es.indeed.com/viewjob?jk=102',
    title: 'ICU Staff Nurse',
    company: 'St Columba’s Hospital',
    description: 'Requirements\n- Registered nurse\n- ICU experience\n- BLS and ALS',
    createdAt: '2026-11-19T10:00:00.000Z',
    updatedAt: '2026-11-19T10:00:00.000Z',
  }),
];

let ext: LoadedExtension;

async function openTracker(query = ''): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/tracker.html${query}`);
  await page.locator('.top h1').waitFor();
  return page;
}

const cvKeys = async () => Object.keys(await ext.storage()).filter((key) => key.startsWith('cv:'));

beforeAll(async () => {
  ext = await launchExtension();
  await seedStorage(ext, await seedItems(apps));
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await ext?.close();
});

describe('pdf.js in the built extension', () => {
  it('ships its worker inside the extension and loads nothing from a CDN', () => {
    const files = readdirSync(extensionDir(), { recursive: true, encoding: 'utf8' });
    const worker = files.find((file) => /pdf\.worker[^/]*\.m?js$/.test(file) && !file.startsWith('chunks/'));
    expect(worker).toBeDefined();
    const scripts = files.filter((file) => /\.m?js$/.test(file));
    // The URL the page gives pdf.js is the bundled file's own path.
    const pointer = scripts.map((file) => readFileSync(join(extensionDir(), file), 'utf8')).join('\n');
    expect(pointer).toContain(`/${worker}`);
    expect(pointer).not.toMatch(/cdnjs|unpkg|jsdelivr|cdn\.|mozilla\.github\.io\/pdf\.js/);
  });
});

describe('CV import and match scores in the built extension', () => {
  it('says an encrypted or scanned PDF cannot be read, and stores nothing', async () => {
    const page = await openTracker('?view=cv');
    const input = page.getByTestId('cv-file');
    await input.setInputFiles({
      name: 'locked.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(encryptedPdf(128)),
    });
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 15_000 })
      .toMatch(/password-protected/);
    await input.setInputFiles({
      name: 'scan.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(scannedPdf()),
    });
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 15_000 })
      .toMatch(/scanned image with no text layer/);
    expect(await cvKeys()).toEqual([]);
    await page.close();
  });

  it('imports a two-column PDF, lets the user correct the text, and stores only text', async () => {
    const page = await openTracker('?view=cv');
    await page.getByTestId('cv-file').setInputFiles({
      name: 'priya-cv.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(twoColumnPdf()),
    });
    const review = page.getByTestId('cv-review-text');
    await review.waitFor();
    const extracted = await review.inputValue();
    // Reading order: the sidebar's skills come before the experience column.
    expect(extracted.indexOf('Playwright')).toBeLessThan(extracted.indexOf('EXPERIENCE'));
    expect(extracted).toContain('Frontend Developer, Brightleaf (2022 - present)');
    // The user adds what the PDF missed.
    await review.fill(`${extracted}\nTesting: Jest`);
    await page.screenshot({ path: `${SHOTS}/cv-review.png`, fullPage: true });
    await page.getByRole('button', { name: 'Save CV' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent(), { timeout: 10_000 })
      .toMatch(/CV saved/);

    const keys = await cvKeys();
    expect(keys).toHaveLength(1);
    const stored = (await ext.storage())[keys[0] as string] as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual(['addedAt', 'fileName', 'id', 'isDefault', 'text']);
    expect(stored).toMatchObject({ fileName: 'priya-cv.pdf', isDefault: true });
    expect(stored.text).toContain('Testing: Jest');
    await expect.poll(() => page.locator('.cv-version').count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/cv-section.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows scores on the existing applications, with matched and missing skills', async () => {
    const page = await openTracker();
    const frontend = page.locator('.table__row[data-id="linkedin-101"] .score');
    const nurse = page.locator('.table__row[data-id="indeed-102"] .score');
    await frontend.waitFor();
    const score = async (badge: typeof frontend) => Number.parseInt((await badge.textContent()) ?? '', 10);
    expect(await score(frontend)).toBeGreaterThanOrEqual(60);
    expect(await score(nurse)).toBeLessThan(30);

    await page.locator('.table__row[data-id="linkedin-101"] button.linklike').click();
    const explanation = page.getByTestId('match-explanation');
    await explanation.waitFor();
    const have = await explanation.locator('.match-skill--have .match-skill__name').allTextContents();
    const missing = await explanation.locator('.match-skill--missing .match-skill__name').allTextContents();
    expect(have).toEqual(expect.arrayContaining(['React', 'TypeScript', 'HTML', 'CSS', 'Jest']));
    expect(missing).toEqual(['Next.js', 'GraphQL']);
    // Each matched skill quotes the CV line that shows it.
    const jest = explanation.locator('[data-skill="jest"] .match-skill__line');
    expect(await jest.textContent()).toBe('Testing: Jest');
    expect(await explanation.textContent()).toContain('Scored with priya-cv.pdf');
    await page.screenshot({ path: `${SHOTS}/cv-match-detail.png`, fullPage: true });
    await page.close();
  });

  it('shows the scores in the popup too, and updates them when the CV text is corrected', async () => {
    const popup = await ext.openPage('popup.html');
    const badge = popup.locator('[data-id="indeed-102"] .score');
    await badge.waitFor();
    const before = Number.parseInt((await badge.textContent()) ?? '', 10);

    const tracker = await openTracker('?view=cv');
    await tracker.getByRole('button', { name: 'View and correct text' }).click();
    const editor = tracker.locator('.cv-version__editor textarea');
    await editor.fill(`${await editor.inputValue()}\nRegistered nurse, ICU, BLS and ALS`);
    await tracker.getByRole('button', { name: 'Save changes' }).click();
    await expect
      .poll(() => tracker.getByRole('status').first().textContent(), { timeout: 10_000 })
      .toMatch(/Changes saved/);

    await expect
      .poll(async () => Number.parseInt((await badge.textContent()) ?? '', 10), { timeout: 10_000 })
      .toBeGreaterThan(before);
    await popup.close();
    await tracker.close();
  });
});
