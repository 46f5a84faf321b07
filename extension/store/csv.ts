import type { Application } from '../model/application';
import type { Stage } from './schema';

/**
 * CSV export: RFC 4180 (comma-separated, CRLF line ends, every field quoted, quotes
 * doubled), UTF-8 with a byte-order mark so spreadsheet apps read accents right.
 * Formula injection (OWASP's CSV-injection advice): a cell a spreadsheet would run as a
 * formula gets a leading apostrophe. Excel in a locale whose list separator is ";"
 * (Spanish, German, French…) opens the file splitting on ";" — and on line breaks —
 * wherever they are, quotes or not, so the same guard applies after every separator or
 * line break inside a value, not only at its start.
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

// = + - @ (and their full-width forms, which Excel also evaluates), tab and CR.
const FORMULA_CHAR = '=+\\-@\uFF1D\uFF0B\uFF0D\uFF20\t\r';
/** A formula character at the start, or after a separator or line break (spaces and quotes between). */
const FORMULA_AT = new RegExp(`(^|[;,\\t\\r\\n])([\\s"]*)(?=[${FORMULA_CHAR}])`, 'g');

export function neutraliseFormula(value: string): string {
  return value.replace(FORMULA_AT, "$1$2'");
}

export function csvField(value: string): string {
  return `"${neutraliseFormula(value).replace(/"/g, '""')}"`;
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
  const lines = [CSV_COLUMNS.map(csvField).join(',')];
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
