import { describe, expect, it } from 'vitest';
import { packSummary, storedCreatedAt, unpackSummary } from '../../../extension/store/packed-summary';
import { applicationItems, parseSummary } from '../../../extension/store/records';
import { realisticApplications } from '../../support/seed';

/**
 * Summaries are stored packed, one JSON string each (store/packed-summary.ts): what the
 * writers store reads back as the same summary, and the raw sort key (createdAt) is read
 * without parsing, even when a text field mentions one.
 */
describe('packed summaries', () => {
  it('are what the writers store, and read back whole', async () => {
    const apps = realisticApplications(200, 11);
    const items = await applicationItems(apps);
    for (const app of apps) {
      const stored = items[`app:${app.id}`];
      expect(typeof stored, app.id).toBe('string');
      const summary = parseSummary(stored);
      const { description: _d, ...rest } = app;
      expect(summary, app.id).toEqual(rest);
      expect(storedCreatedAt(stored), app.id).toBe(app.createdAt);
    }
  });

  it("find the record's own createdAt, not one quoted in its notes", () => {
    const summary = {
      id: 'a',
      notes: 'pasted: {"createdAt":"2099-01-01T00:00:00.000Z"}',
      createdAt: '2026-03-01T10:00:00.000Z',
    };
    const packed = packSummary(summary);
    expect(storedCreatedAt(packed)).toBe('2026-03-01T10:00:00.000Z');
    // As an object (schemas 1 and 2), and unreadable values.
    expect(storedCreatedAt(summary)).toBe('2026-03-01T10:00:00.000Z');
    expect(storedCreatedAt('not json')).toBe('');
    expect(storedCreatedAt(undefined)).toBe('');
    expect(unpackSummary(packed)).toEqual(summary);
    expect(unpackSummary('{broken')).toBe('{broken');
    expect(unpackSummary(summary)).toBe(summary);
  });
});
