import { describe, expect, it } from 'vitest';
import { findApplyControl } from '../../../extension/capture/apply-detection';
import { adapterFor } from '../../../extension/sites/extract';
import { loadFixture, parseDocument } from '../sites/load-fixture';

const selectorsFor = (url: string) => adapterFor(new URL(url))?.applySelectors ?? [];

describe('findApplyControl on the boards', () => {
  it.each([
    // [fixture, url, selector of the element the click lands on]
    [
      'linkedin/pane-search-easy-apply.html',
      'https://www.linkedin.com/jobs/search/',
      '#jobs-apply-button-id svg',
    ],
    [
      'linkedin/pane-search-easy-apply.html',
      'https://www.linkedin.com/jobs/search/',
      '#jobs-apply-button-id .artdeco-button__text',
    ],
    [
      'linkedin/pane-collections-company-site.html',
      'https://www.linkedin.com/jobs/collections/',
      '.jobs-apply-button svg',
    ],
    [
      'linkedin/view-2026-easy-apply.html',
      'https://www.linkedin.com/jobs/view/4056789012/',
      'a[aria-label="Easy Apply to this job"] span',
    ],
    [
      'linkedin/view-2026-rtl.html',
      'https://www.linkedin.com/jobs/view/4067890123/',
      'a[aria-label="Apply on company website"] span',
    ],
    // 2026 in Spanish: the language-independent data-view-name hook.
    [
      'linkedin/view-2026-es-solicitud.html',
      'https://www.linkedin.com/jobs/view/4081234567/',
      '[data-view-name="job-apply-button"] span',
    ],
    // 2026 external apply: a /redir/redirect/ link, target _blank, no aria-label.
    [
      'linkedin/view-2026-external-stale-title.html',
      'https://www.linkedin.com/jobs/view/4092345678/',
      'a[href*="/redir/redirect/"][target="_blank"] span',
    ],
    [
      'linkedin/guest-offsite-salary.html',
      'https://www.linkedin.com/jobs/view/4012345678',
      '.apply-button__text',
    ],
    ['linkedin/guest-es-onsite.html', 'https://es.linkedin.com/jobs/view/4023456789', '#topbar-apply span'],
    [
      'indeed/viewjob-company-site.html',
      'https://www.indeed.com/viewjob?jk=5f3a2b1c9d8e7f60',
      '#applyButtonLinkContainer svg',
    ],
    [
      'indeed/viewjob-uk-indeed-apply.html',
      'https://uk.indeed.com/viewjob?jk=0a1b2c3d4e5f6789',
      '#indeedApplyButton .css-1hjxf1u',
    ],
    [
      'indeed/search-es-vjk.html',
      'https://es.indeed.com/jobs?vjk=9e8d7c6b5a493827',
      '#applyButtonLinkContainer span',
    ],
    [
      'glassdoor/job-easy-apply-us.html',
      'https://www.glassdoor.com/job-listing/x.htm?jl=1',
      '[data-test="easyApply"] svg',
    ],
    [
      'glassdoor/job-uk-blurred.html',
      'https://www.glassdoor.co.uk/job-listing/x.htm?jl=1',
      '[data-test="applyButton"] span',
    ],
    [
      'infojobs/offer-hybrid-salary.html',
      'https://www.infojobs.net/madrid/x/of-i3f2a1b0c9d8e47f6a5b4c3d2e1f0a9b8',
      '.sui-AtomButton-content',
    ],
    [
      'tecnoempleo/offer-microdata.html',
      'https://www.tecnoempleo.com/x/y/rf-a1b2c3d4e5f6a7b8c9d0',
      '#btn-inscribirme i',
    ],
  ])('%s: a click on %s is Apply', (file, url, selector) => {
    const doc = loadFixture(file);
    const target = doc.querySelector(selector);
    expect(target).not.toBeNull();
    expect(findApplyControl(target, selectorsFor(url))).toBeDefined();
  });

  it.each([
    [
      'linkedin/pane-search-easy-apply.html',
      'https://www.linkedin.com/jobs/search/',
      'button[aria-label="Easy Apply filter."]',
    ],
    [
      'linkedin/pane-search-easy-apply.html',
      'https://www.linkedin.com/jobs/search/',
      '.jobs-save-button span',
    ],
    [
      'linkedin/pane-search-easy-apply.html',
      'https://www.linkedin.com/jobs/search/',
      '.job-card-container__link strong',
    ],
    [
      'indeed/viewjob-company-site.html',
      'https://www.indeed.com/viewjob?jk=5f3a2b1c9d8e7f60',
      '#saveJobButtonContainer span',
    ],
    [
      'glassdoor/job-easy-apply-us.html',
      'https://www.glassdoor.com/job-listing/x.htm?jl=1',
      '[data-test="save-job"] span',
    ],
    [
      'linkedin/guest-offsite-salary.html',
      'https://www.linkedin.com/jobs/view/4012345678',
      '.show-more-less-html__button',
    ],
  ])('%s: a click on %s is not Apply', (file, url, selector) => {
    const doc = loadFixture(file);
    expect(findApplyControl(doc.querySelector(selector), selectorsFor(url))).toBeUndefined();
  });
});

describe('findApplyControl by label, the last resort', () => {
  const click = (html: string) => {
    const doc = parseDocument(`<html><body>${html}</body></html>`);
    return findApplyControl(doc.querySelector('#hit'), []);
  };
  it.each([
    '<button><span id="hit">Easy Apply</span></button>',
    '<button id="hit">Apply now</button>',
    '<a href="/x" role="button"><b id="hit">Inscribirme en esta oferta</b></a>',
    '<button><span id="hit">Solicitud sencilla</span></button>',
    '<a id="hit" href="/jobs/123/apply/">Apply</a>',
    '<button id="hit" aria-label="Apply on company site">→</button>',
  ])('%s is Apply', (html) => {
    expect(click(html)).toBeDefined();
  });
  it.each([
    '<button id="hit">Apply filters</button>',
    '<button id="hit">Aplicar filtros</button>',
    '<button id="hit">Applied</button>',
    '<button id="hit">Save</button>',
    '<p id="hit">Apply now</p>',
    '<button id="hit">Create job alert</button>',
  ])('%s is not Apply', (html) => {
    expect(click(html)).toBeUndefined();
  });
});

describe('LinkedIn 2026 redirect links', () => {
  it('a /redir/redirect/ link inside the description is not an Apply', () => {
    const doc = loadFixture('linkedin/view-2026-external-stale-title.html');
    const link = doc.querySelector('[data-testid="expandable-text-box"] a');
    expect(link).not.toBeNull();
    expect(
      findApplyControl(link, selectorsFor('https://www.linkedin.com/jobs/view/4092345678/')),
    ).toBeUndefined();
  });
});
