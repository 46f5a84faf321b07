import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../../extension/sites/extract';
import { loadFixture } from './load-fixture';

/**
 * The ~2 MB page of each board family (tests/fixtures/pages/make-large.ts): hundreds of
 * other job cards with their own ids, and big inline JSON. The open job must come out
 * exactly as from the small page.
 */
describe.each([
  [
    'linkedin/view-2026-large.html',
    'linkedin/view-2026-es-solicitud.html',
    'https://www.linkedin.com/jobs/view/4081234567/',
  ],
  [
    'indeed/search-no-vjk-large.html',
    'indeed/search-us-no-vjk-captcha.html',
    'https://www.indeed.com/jobs?q=warehouse+systems+analyst&l=Columbus%2C+OH',
  ],
  [
    'infojobs/offer-descripcion-large.html',
    'infojobs/offer-descripcion-2026.html',
    'https://www.infojobs.net/valencia/tecnico-soporte-microinformatico/of-i5e6f7a8b9c0d4e1f2a3b4c5d6e7f8a9b',
  ],
  [
    'linkedin/pane-search-large.html',
    'linkedin/pane-search-easy-apply.html',
    'https://www.linkedin.com/jobs/search/?currentJobId=4034567890&keywords=machine%20learning',
  ],
  [
    'indeed/search-us-large.html',
    'indeed/search-us-vjk-indeed-apply.html',
    'https://www.indeed.com/jobs?q=registered+nurse&l=Portland%2C+OR&vjk=7777aaaa8888bbbb',
  ],
  [
    'glassdoor/search-es-large.html',
    'glassdoor/search-es-pane.html',
    'https://www.glassdoor.es/Empleo/madrid-desarrollador-empleos-SRCH_IL.0,6_IC2664239_KO7,20.htm?jl=1009202020202',
  ],
  [
    'infojobs/offer-large.html',
    'infojobs/offer-hybrid-salary.html',
    'https://www.infojobs.net/madrid/desarrollador-backend-java/of-i3f2a1b0c9d8e47f6a5b4c3d2e1f0a9b8',
  ],
  [
    'tecnoempleo/offer-large.html',
    'tecnoempleo/offer-microdata.html',
    'https://www.tecnoempleo.com/desarrollador-python-django/python-django/rf-a1b2c3d4e5f6a7b8c9d0',
  ],
])('%s', (large, small, url) => {
  it('is about 2 MB', () => {
    const size = statSync(new URL(`../../fixtures/pages/${large}`, import.meta.url)).size;
    expect(size).toBeGreaterThan(1.9 * 1024 * 1024);
  });

  it('yields the open job, the same as the small page', () => {
    const pageUrl = new URL(url);
    const adapter = adapterFor(pageUrl);
    const expected = adapter?.parseListing(loadFixture(small), pageUrl);
    expect(expected).toBeDefined();
    // linkedom parses 2 MB in seconds on a busy machine: parse once, allow the time.
    const doc = loadFixture(large);
    expect(adapter?.parseListing(doc, pageUrl)).toEqual(expected);
    expect(adapter?.currentJob(doc, pageUrl)?.boardJobId).toBe(expected?.boardJobId);
  }, 30_000);
});
