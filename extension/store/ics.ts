import type { Application, ApplicationEvent } from '../model/application';

/**
 * One interview as an iCalendar file (RFC 5545) the user can open in any calendar.
 * An hour long by default; times in UTC; every value escaped and lines folded at 75 octets.
 * Every value can come from an import file or a hostile page, so none is written raw: a
 * line break in any of them would start a property of the sender's choosing.
 */

// RFC 5545 TEXT allows no control character but HTAB; line and paragraph separators
// are turned into line breaks by some calendar apps.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const UNSAFE_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u2028\u2029]/g;

function icsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(UNSAFE_IN_TEXT, ' ');
}

/**
 * A URI value is not TEXT (no backslash escapes): serialise it the way the URL parser
 * does, which drops tabs and line breaks and percent-encodes the rest of what a URI may
 * not hold; anything still unsafe (or an unparsable value) is percent-encoded or dropped.
 */
function icsUri(value: string): string | undefined {
  try {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
    return new URL(value).href.replace(/[\u0000-\u0020\u007f"\\^`{|}]/g, encodeURIComponent);
  } catch {
    return undefined;
  }
}

function icsDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Folds a content line to 75 octets per line (continuation lines start with a space). */
function fold(line: string): string {
  const bytes = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    const limit = parts.length ? 74 : 75;
    if (bytes.encode(current + char).length > limit) {
      parts.push(current);
      current = char;
    } else current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function interviewIcs(app: Application, event: ApplicationEvent, now: Date): string {
  const start = new Date(event.date);
  const end = new Date(start.getTime() + 60 * 60 * 1000);
  const summary = `Interview: ${app.title}${app.company ? ` — ${app.company}` : ''}`;
  const url = icsUri(app.url);
  const description = [event.note, app.url].filter(Boolean).join('\n');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//JobTrack//Tracker//EN',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:${icsText(event.id)}@jobtrack`,
    `DTSTAMP:${icsDate(now)}`,
    `DTSTART:${icsDate(start)}`,
    `DTEND:${icsDate(end)}`,
    `SUMMARY:${icsText(summary)}`,
    ...(description ? [`DESCRIPTION:${icsText(description)}`] : []),
    ...(app.location ? [`LOCATION:${icsText(app.location)}`] : []),
    ...(url ? [`URL:${url}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
