import { type CriterionKind, TOOL_LIMITS } from '../../shared/pro-tools';

/**
 * Finds a person specification's criteria in a job's text, as the boards' text keeps it:
 *  - tables, whose cells arrive tab- or pipe-separated on one line per row, either with
 *    "Essential" and "Desirable" columns (NHS Jobs: "Qualifications | <essential> | <desirable>")
 *    or with a marker cell per row ("Degree in nursing | Essential", "… | E");
 *  - lists under an "Essential (criteria)" or "Desirable (criteria)" heading, with or
 *    without bullets, category lines ("Experience", "Skills") in between;
 *  - single lines that say it ("Essential: …", "… (desirable)").
 * English and Spanish words (imprescindible, deseable, valorable). The user edits the list
 * before anything is sent. Pure.
 */

export interface DetectedCriterion {
  text: string;
  kind: CriterionKind;
  /** The category it was listed under ("Qualifications"), when there was one. */
  category?: string;
}

const ESSENTIAL =
  'essential|required|requirements?|must[- ]haves?|imprescindibles?|requisitos(?: m[ií]nimos)?|obligatorios?';
const DESIRABLE = 'desirable|preferred|nice[- ]to[- ]haves?|deseables?|valorables?|se valorar[aá]';
const kindOf = (word: string): CriterionKind | undefined =>
  new RegExp(`^(?:${ESSENTIAL})$`, 'i').test(word)
    ? 'essential'
    : new RegExp(`^(?:${DESIRABLE})$`, 'i').test(word)
      ? 'desirable'
      : undefined;

/** "Essential", "Essential criteria:", "Desirable requirements", "Requisitos imprescindibles". */
const HEADING = new RegExp(
  String.raw`^(?:requisitos\s+)?(${ESSENTIAL}|${DESIRABLE})(?:\s+(?:criteria|criterion|requirements|skills|qualifications|experience))?\s*:?$`,
  'i',
);
/** "Essential: degree in …" on one line. */
const INLINE_LEAD = new RegExp(
  String.raw`^(?:criterio\s+)?(${ESSENTIAL}|${DESIRABLE})\s*[:–—-]\s*(.+)$`,
  'i',
);
/** "Degree in … (Essential)" or "… – desirable". */
const INLINE_TRAIL = new RegExp(
  String.raw`^(.+?)\s*(?:\((${ESSENTIAL}|${DESIRABLE}|E|D)\)|[–—-]\s*(${ESSENTIAL}|${DESIRABLE}))\.?$`,
  'i',
);
const BULLET = /^\s*(?:[-*•·▪◦‣●○■□➢✓✔]|\d{1,2}[.)]|[a-z][.)])\s+/i;
/** Headings that end a person specification. */
const STOP =
  /^(?:about (?:us|the (?:role|company|team|organisation|trust))|benefits|what we offer|how to apply|salary|contact|additional information|employer details|job description|main duties|responsibilities|sobre nosotros|qué ofrecemos|beneficios|funciones|responsabilidades)\b/i;
const TABLE_SPLIT = /\t|\s*\|\s*/;
/** A table header's kind column: only the two words themselves ("Requirement" heads a text column). */
const COLUMN = /^(?:(essential|imprescindible)|(desirable|deseable|valorable))(?:\s+criteria)?$/i;
const columnKind = (cell: string): CriterionKind | undefined => {
  const m = COLUMN.exec(cell);
  return m ? (m[1] ? 'essential' : 'desirable') : undefined;
};
/** Category lines of person specifications ("Qualifications", "Knowledge and skills"). */
const KNOWN_CATEGORY =
  /^(?:qualifications?|education(?: and training)?|training|experience|skills?|knowledge|abilities|aptitudes?|personal (?:qualities|attributes)|values|other|communication|formación|experiencia|conocimientos|habilidades|competencias)(?:\s*(?:and|&|y|,)\s*[\p{L} ]+)?:?$/iu;

function clean(text: string): string {
  return text
    .replace(BULLET, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s:;,.–—-]+|[\s;,]+$/g, '')
    .trim()
    .slice(0, TOOL_LIMITS.criterionChars);
}

/**
 * A category line, not a criterion: a known category word, or a short title-like line
 * that an Essential/Desirable heading follows.
 */
function isCategory(line: string, next: string | undefined): boolean {
  if (BULLET.test(line)) return false;
  if (KNOWN_CATEGORY.test(line)) return true;
  const words = line.replace(/:$/, '').split(/\s+/);
  return (
    words.length <= 4 &&
    !/[.;,]$/.test(line) &&
    /^[\p{Lu}]/u.test(line) &&
    next !== undefined &&
    HEADING.test(next.replace(/[*#]/g, '').trim())
  );
}

/** Items inside one table cell: bullets or semicolons put several criteria in one cell. */
function cellItems(cell: string): string[] {
  return cell
    .split(/\s*(?:[•·▪●]|;\s)\s*/)
    .map(clean)
    .filter((item) => item.length > 2 && !/^(?:n\/?a|none|-)$/i.test(item));
}

export function detectCriteria(jobText: string): DetectedCriterion[] {
  const found: DetectedCriterion[] = [];
  const add = (text: string, kind: CriterionKind, category?: string) => {
    const cleaned = clean(text);
    if (
      cleaned.length < 3 ||
      /^(?:criteria|criterion|requirements?|attributes?|area|how assessed)$/i.test(cleaned)
    )
      return;
    found.push({ text: cleaned, kind, ...(category ? { category } : {}) });
  };

  let kind: CriterionKind | undefined;
  let category: string | undefined;
  /** Column index → kind, after a table header row with Essential/Desirable columns. */
  let columns: Map<number, CriterionKind> | undefined;
  /** The current list used bullets: a plain sentence after it is the page moving on. */
  let bulleted = false;

  const lines = jobText
    .split('\n')
    .map((raw) => raw.trim())
    .filter(Boolean);
  for (const [index, line] of lines.entries()) {
    const next = lines[index + 1];
    const cells = line.split(TABLE_SPLIT).map((cell) => cell.trim());

    if (cells.length > 1) {
      const header = new Map<number, CriterionKind>();
      cells.forEach((cell, column) => {
        const k = columnKind(cell);
        if (k) header.set(column, k);
      });
      const headerRow = header.size > 0 && cells.every((cell) => cell.split(/\s+/).length <= 3);
      if (headerRow && !(header.size === 1 && header.has(cells.length - 1) && cells.length === 2)) {
        columns = header;
        continue;
      }
      if (columns) {
        const rowCategory = columns.has(0) ? undefined : clean(cells[0] ?? '');
        for (const [column, kind] of columns) {
          for (const item of cellItems(cells[column] ?? '')) add(item, kind, rowCategory);
        }
        continue;
      }
      // A marker cell per row: "Degree in nursing | Essential" or "… | E".
      const last = cells.at(-1) ?? '';
      const marker =
        kindOf(last) ?? (/^E$/i.test(last) ? 'essential' : /^D$/i.test(last) ? 'desirable' : undefined);
      if (marker && cells.length >= 2) {
        const text = cells.slice(cells.length >= 3 ? 1 : 0, -1).join(' ');
        add(text, marker, cells.length >= 3 ? clean(cells[0] ?? '') : undefined);
        continue;
      }
    } else {
      columns = undefined;
    }

    const heading = HEADING.exec(line.replace(/[*#]/g, '').trim());
    if (heading) {
      kind = kindOf(heading[1] ?? '') ?? kind;
      bulleted = false;
      continue;
    }
    if (STOP.test(line)) {
      kind = undefined;
      category = undefined;
      continue;
    }
    const lead = INLINE_LEAD.exec(line.replace(BULLET, ''));
    if (lead) {
      const k = kindOf(lead[1] ?? '');
      if (k) {
        add(lead[2] ?? '', k, category);
        continue;
      }
    }
    const trail = INLINE_TRAIL.exec(line.replace(BULLET, ''));
    if (trail) {
      const word = trail[2] ?? trail[3] ?? '';
      const k =
        kindOf(word) ?? (/^E$/i.test(word) ? 'essential' : /^D$/i.test(word) ? 'desirable' : undefined);
      if (k) {
        add(trail[1] ?? '', k, category);
        continue;
      }
    }
    if (!kind) {
      if (isCategory(line, next)) category = line.replace(/:$/, '');
      continue;
    }
    if (isCategory(line, next)) {
      category = line.replace(/:$/, '');
      continue;
    }
    if (BULLET.test(line)) bulleted = true;
    else if (bulleted) {
      kind = undefined;
      continue;
    }
    add(line, kind, category);
  }

  const seen = new Set<string>();
  return found
    .filter((criterion) => {
      const key = criterion.text.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, TOOL_LIMITS.criteria);
}
