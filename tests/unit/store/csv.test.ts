import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, parseCsv, toCsv } from '../../../extension/store/csv';
import { interviewIcs } from '../../../extension/store/ics';
import { filterApplications } from '../../../extension/store/queries';
import { defaultPreferences } from '../../../extension/store/schema';
import { makeApp } from '../../support/make-app';

const stages = defaultPreferences().stages;

describe('CSV export', () => {
  it('starts with a BOM, uses CRLF, and parses back to the same cells', () => {
    const apps = [
      makeApp('a', {
        title: 'Ingeniería de datos, Señor',
        company: 'Café "La Niña"',
        notes: 'line 1\nline 2',
      }),
      makeApp('b', { title: '=HYPERLINK("http://evil")', company: '+34 600', notes: '@me\tthere' }),
    ];
    const csv = toCsv(apps, stages);
    expect(csv.startsWith('\uFEFF"id","title",')).toBe(true);
    expect(csv).toContain('\r\n');
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    expect(rows[1]?.slice(0, 5)).toEqual([
      'a',
      'Ingeniería de datos, Señor',
      'Café "La Niña"',
      '',
      'Applied',
    ]);
    expect(rows[1]?.at(-1)).toBe('line 1\nline 2');
    // Formula injection neutralised with a leading apostrophe.
    expect(rows[2]?.[1]).toBe(`'=HYPERLINK("http://evil")`);
    expect(rows[2]?.[2]).toBe(`'+34 600`);
    expect(rows[2]?.at(-1)).toBe(`'@me\tthere`);
  });
});

describe('filterApplications', () => {
  const apps = [
    makeApp('a', { title: 'Ingeniería backend', company: 'Norvale', status: 'applied' }),
    makeApp('b', { title: 'Frontend Engineer', company: 'Acme', status: 'offer' }),
  ];
  it.each([
    ['ingenieria', '', ['a']],
    ['ACME front', '', ['b']],
    ['', 'offer', ['b']],
    ['engineer', 'applied', []],
    ['', '', ['a', 'b']],
  ])('query %j status %j → %j', (query, status, ids) => {
    expect(filterApplications(apps, { query, status }).map((app) => app.id)).toEqual(ids);
  });
});

describe('interview .ics', () => {
  it('is a VCALENDAR with one escaped, folded VEVENT in UTC', () => {
    const app = makeApp('a', { title: 'Data, Analyst; Senior', company: 'Acme', location: 'Madrid' });
    const ics = interviewIcs(
      app,
      {
        id: 'e1',
        type: 'interview',
        date: '2026-11-25T15:00:00.000Z',
        note: 'Ask about team; bring portfolio',
      },
      new Date('2026-11-20T09:00:00Z'),
    );
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain('DTSTART:20261125T150000Z\r\n');
    expect(ics).toContain('DTEND:20261125T160000Z\r\n');
    expect(ics).toContain('SUMMARY:Interview: Data\\, Analyst\\; Senior — Acme');
    expect(ics).toContain('UID:e1@jobtrack');
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  });
});

describe('CSV export against formula injection', () => {
  /**
   * How Excel reads a line in a locale whose list separator is ";" (Spanish, German,
   * French…) when the file is opened directly: it splits on ";" wherever it is, and a
   * quote only groups when it opens a cell. Returns the cells it would evaluate.
   */
  function semicolonCells(line: string): string[] {
    return line.split(';').map((cell) => cell.replace(/^\s*"?/, ''));
  }
  const FORMULA = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

  it('quotes every field, header included', () => {
    const csv = toCsv([makeApp('a', { title: 'plain', notes: '' })], stages);
    const [header, row] = csv.slice(1).split('\r\n');
    expect(header).toBe(CSV_COLUMNS.map((name) => `"${name}"`).join(','));
    expect(row?.startsWith('"a","plain","Acme","","Applied",')).toBe(true);
    expect(row?.endsWith(',""')).toBe(true);
  });

  it.each([
    'Madrid;=HYPERLINK("https://evil.example","Click")',
    'ok; +cmd|" /C calc"!A0',
    'ok;"@SUM(1+1)',
    'ok,\t=1+1',
    'line 1\n-2+3',
    'ok;＝1+1',
  ])('no cell of %j starts a formula when Excel splits on ";"', (title) => {
    const csv = toCsv([makeApp('a', { title, notes: title, company: title })], stages);
    const row = csv.split('\r\n')[1] ?? '';
    for (const part of row.split(/[\r\n]/))
      for (const cell of semicolonCells(part)) expect(cell).not.toMatch(FORMULA);
    // Every other reader still gets the text back, only guarded.
    expect(parseCsv(csv)[1]?.[1]?.replace(/'/g, '')).toBe(title.replace(/'/g, ''));
  });
});
