import type { Application } from '../../shared/application';
import type { Stage } from './schema';

/**
 * CSV export: RFC 4180 (comma-separated, CRLF line ends, fields quoted when they hold a
 * comma, quote or line break, quotes doubled), UTF-8 with a byte-order mark so spreadsheet
 * apps read accents right. A cell that a spreadsheet would run as a formula (starting with
 * = + - @, tab or carriage return) gets a leading apostrophe: OWASP's CSV-injection advice.
 */

export const CSV_COLUMNS = [
  'id',
  'title',
  'company',
  'location',
  'status',
  'board',
  'url',
  'salary',
  'workplace',
  'employmentType',
  'createdAt',
  'updatedAt',
  'appliedAt',
  'notes',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvField(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function cells(app: Application, stages: readonly Stage[]): string[] {
  const applied = app.events.find((event) => event.type === 'applied');
  return [
    app.id,
    app.title,
    app.company ?? '',
    app.location ?? '',
    stages.find((stage) => stage.id === app.status)?.label ?? app.status,
    app.board,
    app.url,
    app.salary?.text ?? '',
    app.workplace ?? '',
    app.employmentType ?? '',
    app.createdAt,
    app.updatedAt,
    applied?.date ?? '',
    app.notes,
  ];
}

export function toCsv(applications: readonly Application[], stages: readonly Stage[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const app of applications) lines.push(cells(app, stages).map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Parses RFC 4180 text (the BOM, if any, skipped): used by tests and any future CSV import. */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && input[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
