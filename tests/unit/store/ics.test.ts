import { describe, expect, it } from 'vitest';
import { Application } from '../../../extension/model/application';
import { interviewIcs } from '../../../extension/store/ics';
import { makeApp } from '../../support/make-app';

/**
 * An .ics file is a list of CRLF-terminated "NAME:value" lines: a raw line break inside any
 * value starts a property of the attacker's choosing (an ATTACH, an ALARM, a second event).
 */
function propertyNames(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, '') // unfold
    .split('\r\n')
    .filter(Boolean)
    .map((line) => line.split(/[:;]/, 1)[0] ?? '');
}

const EXPECTED = [
  'BEGIN',
  'VERSION',
  'PRODID',
  'CALSCALE',
  'BEGIN',
  'UID',
  'DTSTAMP',
  'DTSTART',
  'DTEND',
  'SUMMARY',
  'DESCRIPTION',
  'LOCATION',
  'URL',
  'END',
  'END',
];

describe('interview .ics against injection', () => {
  it('a CR/LF in an imported URL (which new URL() accepts) cannot start a property', () => {
    const url = 'https://jobs.example/view/1\r\nATTACH:https://evil.example/x\r\nX';
    // The schema lets it through, so an import can store it.
    expect(Application.shape.url.safeParse(url).success).toBe(true);
    const app = makeApp('a', { url, location: 'Madrid' });
    const ics = interviewIcs(
      app,
      { id: 'e1', type: 'interview', date: '2026-11-25T15:00:00.000Z', note: 'n' },
      new Date('2026-11-20T09:00:00Z'),
    );
    expect(propertyNames(ics)).toEqual(EXPECTED);
    expect(ics).not.toContain('\nATTACH');
  });

  it('an event id with CR/LF or ; , cannot start a property or parameter in UID', () => {
    const app = makeApp('a', { location: 'Madrid' });
    const ics = interviewIcs(
      app,
      { id: 'e1\r\nBEGIN:VALARM\nX;Y,Z', type: 'interview', date: '2026-11-25T15:00:00.000Z', note: 'n' },
      new Date('2026-11-20T09:00:00Z'),
    );
    expect(propertyNames(ics)).toEqual(EXPECTED);
    expect(ics).not.toContain('VALARM\r\n');
  });

  it('a lone CR or other control character in text cannot break a line', () => {
    const app = makeApp('a', { title: 'Dev\rATTACH:x', company: 'Acme\u0000\u001b', location: 'Madrid\r' });
    const ics = interviewIcs(
      app,
      { id: 'e1', type: 'interview', date: '2026-11-25T15:00:00.000Z', note: 'a\rb\u2028c' },
      new Date('2026-11-20T09:00:00Z'),
    );
    expect(propertyNames(ics)).toEqual(EXPECTED);
    // RFC 5545 TEXT allows no control characters other than HTAB.
    const unfolded = ics
      .replace(/\r\n[ \t]/g, '')
      .split('\r\n')
      .join('');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
    expect(/[\u0000-\u0008\u000a-\u001f\u007f]/.test(unfolded)).toBe(false);
  });
});
