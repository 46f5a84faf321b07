/**
 * `npm run listing`: the generated half of the store listing, from the built Chrome
 * extension (`.output/chrome-mv3`) and the e2e fixtures.
 *
 * - screenshots/<en|es>/1-tracker.png, 2-popup.png, 3-match.png, 4-capture.png at 1280×800
 *   (the size both stores take), the UI in that language, and promo-small-440x280.png
 *   (the Chrome Web Store's small promo tile);
 * - out/privacy-policy.<en|es>.html, the extension's privacy policy as static pages to host
 *   at the URL the store dashboards ask for (needs WXT_CONTACT_EMAIL, like `npm run zip`).
 *
 * Both folders are gitignored; the committed text (descriptions, disclosures) sits next to
 * this file. Nothing here is part of the extension package.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { openJobPage } from '../../tests/e2e/capture-support';
import { extensionDir, type LoadedExtension, launchExtension } from '../../tests/support/extension';
import { makeApp } from '../../tests/support/make-app';
import { realisticApplications } from '../../tests/support/seed';
import { seedItems } from '../../tests/support/seed-applications';
import { seedStorage } from '../../tests/support/tracker-e2e';
import type { Language } from '../i18n/stage-labels';
import { privacyPolicy } from '../privacy/policy';
import { renderPolicy } from '../privacy/render';

const HERE = new URL('.', import.meta.url).pathname;
const SIZE = { width: 1280, height: 800 };
const LANGUAGES: Language[] = ['en', 'es'];

/** The CV the match screenshots score against: a match-evaluation fixture. */
const CV_FIXTURE: Record<Language, string> = {
  en: '../../tests/fixtures/match/cvs/en-backend.txt',
  es: '../../tests/fixtures/match/cvs/es-analista.txt',
};

/** The capture screenshot: a board fixture in the language, and its Apply control. */
const CAPTURE_PAGE: Record<Language, { file: string; url: string; click: string }> = {
  en: {
    file: 'linkedin/view-2026-easy-apply.html',
    url: 'https://www.linkedin.com/jobs/view/4056789012/',
    click: 'a[aria-label="Easy Apply to this job"] span',
  },
  es: {
    file: 'infojobs/offer-hybrid-salary.html',
    url: 'https://www.infojobs.net/madrid/desarrollador-backend-java/of-i3f2a1b0c9d8e47f6a5b4c3d2e1f0a9b8',
    click: '.ij-OfferDetailApplyButton .sui-AtomButton-content',
  },
};

const CAPTION: Record<Language, string> = {
  en: 'Your applications, one click away',
  es: 'Tus candidaturas, a un clic',
};

const read = (relative: string) => readFileSync(new URL(relative, import.meta.url), 'utf8');

/** A showcase tracker: varied roles, boards and stages, newest first, one strong match on top. */
function showcase(lang: Language) {
  const apps = realisticApplications(14, lang === 'en' ? 7 : 11);
  const match = makeApp(lang === 'en' ? 'linkedin-4099000001' : 'infojobs-a9000001', {
    board: lang === 'en' ? 'linkedin' : 'infojobs',
    url:
      lang === 'en'
        ? 'https://www.linkedin.com/jobs/view/4099000001/'
        : 'https://www.infojobs.net/of-ia9000001',
    title: lang === 'en' ? 'Senior Backend Engineer (Python/Go)' : 'Analista de Datos',
    company: lang === 'en' ? 'Harbourline Logistics' : 'Datamar Consultores',
    location: lang === 'en' ? 'Leeds, England' : 'Valencia',
    status: 'interviewing',
    description: read(
      lang === 'en'
        ? '../../tests/fixtures/match/jobs/en-backend-python.txt'
        : '../../tests/fixtures/match/jobs/es-analista-datos.txt',
    ),
    createdAt: '2026-11-28T09:30:00.000Z',
    updatedAt: '2026-11-28T09:30:00.000Z',
  });
  return { apps: [match, ...apps], matchId: match.id };
}

async function prepare(ext: LoadedExtension, lang: Language, items: Record<string, unknown>): Promise<void> {
  await seedStorage(ext, items);
  await ext.worker.evaluate(async (language) => {
    const { settings } = (await chrome.storage.local.get('settings')) as {
      settings: { preferences: Record<string, unknown> };
    };
    await chrome.storage.local.set({
      settings: { ...settings, preferences: { ...settings.preferences, language, theme: 'light' } },
    });
  }, lang);
}

async function shoot(page: Page, path: string): Promise<void> {
  await page.setViewportSize(SIZE);
  await page.screenshot({ path, clip: { x: 0, y: 0, ...SIZE } });
  console.log(`listing: ${path}`);
}

async function screenshots(lang: Language): Promise<void> {
  const dir = join(HERE, 'screenshots', lang);
  mkdirSync(dir, { recursive: true });
  const ext = await launchExtension({ locale: lang === 'en' ? 'en-GB' : 'es-ES' });
  try {
    const { apps, matchId } = showcase(lang);
    const cv = {
      id: 'cv-listing',
      fileName: 'cv-2026.pdf',
      text: read(CV_FIXTURE[lang]),
      addedAt: '2026-11-01T10:00:00.000Z',
      isDefault: true,
    };
    await prepare(ext, lang, { ...seedItems(apps), [`cv:${cv.id}`]: cv });

    // 1. The tracker with applications and their scores.
    const tracker = await ext.context.newPage();
    await tracker.setViewportSize(SIZE);
    await tracker.goto(`chrome-extension://${ext.extensionId}/tracker.html`);
    await tracker.locator(`.table__row[data-id="${matchId}"] .score`).waitFor();
    await shoot(tracker, join(dir, '1-tracker.png'));

    // 3. Why it matches: the detail panel's matched and missing skills.
    await tracker.locator(`.table__row[data-id="${matchId}"] button.linklike`).click();
    const explanation = tracker.getByTestId('match-explanation');
    await explanation.waitFor();
    // Scroll the panel (not the page) so it starts just below the panel's sticky title.
    await explanation.evaluate((el) => {
      let scroller = el.parentElement;
      while (scroller && !/(auto|scroll)/.test(getComputedStyle(scroller).overflowY)) {
        scroller = scroller.parentElement;
      }
      if (!scroller) return;
      const sticky = [...scroller.querySelectorAll('*')].find(
        (e) => getComputedStyle(e).position === 'sticky',
      );
      const below = sticky ? sticky.getBoundingClientRect().bottom : scroller.getBoundingClientRect().top;
      scroller.scrollTop += el.getBoundingClientRect().top - below - 8;
    });
    await shoot(tracker, join(dir, '3-match.png'));
    await tracker.close();

    // 2. The popup, at the size the browser gives it, on a plain 1280×800 card.
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 400, height: 580 });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await popup.locator('.prow .score').first().waitFor();
    const image = (await popup.screenshot()).toString('base64');
    await popup.close();
    const card = await ext.context.newPage();
    await card.setViewportSize(SIZE);
    await card.setContent(
      `<body style="margin:0;width:1280px;height:800px;display:flex;align-items:center;justify-content:center;gap:72px;background:#eef2f6;font:600 40px/1.25 system-ui,sans-serif;color:#1b2430">
        <p style="max-width:440px">${CAPTION[lang]}</p>
        <img alt="" src="data:image/png;base64,${image}" style="width:480px;border-radius:12px;box-shadow:0 12px 40px rgba(20,30,50,.25)">
      </body>`,
    );
    await shoot(card, join(dir, '2-popup.png'));
    await card.close();

    // 4. The capture toast on a board page, right after Apply.
    const board = CAPTURE_PAGE[lang];
    const page = await openJobPage(
      ext.context,
      ext.extensionId,
      board.url,
      read(`../../tests/fixtures/pages/${board.file}`),
    );
    await page.setViewportSize(SIZE);
    await page.click(board.click);
    const toast = page
      .locator('jobtrack-toast')
      .getByText(/JobTrack/)
      .first();
    await toast.waitFor();
    // Its slide-in has ended (a screenshot mid-animation shows it half transparent).
    await page.evaluate(() =>
      Promise.all(
        (document.querySelector('jobtrack-toast')?.shadowRoot?.getAnimations() ?? []).map((a) => a.finished),
      ),
    );
    await shoot(page, join(dir, '4-capture.png'));
    await page.close();

    await promoTile(ext, lang, dir);
  } finally {
    await ext.close();
  }
}

const TAGLINE: Record<Language, string> = {
  en: 'Every job application, tracked where it happens',
  es: 'Cada candidatura, registrada donde ocurre',
};

/** Chrome Web Store's small promo tile (440×280): the icon, the name, one line. */
async function promoTile(ext: LoadedExtension, lang: Language, dir: string): Promise<void> {
  const icon = readFileSync(join(extensionDir(), 'icon/128.png')).toString('base64');
  const tile = await ext.context.newPage();
  await tile.setViewportSize({ width: 440, height: 280 });
  await tile.setContent(
    `<body style="margin:0;width:440px;height:280px;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:12px;background:#eef2f6;color:#1b2430;font:600 20px/1.3 system-ui,sans-serif;text-align:center">
      <img alt="" src="data:image/png;base64,${icon}" width="96" height="96">
      <div style="font-size:30px">JobTrack</div>
      <div style="max-width:360px">${TAGLINE[lang]}</div>
    </body>`,
  );
  const path = join(dir, 'promo-small-440x280.png');
  await tile.screenshot({ path });
  console.log(`listing: ${path}`);
  await tile.close();
}

function policyPages(): void {
  const contactEmail = process.env.WXT_CONTACT_EMAIL?.trim() ?? '';
  if (!contactEmail.includes('@')) {
    console.log(
      'listing: privacy policy pages skipped — set WXT_CONTACT_EMAIL (as for npm run zip) to write them.',
    );
    return;
  }
  const backendOrigin = new URL(process.env.WXT_BACKEND_URL ?? 'https://jobtrack-api.vercel.app').origin;
  const dir = join(HERE, 'out');
  mkdirSync(dir, { recursive: true });
  for (const lang of LANGUAGES) {
    const policy = privacyPolicy(lang, { contactEmail, backendOrigin });
    const { document } = parseHTML(
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title></title>` +
        '<style>body{margin:0;font:16px/1.6 system-ui,sans-serif;color:#1b2430}main{max-width:44rem;margin:0 auto;padding:2rem 1.25rem}</style>' +
        '</head><body><main></main></body></html>',
    );
    document.title = policy.title;
    const main = document.querySelector('main');
    if (main) renderPolicy(main, policy);
    const path = join(dir, `privacy-policy.${lang}.html`);
    writeFileSync(path, document.toString());
    console.log(`listing: ${path}`);
  }
}

console.log(`listing: from the build in ${extensionDir()}`);
policyPages();
for (const lang of LANGUAGES) await screenshots(lang);
