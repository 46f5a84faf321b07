import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedFields } from '../fixtures/pages/expected-fields';
import { type LoadedExtension, launchExtension } from '../support/extension';
import {
  appKeys,
  badgeFor,
  clickToastButton,
  fixture,
  flushCaptures,
  openJobPage,
  toastTags,
  toastText,
} from './capture-support';

/**
 * Apply capture with the built extension in Chromium, on fixture pages served under the
 * boards' real URLs: the click lands on an inner span/svg of the board's Apply control.
 */
let ext: LoadedExtension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

type Stored = Record<string, unknown> & { events: { type: string }[] };
const stored = async (key: string) => (await ext.storage())[key] as Stored | undefined;
const waitFor = async (key: string) => {
  await expect.poll(() => stored(key), { timeout: 10_000 }).toBeTruthy();
  return (await stored(key)) as Stored;
};

const BOARDS: [string, string, string, string, Record<string, unknown>][] = [
  [
    'linkedin/guest-offsite-salary.html',
    'https://www.linkedin.com/jobs/view/senior-platform-engineer-at-northwind-robotics-4012345678?trk=public_jobs_topcard-title',
    '.apply-button__text',
    'app:linkedin-4012345678',
    storedFields('linkedin/guest-offsite-salary.html'),
  ],
  [
    'linkedin/pane-search-easy-apply.html',
    'https://www.linkedin.com/jobs/search/?currentJobId=4034567890&keywords=ml',
    '#jobs-apply-button-id svg',
    'app:linkedin-4034567890',
    {
      title: 'Machine Learning Engineer',
      company: 'Brightwave Health',
      location: 'Boston, MA',
      workplace: 'Hybrid',
      salary: { text: '$165K/yr - $210K/yr', min: 165000, max: 210000, currency: 'USD', period: 'year' },
    },
  ],
  [
    'linkedin/view-2026-easy-apply.html',
    'https://www.linkedin.com/jobs/view/4056789012/',
    'a[aria-label="Easy Apply to this job"] span',
    'app:linkedin-4056789012',
    { title: 'Site Reliability Engineer', company: 'Quartz Mobility', location: 'Lisbon, Portugal' },
  ],
  [
    'indeed/viewjob-company-site.html',
    'https://www.indeed.com/viewjob?jk=5f3a2b1c9d8e7f60&from=serp&tk=1h2',
    '#applyButtonLinkContainer button span',
    'app:indeed-5f3a2b1c9d8e7f60',
    storedFields('indeed/viewjob-company-site.html'),
  ],
  [
    'indeed/search-es-vjk.html',
    'https://es.indeed.com/jobs?q=desarrollador+frontend&l=Valencia&vjk=9e8d7c6b5a493827',
    '#applyButtonLinkContainer button span',
    'app:indeed-9e8d7c6b5a493827',
    {
      title: 'Desarrollador/a Frontend (Vue)',
      company: 'Albufera Digital',
      salary: { text: '30.000 € - 38.000 € al año', min: 30000, max: 38000, currency: 'EUR', period: 'year' },
    },
  ],
  [
    'indeed/viewjob-uk-indeed-apply.html',
    'https://uk.indeed.com/viewjob?jk=0a1b2c3d4e5f6789',
    '#indeedApplyButton .css-1hjxf1u',
    'app:indeed-0a1b2c3d4e5f6789',
    {
      title: 'Junior Data Engineer',
      company: 'Saffron & Slate Analytics',
      location: 'London WC2R',
      workplace: 'Hybrid work',
      salary: { text: '£40,000 - £45,000 a year', min: 40000, max: 45000, currency: 'GBP', period: 'year' },
    },
  ],
  [
    'linkedin/guest-es-onsite.html',
    'https://es.linkedin.com/jobs/view/4023456789/',
    '#topbar-apply span',
    'app:linkedin-4023456789',
    {
      title: 'Analista de Datos Sénior',
      company: 'Pulsar Datos',
      location: 'Madrid, Comunidad de Madrid, España',
    },
  ],
  [
    'glassdoor/search-es-pane.html',
    'https://www.glassdoor.es/Empleo/madrid-desarrollador-empleos-SRCH_IL.0,6_IC2664239_KO7,20.htm?jl=1009202020202',
    '[data-test="easyApply"] span',
    'app:glassdoor-1009202020202',
    { title: 'Desarrollador Full Stack', company: 'Tramuntana Labs', location: 'Madrid' },
  ],
  [
    'glassdoor/job-easy-apply-us.html',
    'https://www.glassdoor.com/job-listing/senior-ios-engineer-loop-orchard-inc-JV_IC1150505_KO0,19_KE20,36.htm?jl=1009451230987',
    '[data-test="easyApply"] svg',
    'app:glassdoor-1009451230987',
    storedFields('glassdoor/job-easy-apply-us.html'),
  ],
  [
    'glassdoor/job-uk-blurred.html',
    'https://www.glassdoor.co.uk/job-listing/marketing-analyst-harbour-finch-JV_IC2667825_KO0,17_KE18,32.htm?jl=1009333444555',
    '[data-test="applyButton"] span',
    'app:glassdoor-1009333444555',
    { title: 'Marketing Analyst', company: 'Harbour & Finch Ltd', descriptionPartial: true },
  ],
  [
    'infojobs/offer-hybrid-salary.html',
    'https://www.infojobs.net/madrid/desarrollador-backend-java/of-i3f2a1b0c9d8e47f6a5b4c3d2e1f0a9b8',
    '.ij-OfferDetailApplyButton .sui-AtomButton-content',
    'app:infojobs-3f2a1b0c9d8e47f6a5b4c3d2e1f0a9b8',
    storedFields('infojobs/offer-hybrid-salary.html'),
  ],
  [
    'tecnoempleo/offer-microdata.html',
    'https://www.tecnoempleo.com/desarrollador-python-django/python-django/rf-a1b2c3d4e5f6a7b8c9d0',
    '#btn-inscribirme span',
    'app:tecnoempleo-a1b2c3d4e5f6a7b8c9d0',
    {
      board: 'tecnoempleo',
      title: 'Desarrollador Python Django',
      company: 'Cierzo Tecnologías',
      salary: { text: '21.000€ - 30.000€ b/a', min: 21000, max: 30000, currency: 'EUR', period: 'year' },
      // Board markup first: the h1 gives the title (microdata fills only what it lacks).
      captureSource: 'board',
    },
  ],
  // The classes of real page the first capture missed (job-pages notes).
  [
    'linkedin/view-2026-es-solicitud.html',
    'https://www.linkedin.com/jobs/view/4081234567/',
    '[data-view-name="job-apply-button"] span',
    'app:linkedin-4081234567',
    {
      title: 'Ingeniera de Datos',
      company: 'Lumen Agro',
      location: 'Sevilla, Andalucía, España',
      workplace: 'Híbrido',
      fieldSources: { title: 'board', company: 'board', description: 'board' },
    },
  ],
  [
    'linkedin/view-2026-external-stale-title.html',
    'https://www.linkedin.com/jobs/view/4092345678/',
    'a[href*="/redir/redirect/"][target="_blank"] span',
    'app:linkedin-4092345678',
    { title: 'Logistics Software Engineer', company: 'Harbor Lane Freight', employmentType: 'Full-time' },
  ],
  [
    'indeed/search-us-no-vjk-captcha.html',
    'https://www.indeed.com/jobs?q=warehouse+systems+analyst&l=Columbus%2C+OH',
    '#indeedApplyButton span',
    'app:indeed-3c4d5e6f7a8b9c0d',
    {
      url: 'https://www.indeed.com/viewjob?jk=3c4d5e6f7a8b9c0d',
      title: 'Warehouse Systems Analyst',
      company: 'Buckeye Cold Storage',
    },
  ],
  [
    'infojobs/offer-descripcion-2026.html',
    'https://www.infojobs.net/valencia/tecnico-soporte-microinformatico/of-i5e6f7a8b9c0d4e1f2a3b4c5d6e7f8a9b',
    '.ij-OfferDetailApplyButton button span',
    'app:infojobs-5e6f7a8b9c0d4e1f2a3b4c5d6e7f8a9b',
    {
      title: 'Técnico/a de Soporte Microinformático',
      company: 'Turia Servicios Digitales',
      fieldSources: { description: 'section' },
    },
  ],
  [
    // A layout the adapter cannot read: the Apply is kept, marked incomplete.
    'linkedin/view-2026-unreadable.html',
    'https://www.linkedin.com/jobs/view/4093456789/',
    '[data-view-name="job-apply-button"] span',
    'app:linkedin-4093456789',
    { title: 'Warehouse Data Lead', company: 'Nimbus Parcel', incomplete: ['description'] },
  ],
];

describe('Apply on each board', () => {
  it.each(BOARDS)('%s: Apply stores the open job as applied', async (file, url, click, key, fields) => {
    const page = await openJobPage(ext.context, ext.extensionId, url, fixture(file));
    await page.click(click);
    const app = await waitFor(key);
    expect(app).toMatchObject({ ...fields, status: 'applied', captureMethod: 'apply' });
    expect(app.events.map((event) => event.type)).toEqual(['applied']);
    expect(String(app.description ?? '')).not.toMatch(/<[a-z]/);
    // The page says so, in a toast that does not touch the site's layout.
    await expect.poll(() => toastText(page)).toContain('Saved to JobTrack as Applied');
    // And the toolbar badge marks this tab's job as tracked.
    await expect.poll(() => badgeFor(ext.worker, page)).toBe('✓');
    await page.close();
  });
});

describe('LinkedIn single-page navigation', () => {
  const paneB = `
    <div class="jobs-details" data-job-id="4032222222">
      <div class="job-details-jobs-unified-top-card__company-name"><a href="/company/kestrel/">Kestrel Finance</a></div>
      <div class="job-details-jobs-unified-top-card__job-title"><h1><a href="/jobs/view/4032222222/">Data Scientist</a></h1></div>
      <div class="job-details-jobs-unified-top-card__primary-description-container"><span class="tvm__text">Chicago, IL</span><span class="tvm__text"> · </span><span class="tvm__text">1 day ago</span></div>
      <button id="jobs-apply-button-id" class="jobs-apply-button" aria-label="Easy Apply to Data Scientist at Kestrel Finance"><span class="artdeco-button__text">Easy Apply</span></button>
      <div id="job-details"><p>Forecast credit risk with Python.</p></div>
    </div>`;

  it('captures the job open at click time after moving between jobs without a reload', async () => {
    const url = 'https://www.linkedin.com/jobs/search/?currentJobId=4034567890&keywords=data';
    const page = await openJobPage(
      ext.context,
      ext.extensionId,
      url,
      fixture('linkedin/pane-search-easy-apply.html'),
    );
    const before = appKeys(await ext.storage());
    // What LinkedIn does when a card is clicked: pushState, then the pane re-renders.
    await page.evaluate((html) => {
      history.pushState({}, '', '/jobs/search/?currentJobId=4032222222&keywords=data');
      const pane = document.querySelector('.jobs-search__job-details--container');
      if (pane) pane.innerHTML = html;
    }, paneB);
    await page.click('#jobs-apply-button-id span');
    const app = await waitFor('app:linkedin-4032222222');
    expect(app).toMatchObject({
      boardJobId: '4032222222',
      url: 'https://www.linkedin.com/jobs/view/4032222222/',
      title: 'Data Scientist',
      company: 'Kestrel Finance',
      location: 'Chicago, IL',
      status: 'applied',
    });
    const added = appKeys(await ext.storage()).filter((key) => !before.includes(key));
    expect(added).toEqual(['app:linkedin-4032222222']);
    await page.close();
  });

  it('captures a job reached from the feed without a page load, and reads nothing on the feed', async () => {
    // LinkedIn's top-bar "Jobs" link is an in-app navigation: the script must already be
    // on the feed page, and must stay idle there.
    const feed =
      '<!doctype html><html><head><title>Feed | LinkedIn</title></head><body><main><button class="jobs-apply-button" id="jobs-apply-button-id"><span>Easy Apply</span></button><div id="job-details">Not a job page</div></main></body></html>';
    const page = await openJobPage(ext.context, ext.extensionId, 'https://www.linkedin.com/feed/', feed);
    const before = appKeys(await ext.storage());
    // A click that looks like Apply on the feed stores nothing.
    await page.click('#jobs-apply-button-id span');
    await flushCaptures(page, ext.extensionId);
    expect(appKeys(await ext.storage())).toEqual(before);
    await page.evaluate(
      (html) => {
        history.pushState({}, '', '/jobs/search/?currentJobId=4033333333&keywords=feed');
        const main = document.querySelector('main');
        if (main) main.innerHTML = `<div class="jobs-search__job-details--container">${html}</div>`;
      },
      paneB.replaceAll('4032222222', '4033333333'),
    );
    await page.click('#jobs-apply-button-id span');
    await waitFor('app:linkedin-4033333333');
    const added = appKeys(await ext.storage()).filter((key) => !before.includes(key));
    expect(added).toEqual(['app:linkedin-4033333333']);
    await page.close();
  });

  it('keeps the badge in step with the job shown as the URL changes in the page', async () => {
    // 4034567890 was captured above (Apply on each board); 4031111111 never was.
    const url = 'https://www.linkedin.com/jobs/search/?currentJobId=4031111111&keywords=go';
    const page = await openJobPage(
      ext.context,
      ext.extensionId,
      url,
      fixture('linkedin/pane-search-easy-apply.html'),
    );
    await expect.poll(() => badgeFor(ext.worker, page)).toBe('');
    await page.evaluate(() => history.pushState({}, '', '/jobs/search/?currentJobId=4034567890&keywords=go'));
    await expect.poll(() => badgeFor(ext.worker, page)).toBe('✓');
    await page.evaluate(() => history.back());
    await expect.poll(() => badgeFor(ext.worker, page)).toBe('');
    // A move to a URL that names no job: the background reads the open pane (its
    // data-job-id is the tracked 4034567890).
    await page.evaluate(() => history.pushState({}, '', '/jobs/search/?keywords=go'));
    await expect.poll(() => badgeFor(ext.worker, page)).toBe('✓');
    await page.close();
  });

  it('marks a tracked job on a fresh load: from the URL, or from the pane when the URL names no job', async () => {
    // Both captured above (Apply on each board). The first URL names the job (the background
    // reads it); the second, Indeed search without vjk, does not (the background injects
    // the pane read, capture-pane.js, once the page has loaded).
    const pages: [string, string][] = [
      [
        'infojobs/offer-hybrid-salary.html',
        BOARDS.find(([file]) => file === 'infojobs/offer-hybrid-salary.html')?.[1] ?? '',
      ],
      ['indeed/search-us-no-vjk-captcha.html', 'https://www.indeed.com/jobs?q=warehouse+systems+analyst'],
    ];
    for (const [file, url] of pages) {
      const page = await openJobPage(ext.context, ext.extensionId, url, fixture(file));
      await expect.poll(() => badgeFor(ext.worker, page)).toBe('✓');
      await page.close();
    }
  });
});

describe('one job, one application', () => {
  it('a repeat Apply (another URL form, tracking parameters) adds nothing', async () => {
    const file = 'infojobs/offer-remote-no-salary.html';
    const key = 'app:infojobs-a9b8c7d6e5f44a3b2c1d0e9f8a7b6c5d';
    const first = await openJobPage(
      ext.context,
      ext.extensionId,
      'https://www.infojobs.net/barcelona/tecnico-soporte-it/of-ia9b8c7d6e5f44a3b2c1d0e9f8a7b6c5d',
      fixture(file),
    );
    await first.click('.ij-OfferDetailApplyButton span');
    const app = await waitFor(key);
    await first.click('.ij-OfferDetailApplyButton span');
    await flushCaptures(first, ext.extensionId);
    const second = await openJobPage(
      ext.context,
      ext.extensionId,
      'https://www.infojobs.net/barcelona/tecnico-soporte-it/of-ia9b8c7d6e5f44a3b2c1d0e9f8a7b6c5d?applicationOrigin=search-new&page=2&utm_source=mail',
      fixture(file),
    );
    await second.click('.ij-OfferDetailApplyButton span');
    await flushCaptures(second, ext.extensionId);
    expect(await stored(key)).toEqual(app);
    await expect.poll(() => toastText(second)).toContain('Already in JobTrack (Applied)');
    await first.close();
    await second.close();
  });
});

describe('pages with nothing to capture', () => {
  it.each([
    ['glassdoor/captcha.html', 'https://www.glassdoor.com/job-listing/x-JV_KO0,1.htm?jl=1009000000001'],
    ['indeed/bot-check.html', 'https://www.indeed.com/viewjob?jk=00000000deadbeef'],
    ['infojobs/bot-check.html', 'https://www.infojobs.net/madrid/x/of-i00000000000000000000000000000001'],
    ['linkedin/guest-closed.html', 'https://www.linkedin.com/jobs/view/4066666666/'],
    ['linkedin/search-no-open-job.html', 'https://www.linkedin.com/jobs/search/?keywords=accountant'],
    ['tecnoempleo/offer-closed.html', 'https://www.tecnoempleo.com/analista/net/rf-1234567890abcdef1234'],
  ])('%s stores nothing, even on an Apply click', async (file, url) => {
    const page = await openJobPage(ext.context, ext.extensionId, url, fixture(file));
    const before = await ext.storage();
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'jt-apply';
      button.innerHTML = '<span>Apply now</span>';
      document.body.append(button);
    });
    await page.click('#jt-apply span');
    await flushCaptures(page, ext.extensionId);
    expect(appKeys(await ext.storage())).toEqual(appKeys(before));
    await expect.poll(() => toastText(page)).toContain('JobTrack could not read this job');
    await expect.poll(() => badgeFor(ext.worker, page)).toBe('');
    await page.close();
  });
});

describe('many tabs', () => {
  it('ten tabs applying at once keep all ten applications', async () => {
    const html = fixture('indeed/viewjob-company-site.html');
    const ids = Array.from({ length: 10 }, (_, i) => `c0ffee00${String(i).padStart(8, '0')}`);
    const pages = await Promise.all(
      ids.map((id) =>
        openJobPage(ext.context, ext.extensionId, `https://www.indeed.com/viewjob?jk=${id}`, html),
      ),
    );
    await Promise.all(pages.map((page) => page.click('#applyButtonLinkContainer button span')));
    await expect
      .poll(async () => appKeys(await ext.storage()).filter((key) => key.startsWith('app:indeed-c0ffee00')))
      .toEqual(ids.map((id) => `app:indeed-${id}`));
    await Promise.all(pages.map((page) => page.close()));
  });
});

describe('scraped text stays text', () => {
  it('stores a title holding HTML as text and shows it as text in the toast and the popup', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const html = fixture('indeed/viewjob-company-site.html').replace(
      '<span>Pharmacy Technician</span>',
      '<span>&lt;img src=x onerror=alert(1)&gt;</span>',
    );
    const page = await openJobPage(
      ext.context,
      ext.extensionId,
      'https://www.indeed.com/viewjob?jk=badc0de0badc0de0',
      html,
    );
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.click('#applyButtonLinkContainer button span');
    const app = await waitFor('app:indeed-badc0de0badc0de0');
    expect(app.title).toBe(evil);
    await expect.poll(() => toastText(page)).toContain(evil);
    expect(await toastTags(page)).not.toContain('IMG');

    const popup = await ext.openPage('popup.html');
    popup.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await expect.poll(() => popup.getByText(evil).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await popup.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('the toast', () => {
  it('Undo removes what the Apply created; Open shows it in the tracker', async () => {
    const url = 'https://www.tecnoempleo.com/ingeniero-devops-aws/aws-terraform/rf-0f9e8d7c6b5a49382716';
    const key = 'app:tecnoempleo-0f9e8d7c6b5a49382716';
    const page = await openJobPage(
      ext.context,
      ext.extensionId,
      url,
      fixture('tecnoempleo/offer-jsonld.html'),
    );
    await page.click('#btn-inscribirme span');
    await waitFor(key);
    await expect.poll(() => toastText(page)).toContain('Undo');
    await clickToastButton(page, 'Undo');
    await expect.poll(() => toastText(page)).toContain('Removed from JobTrack');
    expect(await stored(key)).toBeUndefined();
    await expect.poll(() => badgeFor(ext.worker, page)).toBe('');

    await page.click('#btn-inscribirme span');
    await waitFor(key);
    await expect.poll(() => toastText(page)).toContain('Saved to JobTrack');
    const opened = ext.context.waitForEvent('page');
    await clickToastButton(page, 'Open');
    const tracker = await opened;
    expect(tracker.url()).toBe(
      `chrome-extension://${ext.extensionId}/tracker.html?id=${encodeURIComponent('tecnoempleo-0f9e8d7c6b5a49382716')}`,
    );
    await tracker.close();
    await page.close();
  });
});

describe('an Apply on a job the page does not let us read in full', () => {
  it('is kept incomplete: the toast says so and opens it, the popup and tracker mark it', async () => {
    const html = fixture('linkedin/view-2026-unreadable.html').replaceAll('4093456789', '4093456780');
    const page = await openJobPage(
      ext.context,
      ext.extensionId,
      'https://www.linkedin.com/jobs/view/4093456780/',
      html,
    );
    await page.click('[data-view-name="job-apply-button"] span');
    const app = await waitFor('app:linkedin-4093456780');
    expect(app).toMatchObject({ title: 'Warehouse Data Lead', incomplete: ['description'] });
    await expect.poll(() => toastText(page)).toContain('(incomplete)');
    await expect.poll(() => toastText(page)).toContain('Could not read: description');

    const popup = await ext.openPage('popup.html');
    const row = popup.locator('.prow', { hasText: 'Warehouse Data Lead' });
    await expect.poll(() => row.locator('.tag--incomplete').count(), { timeout: 10_000 }).toBe(1);
    await popup.close();

    const opened = ext.context.waitForEvent('page');
    await clickToastButton(page, 'Complete it');
    const tracker = await opened;
    const detail = tracker.locator('.detail');
    await expect
      .poll(() => detail.getByText('Captured without: description').count(), { timeout: 10_000 })
      .toBe(1);
    await expect.poll(() => detail.getByText('Where each field was read').count()).toBe(1);
    await tracker.close();
    await page.close();
  });
});

describe('a hostile page', () => {
  const url = 'https://www.indeed.com/viewjob?jk=feedfacefeedface';
  const html = () => fixture('indeed/viewjob-company-site.html');

  it("cannot capture with a script's click on the Apply button", async () => {
    const page = await openJobPage(ext.context, ext.extensionId, url, html());
    await page.evaluate(() => {
      const apply = document.querySelector<HTMLElement>('#applyButtonLinkContainer button');
      apply?.click();
      apply?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    await flushCaptures(page, ext.extensionId);
    expect(await stored('app:indeed-feedfacefeedface')).toBeUndefined();
    // A person's click on the same button still captures.
    await page.click('#applyButtonLinkContainer button span');
    await waitFor('app:indeed-feedfacefeedface');
    await page.close();
  });

  it("cannot read the toast (the job's stage is private) nor reach its buttons", async () => {
    const page = await openJobPage(ext.context, ext.extensionId, url, html());
    await page.click('#applyButtonLinkContainer button span');
    await expect.poll(() => toastText(page)).toContain('Already in JobTrack (Applied)');
    const seen = await page.evaluate(() => {
      const host = document.querySelector('jobtrack-toast');
      return {
        host: Boolean(host),
        shadowRoot: host?.shadowRoot ?? null,
        text: `${document.documentElement.outerHTML}\n${document.body.innerText}`,
        buttons: document.querySelectorAll('jobtrack-toast button').length,
      };
    });
    expect(seen).toMatchObject({ host: true, shadowRoot: null, buttons: 0 });
    expect(seen.text).not.toMatch(/Already in JobTrack|Applied\)/);
    await page.close();
  });
});
