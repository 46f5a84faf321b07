import { describe, expect, it } from 'vitest';
import { readStructuredJob } from '../../../extension/sites/structured';
import { loadFixture, parseDocument } from './load-fixture';

const page = (head: string, body = '') =>
  parseDocument(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('readStructuredJob', () => {
  it('reads a JobPosting inside @graph, with salary, locations and escaped HTML', () => {
    expect(readStructuredJob(loadFixture('other/greenhouse-jsonld-graph.html'))).toEqual({
      title: 'Staff Data Engineer',
      company: 'Kelpie Energy',
      location: 'Edinburgh · London',
      description: 'Kelpie Energy balances the grid with home batteries.',
      employmentType: 'Full-time',
      salary: {
        text: 'GBP 85,000 - 105,000 per year',
        min: 85000,
        max: 105000,
        currency: 'GBP',
        period: 'year',
      },
    });
  });

  it('reads a JobPosting inside a top-level array, HTML description to text', () => {
    const job = readStructuredJob(loadFixture('other/lever-jsonld-array.html'));
    expect(job).toMatchObject({
      title: 'Customer Success Manager (EMEA)',
      company: 'Tidal Mesh',
      location: 'Rotterdam, Netherlands',
      workplace: 'Remote',
      salary: { min: 4800, max: 4800, currency: 'EUR', period: 'month' },
    });
    expect(job?.description).toBe(
      'About us\nTidal Mesh builds mesh Wi‑Fi for ports.\n\nThe role\n\n• Own 40 enterprise accounts\n• Run QBRs',
    );
  });

  it('reads microdata', () => {
    expect(readStructuredJob(loadFixture('other/career-microdata.html'))).toEqual({
      title: 'Warehouse Team Lead',
      company: 'Bramble Books Ltd',
      location: 'Leeds',
      description: 'Lead a team of eight in our Leeds warehouse.\n\nForklift licence a plus.',
      salary: { text: '£28,500 a year', min: 28500, currency: 'GBP', period: 'year' },
      employmentType: 'Full-time',
    });
  });

  it('does not run or load what a description holds', () => {
    const job = readStructuredJob(
      page(
        ld({
          '@type': 'JobPosting',
          title: 'X',
          description: '<img src=x onerror="globalThis.hit=1">Safe <b>text</b>',
        }),
      ),
    );
    expect(job?.description).toBe('Safe text');
    expect((globalThis as { hit?: number }).hit).toBeUndefined();
  });

  it('skips broken JSON and pages listing many postings', () => {
    expect(
      readStructuredJob(page('<script type="application/ld+json">{"@type":"JobPosting",</script>')),
    ).toBeUndefined();
    const many = ['A', 'B', 'C'].map((title) => ({ '@type': 'JobPosting', title }));
    expect(readStructuredJob(page(ld(many)))).toBeUndefined();
  });

  it('reads a bare number or a salary text as pay', () => {
    const bare = readStructuredJob(page(ld({ '@type': 'JobPosting', title: 'A', baseSalary: 52000 })));
    expect(bare?.salary).toEqual({ text: '52,000', min: 52000, max: 52000 });
    const text = readStructuredJob(
      page(ld({ '@type': 'JobPosting', title: 'B', baseSalary: '€45,000 - €50,000 per year' })),
    );
    expect(text?.salary).toMatchObject({ min: 45000, max: 50000, currency: 'EUR', period: 'year' });
  });

  it('marks an expired posting', () => {
    const job = readStructuredJob(
      page(ld({ '@type': 'JobPosting', title: 'Old', validThrough: '2001-01-01' })),
    );
    expect(job?.isExpired).toBe(true);
  });
});
