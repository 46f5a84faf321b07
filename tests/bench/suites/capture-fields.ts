import type { ListingDraft } from '../../../extension/model/application';
import { splitDocumentTitle } from '../../../extension/sites/adapter';
import { extractListing } from '../../../extension/sites/extract';
import { readStructuredJob } from '../../../extension/sites/structured';
import {
  BOARD_ROWS,
  type Expected,
  LARGE_PAGES,
  layoutOf,
  type Row,
} from '../../fixtures/pages/expected-fields';
import { loadFixture } from '../../unit/sites/load-fixture';
import type { BenchRow } from '../report';

/**
 * Fields right per board layout on every fixture page (the 2 MB ones included), beside a
 * simple baseline in the same run: what a generic reader gets from schema.org data and the
 * tab/og title alone. These are our own fixtures, which the adapters were written against:
 * a check that each layout is read, not a held-out accuracy figure.
 */
type Draftish = Partial<ListingDraft> | undefined;

/** Fields right and fields expected on one page; a page that must give nothing counts one. */
function score(draft: Draftish, expected: Expected | null): { right: number; total: number } {
  if (expected === null) return { right: draft ? 0 : 1, total: 1 };
  const { description, ...fields } = expected;
  let right = 0;
  let total = 0;
  for (const [key, value] of Object.entries(fields)) {
    total++;
    if (JSON.stringify(draft?.[key as keyof ListingDraft]) === JSON.stringify(value)) right++;
  }
  if (description) {
    total++;
    if (description.every((fragment) => draft?.description?.includes(fragment))) right++;
  }
  return { right, total };
}

/** The baseline reader: JSON-LD/microdata, else og:title or the tab title; the page URL. */
function baseline(doc: Document, url: URL): Draftish {
  const structured = readStructuredJob(doc);
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
  const fromTitle = splitDocumentTitle(og || doc.title);
  const title = structured?.title ?? fromTitle.title;
  if (!title) return undefined;
  return { ...structured, title, company: structured?.company ?? fromTitle.company, url: url.href };
}

function ours(doc: Document, url: URL): Draftish {
  const result = extractListing(doc, url, { allowText: false });
  return result.kind === 'listing' ? result.draft : undefined;
}

export function measureFields(): BenchRow[] {
  const pages: [file: string, url: string, expected: Expected | null][] = BOARD_ROWS.flatMap(
    ([, rows]) => rows,
  );
  for (const [large, small] of LARGE_PAGES) {
    const row = pages.find(([file]) => file === small) as Row | undefined;
    if (row) pages.push([large, row[1], row[2]]);
  }
  const byLayout = new Map<
    string,
    { right: number; total: number; base: number; complete: number; pages: number }
  >();
  for (const [file, url, expected] of pages) {
    const doc = loadFixture(file);
    const pageUrl = new URL(url);
    const mine = score(ours(doc, pageUrl), expected);
    const theirs = score(baseline(doc, pageUrl), expected);
    const layout = layoutOf(file, expected);
    const entry = byLayout.get(layout) ?? { right: 0, total: 0, base: 0, complete: 0, pages: 0 };
    entry.right += mine.right;
    entry.total += mine.total;
    entry.base += theirs.right;
    entry.pages++;
    if (mine.right === mine.total) entry.complete++;
    byLayout.set(layout, entry);
  }
  const rows: BenchRow[] = [];
  let right = 0;
  let total = 0;
  let base = 0;
  for (const [layout, entry] of byLayout) {
    right += entry.right;
    total += entry.total;
    base += entry.base;
    rows.push({
      suite: 'capture-fields',
      metric: `fields right, ${layout}`,
      unit: '%',
      median: (100 * entry.right) / entry.total,
      runs: entry.pages,
      extra: `${entry.right}/${entry.total} fields, ${entry.complete}/${entry.pages} pages complete`,
      baseline: { label: 'schema.org + tab title', median: (100 * entry.base) / entry.total },
    });
  }
  rows.push({
    suite: 'capture-fields',
    metric: 'fields right, all fixture pages',
    unit: '%',
    median: (100 * right) / total,
    runs: pages.length,
    extra: `${right}/${total} fields`,
    baseline: { label: 'schema.org + tab title', median: (100 * base) / total },
    budget: { limit: 95, better: 'higher' },
    note: 'our fixtures, which the adapters were written against (not held out)',
  });
  return rows;
}

export const captureFieldsSuite = { name: 'capture-fields', run: async () => measureFields() };
