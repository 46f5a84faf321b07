import { describe, expect, it } from 'vitest';
import type { ListingDraft } from '../../../extension/model/application';
import { ListingDraft as ListingDraftSchema } from '../../../extension/model/application';
import { adapterFor, extractListing } from '../../../extension/sites/extract';
import { BOARD_ROWS, type Expected } from '../../fixtures/pages/expected-fields';
import { loadFixture } from './load-fixture';

/**
 * Every fixture page through the real adapter, table-driven: the fields a user sees in the
 * tracker must come out exactly. `description` lists fragments that must appear (readable
 * text with paragraph breaks); negatives must yield nothing.
 */
function check(file: string, url: string, expected: Expected | null) {
  const doc = loadFixture(file);
  const pageUrl = new URL(url);
  const adapter = adapterFor(pageUrl);
  expect(adapter).toBeDefined();
  const draft = adapter?.parseListing(doc, pageUrl);
  if (expected === null) {
    expect(draft).toBeUndefined();
    expect(extractListing(doc, pageUrl, { allowText: true }).kind).toBe('nothing');
    return;
  }
  expect(draft).toBeDefined();
  // What the background will accept: the draft passes the message schema as it is.
  expect(ListingDraftSchema.safeParse(draft).success).toBe(true);
  const { description, ...fields } = expected;
  for (const [key, value] of Object.entries(fields)) {
    expect(draft?.[key as keyof ListingDraft], key).toEqual(value);
  }
  for (const fragment of description ?? []) expect(draft?.description).toContain(fragment);
  // No CSS, scripts' text or hidden copies leak into any field.
  expect(JSON.stringify(draft)).not.toMatch(/\{[^}]*:[^}]*;|serp-page-|Enable JavaScript|Sponsored/);
  // Readable plain text: no markup, entities or runs of blank lines survive.
  expect(draft?.description ?? '').not.toMatch(/<\/?[a-z]+[^>]*>|&amp;|&nbsp;|\u00a0|\n{3,}/);
  expect(draft?.title).not.toMatch(/ - job post$|\s{2,}/);
}

describe.each(BOARD_ROWS)('%s adapter', (_board, rows) => {
  it.each(rows)('%s', (file, url, expected) => check(file, url, expected));
});
