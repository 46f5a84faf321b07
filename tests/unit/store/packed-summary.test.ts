import { describe, expect, it } from 'vitest';
import type { Application } from '../../../extension/model/application';
import { appKey } from '../../../extension/store/keys';
import { packSummary, storedCreatedAt, unpackSummary } from '../../../extension/store/packed-summary';
import { compareNewest } from '../../../extension/store/queries';
import { applicationItems, parseSummary } from '../../../extension/store/records';
import { loadLongAds } from '../../support/long-ads';
import { makeApp } from '../../support/make-app';
import { realisticApplications } from '../../support/seed';

/**
 * Summaries are stored packed (store/packed-summary.ts): what the writers store reads back
 * as the same summary whatever its text holds, summaries stored as plain JSON strings or
 * as objects (before the rewrite) still read, and the raw sort key (createdAt) is read
 * without parsing from either form.
 */
const DEL = '\u007f';

/** The summary part of an application, as the writers store it. */
function summaryOf(
  app: Application,
): Omit<Application, 'description' | 'descriptionPartial' | 'fieldSources'> {
  const { description: _d, descriptionPartial: _p, fieldSources: _f, ...summary } = app;
  return summary;
}

/** chrome.storage's count for one item: key plus the JSON of the value. */
const itemBytes = (key: string, value: unknown) => key.length + Buffer.byteLength(JSON.stringify(value));

describe('packed summaries', () => {
  it('are what the writers store, and read back whole', async () => {
    const apps = realisticApplications(200, 11);
    const items = await applicationItems(apps);
    for (const app of apps) {
      const stored = items[`app:${app.id}`];
      expect(typeof stored, app.id).toBe('string');
      expect((stored as string).startsWith(DEL), app.id).toBe(true);
      const summary = parseSummary(stored);
      const { description: _d, ...rest } = app;
      expect(summary, app.id).toEqual(rest);
      expect(storedCreatedAt(stored), app.id).toBe(app.createdAt);
    }
  });

  it('read a summary packed by this format before (the field table never moves a field)', () => {
    const stored = [
      '2hwcf',
      '2026-03-01T10:00:00.000Z',
      'indeed-5f3a',
      'indeed',
      '5f3a',
      'https://uk.indeed.com/viewjob?jk=5f3a',
      'Nurse',
      'Clínica',
      'Leeds',
      '{"text":"£30k"}',
      'On-site',
      'Full-time',
      '2 years',
      '["BLS"]',
      'interview',
      '[{"id":"e1","type":"applied","date":"2026-03-01T10:00:00.000Z"}]',
      'n',
      'manual',
      'structured',
      '["salary"]',
      'cv1',
      '2026-03-02T09:30:00.000Z',
      '{"later":1}',
    ];
    const summary = {
      id: 'indeed-5f3a',
      board: 'indeed',
      boardJobId: '5f3a',
      url: 'https://uk.indeed.com/viewjob?jk=5f3a',
      title: 'Nurse',
      company: 'Clínica',
      location: 'Leeds',
      salary: { text: '£30k' },
      workplace: 'On-site',
      employmentType: 'Full-time',
      experience: '2 years',
      skills: ['BLS'],
      status: 'interview',
      events: [{ id: 'e1', type: 'applied', date: '2026-03-01T10:00:00.000Z' }],
      notes: 'n',
      captureMethod: 'manual',
      captureSource: 'structured',
      incomplete: ['salary'],
      cvId: 'cv1',
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-02T09:30:00.000Z',
      later: 1,
    };
    const packed = DEL + stored.join(DEL);
    expect(unpackSummary(packed)).toEqual(summary);
    expect(packSummary(summary)).toBe(packed);
    // Unchanged since capture: updatedAt is stored as '' and reads as createdAt.
    const fresh = { ...summary, updatedAt: summary.createdAt };
    expect(packSummary(fresh).split(DEL).at(-2)).toBe('');
    expect(unpackSummary(packSummary(fresh))).toEqual(fresh);
  });

  it('round-trip any text: quotes, backslashes, DEL, emoji, accents, empty strings', () => {
    const texts = [
      'say "hi" \\ and \\" and \\\\',
      `a${DEL}b`,
      DEL,
      '{"createdAt":"2099-01-01T00:00:00.000Z"}',
      '🚀 Ingeniero/a de datos — «remoto» 中文 \u2028 <script>',
      '',
      ' ',
      '\n\t',
      '~t',
      '0',
    ];
    for (const text of texts) {
      const summary = {
        ...summaryOf(makeApp('linkedin-1')),
        title: text,
        company: text,
        notes: text,
        skills: [text, ''],
        salary: { text: text || 'x', min: 0, max: 1.5, currency: 'EUR', period: 'year' },
        events: [{ id: 'e1', type: 'note', date: '2026-11-02T10:00:00.000Z', note: text }],
      };
      const packed = packSummary(summary);
      expect(unpackSummary(packed), JSON.stringify(text)).toEqual(summary);
      expect(storedCreatedAt(packed)).toBe(summary.createdAt);
    }
  });

  it('keep fields that are missing, unknown to the table, or not of the kind it expects', () => {
    const bare = { id: 'x', createdAt: '2026-01-01T00:00:00.000Z' };
    const cases: Record<string, unknown>[] = [
      {},
      bare,
      { ...bare, futureField: { nested: ['a', 1, null, true] }, another: 3 },
      // Not what the schema allows, but nothing is lost on the way through storage.
      { ...bare, title: 42, company: null, notes: ['a'], salary: null, events: [] },
      // createdAt missing or not a string, updatedAt '' or equal to createdAt or not.
      { id: 'y', updatedAt: '2026-01-01T00:00:00.000Z' },
      { id: 'y', createdAt: 5, updatedAt: '' },
      { ...bare, updatedAt: '' },
      { ...bare, updatedAt: bare.createdAt },
      { ...bare, updatedAt: '2026-01-02T00:00:00+02:00' },
      // Dates written in other forms than toISOString's come back as they were.
      { ...bare, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T01:00:00.000+01:00' },
      // A property named __proto__ is data like any other.
      JSON.parse('{"id":"z","__proto__":{"polluted":true}}') as Record<string, unknown>,
    ];
    for (const summary of cases) {
      const back = unpackSummary(packSummary(summary));
      expect(back, JSON.stringify(summary)).toEqual(summary);
      expect(Object.keys(back as object).sort(), JSON.stringify(summary)).toEqual(
        Object.keys(summary).sort(),
      );
    }
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('fall back to plain JSON for a record with a DEL in an unknown field, and still read back', () => {
    const summary = { id: 'x', createdAt: '2026-01-01T00:00:00.000Z', other: `a${DEL}` };
    const packed = packSummary(summary);
    expect(packed.startsWith('{"')).toBe(true);
    expect(unpackSummary(packed)).toEqual(summary);
    expect(storedCreatedAt(packed)).toBe(summary.createdAt);
  });

  it('read summaries stored before packing: plain JSON strings and objects', () => {
    const apps = realisticApplications(30, 5).map(summaryOf);
    for (const summary of apps) {
      const plain = JSON.stringify(summary);
      expect(unpackSummary(plain)).toEqual(summary);
      expect(unpackSummary(summary)).toBe(summary);
      expect(storedCreatedAt(plain)).toBe(summary.createdAt);
      expect(storedCreatedAt(summary)).toBe(summary.createdAt);
    }
  });

  it('sort newest first from raw values, packed and plain mixed', () => {
    const apps = realisticApplications(300, 3).map(summaryOf) as { id: string; createdAt: string }[];
    // Half stored as before (plain JSON), half packed, a few as objects, shuffled.
    const stored = apps.map((app, i) => ({
      id: app.id,
      value: i % 7 === 0 ? app : i % 2 ? JSON.stringify(app) : packSummary(app),
    }));
    stored.sort((a, b) => (a.id < b.id ? -1 : 1));
    const order = (list: { id: string; createdAt: string }[]) =>
      list.sort((a, b) => compareNewest(a.createdAt, a.id, b.createdAt, b.id)).map((row) => row.id);
    expect(order(stored.map(({ id, value }) => ({ id, createdAt: storedCreatedAt(value) })))).toEqual(
      order([...apps]),
    );
  });

  it("find the record's own createdAt, not one quoted in its notes", () => {
    const summary = {
      id: 'a',
      notes: 'pasted: {"createdAt":"2099-01-01T00:00:00.000Z"}',
      createdAt: '2026-03-01T10:00:00.000Z',
    };
    const packed = packSummary(summary);
    expect(storedCreatedAt(packed)).toBe('2026-03-01T10:00:00.000Z');
    expect(storedCreatedAt(JSON.stringify(summary))).toBe('2026-03-01T10:00:00.000Z');
    expect(storedCreatedAt(packSummary({ id: 'a', notes: 'no date' }))).toBe('');
    // As an object (schemas 1 and 2), and unreadable values.
    expect(storedCreatedAt(summary)).toBe('2026-03-01T10:00:00.000Z');
    expect(storedCreatedAt('not json')).toBe('');
    expect(storedCreatedAt(undefined)).toBe('');
  });

  it('leave unreadable values as they are', () => {
    const packed = packSummary({ id: 'a', title: 'b', createdAt: '2026-03-01T10:00:00.000Z' });
    for (const damaged of [
      '{broken',
      packed.slice(0, packed.lastIndexOf(DEL)),
      `${packed}${DEL}extra`,
      `${DEL}zz!${DEL}a`,
      DEL,
    ]) {
      expect(unpackSummary(damaged)).toBe(damaged);
    }
  });

  it('take at most 400 bytes a summary on real-length ads, against about 620 as plain JSON', async () => {
    const apps = loadLongAds();
    const items = await applicationItems(apps);
    let packed = 0;
    let plain = 0;
    for (const app of apps) {
      const key = appKey(app.id);
      packed += itemBytes(key, items[key]);
      plain += itemBytes(key, JSON.stringify(summaryOf(app)));
    }
    expect(packed / apps.length).toBeLessThanOrEqual(400);
    expect(packed / plain).toBeLessThan(0.7);
  });
});
