import { describe, expect, it } from 'vitest';
import { unpackSummary } from '../../../extension/store/packed-summary';
import { applicationItems, parseSummary } from '../../../extension/store/records';
import { hasSummaryShape } from '../../../extension/store/summary-shape';
import { realisticApplications } from '../../support/seed';

/**
 * The pages' structural check of a stored summary (summary-shape.ts) accepts what the
 * background writes and sends anything else to the full schema.
 */
async function storedSummaries(count: number): Promise<Record<string, unknown>[]> {
  const items = await applicationItems(realisticApplications(count, 7));
  return Object.entries(items)
    .filter(([key]) => key.startsWith('app:'))
    .map(([, value]) => unpackSummary(value) as Record<string, unknown>);
}

describe('hasSummaryShape', () => {
  it('accepts every summary the writers store, as the full schema does', async () => {
    const summaries = await storedSummaries(300);
    expect(summaries).toHaveLength(300);
    for (const summary of summaries) {
      expect(parseSummary(summary)).toBeDefined();
      expect(hasSummaryShape(summary)).toBe(true);
    }
  });

  it('refuses a summary with a field missing, unknown, or of the wrong kind', async () => {
    const [summary = {}] = await storedSummaries(1);
    const broken: Record<string, unknown>[] = [
      { ...summary, id: undefined },
      { ...summary, title: '' },
      { ...summary, board: 'monster' },
      { ...summary, events: 'applied' },
      { ...summary, events: [{ id: 'e1' }] },
      { ...summary, skills: ['Python', 3] },
      { ...summary, notes: null },
      { ...summary, captureMethod: 'scraped' },
      { ...summary, surprise: true },
      // The one-key layout of schema 1 (a description beside the summary fields).
      { ...summary, description: 'Full text' },
    ];
    for (const value of broken)
      expect(hasSummaryShape(value), JSON.stringify(Object.keys(value))).toBe(false);
    expect([null, 'app', [], 42].some(hasSummaryShape)).toBe(false);
  });
});
