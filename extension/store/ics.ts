import type { Application, ApplicationEvent } from '../../shared/application';

/**
 * One interview as an iCalendar file (RFC 5545) the user can open in any calendar.
 * An hour long by default; times in UTC; text escaped and lines folded at 75 octets.
 */

function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
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
  const description = [event.note, app.url].filter(Boolean).join('\n');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//JobTrack//Tracker//EN',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:${event.id}@jobtrack`,
    `DTSTAMP:${icsDate(now)}`,
    `DTSTART:${icsDate(start)}`,
    `DTEND:${icsDate(end)}`,
    `SUMMARY:${icsText(summary)}`,
    ...(description ? [`DESCRIPTION:${icsText(description)}`] : []),
    ...(app.location ? [`LOCATION:${icsText(app.location)}`] : []),
    `URL:${app.url}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
