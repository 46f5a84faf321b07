import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ListingDraft } from '../../../extension/model/application';
import { currentJobRef, extractListing } from '../../../extension/sites/extract';
import { counter, FUZZ_RUNS, fuzzOptions, mutated } from '../../support/fuzz';

/**
 * Listing pages are written by the boards, their advertisers and anyone who can post a
 * job: markup, scripts, event handlers and broken structure, through the adapters' pure
 * parse (linkedom, as the unit tests use). Whatever the page, extraction answers a listing
 * the background would accept or "nothing" — it never throws — and markup never comes out
 * as text.
 */

const PAGES: [file: string, url: string][] = [
  ['linkedin/guest-es-onsite.html', 'https://es.linkedin.com/jobs/view/4023456789/'],
  ['linkedin/view-2026-rtl.html', 'https://www.linkedin.com/jobs/view/4067890123/?refId=abc'],
  [
    'linkedin/view-2026-easy-apply.html',
    'https://www.linkedin.com/jobs/search-results/?currentJobId=4056789012',
  ],
  ['linkedin/search-no-open-job.html', 'https://www.linkedin.com/jobs/search/?keywords=x'],
  ['indeed/viewjob-uk-indeed-apply.html', 'https://uk.indeed.com/viewjob?jk=0a1b2c3d4e5f6789'],
  ['indeed/search-us-vjk-indeed-apply.html', 'https://www.indeed.com/jobs?q=nurse&vjk=7777aaaa8888bbbb'],
  ['indeed/bot-check.html', 'https://www.indeed.com/viewjob?jk=5f3a2b1c9d8e7f60'],
  ['glassdoor/job-uk-blurred.html', 'https://www.glassdoor.co.uk/job-listing/x.htm?jl=1009333444555'],
  [
    'glassdoor/search-es-pane.html',
    'https://www.glassdoor.es/Empleo/madrid-SRCH_IL.0,6.htm?jl=1009202020202',
  ],
  [
    'infojobs/offer-remote-no-salary.html',
    'https://www.infojobs.net/barcelona/tecnico/of-ia9b8c7d6e5f44a3b2c1d0e9f8a7b6c5d',
  ],
  ['tecnoempleo/offer-jsonld.html', 'https://www.tecnoempleo.com/devops/aws/rf-0f9e8d7c6b5a49382716'],
  ['tecnoempleo/offer-breadcrumb.html', 'https://www.tecnoempleo.com/admin/linux/rf-77aa88bb99cc00dd11ee'],
  ['other/greenhouse-jsonld-graph.html', 'https://boards.greenhouse.io/kelpie/jobs/4455667'],
  ['other/career-microdata.html', 'https://careers.example/jobs/1'],
  ['other/plain-careers-page.html', 'https://ryecrumb.example/jobs/head-baker'],
];
const SOURCES = PAGES.map(([file, url]) => ({
  url,
  // Split between tags: fragments go where markup goes.
  parts: readFileSync(new URL(`../../fixtures/pages/${file}`, import.meta.url), 'utf8').split(/(?<=>)/),
}));

/** What a hostile page or ad puts in its markup. */
const HOSTILE = [
  '<script>globalThis.__pwned = 1</script>',
  '<img src=x onerror="globalThis.__pwned=1">',
  '<iframe src="javascript:alert(1)" hidden></iframe>',
  '<svg onload="alert(1)"><a href="javascript:alert(1)">x</a></svg>',
  '<h1>Fake title</h1><h1></h1>',
  '<script type="application/ld+json">{"@type":"JobPosting","title":"<img src=x onerror=alert(1)>","url":"javascript:alert(1)","hiringOrganization":{"name":"<script>x</script>"}}</script>',
  '<script type="application/ld+json">{"@graph":[{"@type":"JobPosting","title":null,"description":{"x":1}}]}</script>',
  '<script type="application/ld+json">{not json</script>',
  '<meta property="og:title" content="  ">',
  '<div data-job-id="../../etc" data-jk="<x>"></div>',
  '<a href="https://evil.example/jobs/view/1/">Apply</a>',
  '<template><img src=x onerror=alert(1)></template>',
  '<!-- <script>alert(1)</script> -->',
  '</div></div></main></body>',
  '<div style="display:none">'.repeat(30),
];
const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => `<p>${s}</p>`) },
);

const mutatedPage = fc
  .record({
    source: fc.constantFrom(...SOURCES),
    edits: fc.array(
      fc.record({
        at: fc.nat(),
        kind: fc.constantFrom('insert', 'delete', 'replace'),
        text: fragment,
        length: fc.integer({ min: 1, max: 8 }),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    allowText: fc.boolean(),
  })
  .map(({ source, edits, allowText }) => {
    const parts = [...source.parts];
    for (const edit of edits) {
      const at = edit.at % (parts.length + 1);
      if (edit.kind === 'insert') parts.splice(at, 0, edit.text);
      else if (edit.kind === 'delete') parts.splice(at, edit.length);
      else parts.splice(at, 1, edit.text);
    }
    return { html: parts.join(''), url: source.url, allowText };
  });

const JOB_POSTING = {
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: 'Staff Data Engineer',
  description: '<p>Build <b>pipelines</b>.</p><ul><li>Python</li></ul>',
  hiringOrganization: { '@type': 'Organization', name: 'Kelpie Energy' },
  jobLocation: { '@type': 'Place', address: { addressLocality: 'Madrid', addressCountry: 'ES' } },
  baseSalary: {
    '@type': 'MonetaryAmount',
    currency: 'EUR',
    value: { minValue: 40000, maxValue: 50000, unitText: 'YEAR' },
  },
  employmentType: 'FULL_TIME',
  datePosted: '2026-11-01',
};
/** Markup hidden in the description HTML: it must come out as text, never as a tag. */
const MARKUP = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<iframe src=javascript:alert(1)>',
];
const structuredPage = fc
  .record({
    posting: mutated(JOB_POSTING),
    markup: fc.constantFrom(...MARKUP),
    host: fc.constantFrom(
      'https://boards.greenhouse.io/x/jobs/1',
      'https://jobs.example/ofertas/2',
      'https://www.tecnoempleo.com/a/b/rf-0f9e8d7c6b5a49382716',
    ),
  })
  .map(({ posting, markup, host }) => {
    const withMarkup =
      posting &&
      typeof posting === 'object' &&
      typeof (posting as { description?: unknown }).description === 'string'
        ? {
            ...(posting as object),
            description: `${(posting as { description: string }).description}${markup}<p>end</p>`,
          }
        : posting;
    // As a page embeds it: "</" escaped so the JSON cannot close the script element.
    const json = (JSON.stringify(withMarkup) ?? 'null').replace(/<\//g, '<\\/');
    return {
      html: `<!doctype html><html><head><title>Jobs</title><script type="application/ld+json">${json}</script></head><body><main><h1>Jobs</h1></main></body></html>`,
      url: host,
      allowText: false,
    };
  });

/** example.com, example.co.uk: the registrable part of a host name. */
function site(host: string): string {
  const labels = host.split('.');
  return labels.slice(/^(co|com)$/.test(labels.at(-2) ?? '') ? -3 : -2).join('.');
}

function check({ html, url, allowText }: { html: string; url: string; allowText: boolean }) {
  // A browser's parser always makes the <html> element; linkedom makes none for markup
  // without one (and then throws on document.title), so give it one as a browser would.
  const normal = `<!doctype html><html>${html.replace(/<!doctype[^>]*>|<\/?html\b[^>]*>/gi, '')}</html>`;
  const doc = parseHTML(normal).document as unknown as Document;
  const pageUrl = new URL(url);
  const result = extractListing(doc, pageUrl, { allowText });
  currentJobRef(doc, pageUrl);
  if (result.kind === 'nothing') {
    expect(['bot-check', 'no-job', 'unsupported-page']).toContain(result.reason);
    return undefined;
  }
  expect(result.kind).toBe('listing');
  // What the background accepts, as it is.
  expect(ListingDraft.safeParse(result.draft).success).toBe(true);
  // The listing is the page's own site's: a URL in the page's content cannot redirect it
  // (a board's adapter may canonicalise es.linkedin.com to www.linkedin.com).
  expect(site(new URL(result.draft.url).hostname)).toBe(site(pageUrl.hostname));
  return result.draft;
}

describe('fuzz: listing HTML through the adapters', { timeout: 120_000 }, () => {
  it(`fixture pages with hostile markup inserted, deleted, replaced (${FUZZ_RUNS} cases)`, () => {
    const { state, count } = counter();
    let listings = 0;
    fc.assert(
      fc.property(mutatedPage, (page) => {
        count(page);
        if (check(page)) listings++;
      }),
      fuzzOptions(),
    );
    expect(state.cases).toBeGreaterThanOrEqual(FUZZ_RUNS);
    expect(listings).toBeGreaterThan(FUZZ_RUNS / 10);
  });

  it(`JSON-LD job postings with markup and scripts in the description (${FUZZ_RUNS} cases)`, () => {
    const { state, count } = counter();
    let described = 0;
    fc.assert(
      fc.property(structuredPage, (page) => {
        count(page);
        const draft = check(page);
        if (draft?.description) {
          described++;
          expect(draft.description).not.toMatch(/<\s*(img|script|iframe)\b|onerror\s*=/i);
        }
      }),
      fuzzOptions(),
    );
    expect(state.cases).toBeGreaterThanOrEqual(FUZZ_RUNS);
    expect(described).toBeGreaterThan(FUZZ_RUNS / 10);
  });
});
