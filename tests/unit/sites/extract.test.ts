import { describe, expect, it } from 'vitest';
import { currentJobRef, extractListing } from '../../../extension/sites/extract';
import { loadFixture, parseDocument } from './load-fixture';

describe('extractListing on any page', () => {
  it('uses structured data first, with the page URL', () => {
    const result = extractListing(
      loadFixture('other/greenhouse-jsonld-graph.html'),
      new URL('https://boards.greenhouse.io/kelpieenergy/jobs/4455667?gh_src=abc'),
      { allowText: false },
    );
    expect(result).toMatchObject({
      kind: 'listing',
      draft: { board: 'other', title: 'Staff Data Engineer', company: 'Kelpie Energy', source: 'structured' },
    });
  });

  it('falls back to readable text for a manual save: title, company guess, main text', () => {
    const url = new URL('https://ryecrumb.example/jobs/head-baker');
    const doc = loadFixture('other/plain-careers-page.html');
    expect(extractListing(doc, url, { allowText: false })).toEqual({ kind: 'nothing', reason: 'no-job' });
    const result = extractListing(doc, url, { allowText: true });
    expect(result).toEqual({
      kind: 'listing',
      draft: {
        board: 'other',
        url: url.href,
        title: 'Head Baker',
        company: 'Rye & Crumb Bakery',
        description:
          'Head Baker\n\nWe are looking for a head baker for our Bristol bakery.\n\nEarly starts (4am), sourdough experience essential.\n£32,000 per year plus a daily loaf.\n\nEmail your CV to jobs@ryecrumb.example.',
        source: 'text',
        fieldSources: { title: 'text', company: 'text', description: 'text' },
      },
    });
  });

  it('guesses the company from the host when the page names none', () => {
    const doc = parseDocument('<html><head><title>Welder</title></head><body><p>Join us.</p></body></html>');
    const result = extractListing(doc, new URL('https://careers.steelworks.co.uk/jobs/1'), {
      allowText: true,
    });
    expect(result).toMatchObject({ kind: 'listing', draft: { title: 'Welder', company: 'steelworks' } });
  });

  it('stores nothing from a bot check, even on a manual save', () => {
    const doc = loadFixture('other/cloudflare-check.html');
    expect(extractListing(doc, new URL('https://jobs.example.com/42'), { allowText: true })).toEqual({
      kind: 'nothing',
      reason: 'bot-check',
    });
  });

  it('never falls back to text on a board page with no open job', () => {
    const doc = loadFixture('linkedin/search-no-open-job.html');
    const url = new URL('https://www.linkedin.com/jobs/search/?keywords=accountant');
    expect(extractListing(doc, url, { allowText: true })).toEqual({ kind: 'nothing', reason: 'no-job' });
  });
});

describe('currentJobRef', () => {
  it.each([
    [
      'linkedin/pane-search-easy-apply.html',
      'https://www.linkedin.com/jobs/search/?currentJobId=4034567890',
      '4034567890',
    ],
    // After single-page navigation the URL names the new job: it wins over the stale pane.
    [
      'linkedin/pane-search-easy-apply.html',
      'https://www.linkedin.com/jobs/search/?currentJobId=4032222222',
      '4032222222',
    ],
    [
      'linkedin/guest-offsite-salary.html',
      'https://www.linkedin.com/jobs/view/senior-platform-engineer-at-northwind-robotics-4012345678',
      '4012345678',
    ],
    ['indeed/search-es-vjk.html', 'https://es.indeed.com/jobs?q=x&vjk=9e8d7c6b5a493827', '9e8d7c6b5a493827'],
    [
      'glassdoor/search-com-pane-no-jl.html',
      'https://www.glassdoor.com/Job/denver-np-jobs-SRCH_IL.0,6.htm',
      '1009555666777',
    ],
    [
      'infojobs/offer-hybrid-salary.html',
      'https://www.infojobs.net/madrid/x/of-i3f2a1b0c9d8e47f6a5b4c3d2e1f0a9b8',
      '3f2a1b0c9d8e47f6a5b4c3d2e1f0a9b8',
    ],
    [
      'tecnoempleo/offer-microdata.html',
      'https://www.tecnoempleo.com/x/y/rf-a1b2c3d4e5f6a7b8c9d0',
      'a1b2c3d4e5f6a7b8c9d0',
    ],
  ])('%s at %s → %s', (file, url, id) => {
    expect(currentJobRef(loadFixture(file), new URL(url))?.boardJobId).toBe(id);
  });

  it('is undefined on a list with nothing open', () => {
    expect(
      currentJobRef(
        loadFixture('linkedin/search-no-open-job.html'),
        new URL('https://www.linkedin.com/jobs/search/'),
      ),
    ).toBeUndefined();
  });
});

describe('text and page checks', () => {
  it('does not mistake a job titled with security words for a bot check', () => {
    const doc = parseDocument(
      '<html><head><title>Verification Engineer - Security Checkpoint | Indeed.com</title></head><body><h2 data-testid="jobsearch-JobInfoHeader-title">Verification Engineer</h2></body></html>',
    );
    const result = extractListing(doc, new URL('https://www.indeed.com/viewjob?jk=1234567890abcdef'), {
      allowText: false,
    });
    expect(result).toMatchObject({ kind: 'listing', draft: { title: 'Verification Engineer' } });
  });

  it('drops bidi and zero-width marks around names', () => {
    const doc = parseDocument(
      '<html><head><title>x</title></head><body><h1 class="top-card-layout__title">\u200eData\u00a0Engineer\u200f</h1><a class="topcard__org-name-link">\u2067شركة النور\u2069</a></body></html>',
    );
    const result = extractListing(doc, new URL('https://www.linkedin.com/jobs/view/4012345678/'), {
      allowText: false,
    });
    expect(result).toMatchObject({
      kind: 'listing',
      draft: { title: 'Data Engineer', company: 'شركة النور' },
    });
  });
});
