/**
 * Personal details out, placeholders in — before anything leaves the browser for a Pro
 * cover letter. The same function draws the "What will be sent" preview and builds the
 * request, so the preview is the request. Pure: no chrome.*, no DOM.
 *
 * What becomes a placeholder (and nothing else):
 *   [EMAIL]      e-mail addresses
 *   [LINK]       URLs and bare profile/portfolio links (linkedin.com/in/…, github.com/…, name.dev)
 *   [ID]         Spanish DNI/NIE, UK National Insurance numbers, US Social Security numbers
 *   [BIRTHDATE]  a date after "date of birth", "born", "fecha de nacimiento", "nacido el"…
 *   [PHONE]      9 to 15 digits in phone shapes: Spanish, UK, US and international (+NN / 00NN)
 *   [ADDRESS]    street addresses (Calle/Avda./Plaza/C/ … n.º, "221B Baker Street", "12 Oak Ave")
 *   [POSTCODE]   UK postcodes, Spanish 5-digit postcodes before a place name or after "CP",
 *                US ZIP codes after a state code
 *   [NAME]       the CV owner's name, whole and each part of it (from the CV header or settings)
 * A second, different value of a kind is [KIND_2], and so on; one value keeps one
 * placeholder. Line breaks are never added or removed, so line N of the redacted text is
 * line N of the original.
 */

export const PLACEHOLDER_KINDS = [
  'EMAIL',
  'LINK',
  'ID',
  'BIRTHDATE',
  'PHONE',
  'ADDRESS',
  'POSTCODE',
  'NAME',
] as const;
export type PlaceholderKind = (typeof PLACEHOLDER_KINDS)[number];

/** Placeholder text (`[EMAIL_2]`) → the original it stands for. */
export type Placeholders = Map<string, string>;

export interface Redaction {
  text: string;
  placeholders: Placeholders;
}

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

const URL_WITH_SCHEME = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+/gi;
const PROFILE_HOSTS =
  'linkedin\\.com|github\\.com|gitlab\\.com|bitbucket\\.org|behance\\.net|dribbble\\.com|medium\\.com|stackoverflow\\.com|twitter\\.com|x\\.com|instagram\\.com|facebook\\.com|kaggle\\.com|about\\.me|xing\\.com';
const PROFILE_LINK = new RegExp(
  `(?<![\\w.@])(?:[a-z]{2,3}\\.)?(?:${PROFILE_HOSTS})(?:/[^\\s<>"')\\]]*)?`,
  'gi',
);
/** A bare domain (portfolio): name.dev, jane-doe.com/work. Tech names with a dot are not links. */
const BARE_DOMAIN =
  /(?<![\w.@/])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|es|dev|io|me|net|org|co\.uk|uk|eu|app|site|page|tech|design|art|xyz|cat|info|online|portfolio)(?:\/[^\s<>"')\]]*)?(?![\w])/gi;
const NOT_LINKS = new Set(['asp.net', 'vb.net', 'ado.net', 'node.js', 'next.js', 'vue.js', 'react.js']);

const DNI = /(?<![\w])\d{8}[\s-]?[A-HJ-NP-TV-Z](?![\w])/g;
const NIE = /(?<![\w])[XYZ][\s-]?\d{7}[\s-]?[A-HJ-NP-TV-Z](?![\w])/gi;
const NI_NUMBER = /(?<![\w])[A-CEGHJ-PR-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D](?![\w])/g;
const SSN = /(?<![\w])\d{3}[-\s]\d{2}[-\s]\d{4}(?![\w])/g;

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';
const DATE = `(?:\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:de\\s+)?(?:${MONTHS})\\.?,?\\s+(?:de\\s+|del\\s+)?\\d{4}|(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})`;
const BIRTH_LABEL =
  '(?:date\\s+of\\s+birth|birth\\s*date|birthday|born(?:\\s+on)?|d\\.?\\s?o\\.?\\s?b\\.?|fecha\\s+de\\s+nacimiento|f\\.\\s?(?:de\\s)?nac(?:imiento)?\\.?|nacid[oa]\\s+el|nacimiento)';
const BIRTHDATE = new RegExp(`(${BIRTH_LABEL}[ \\t]*[:\\-–]?[ \\t]*)(${DATE})`, 'gi');

/** 9–15 digits with phone separators; the filters below drop dates, year ranges and money. */
const PHONE = /(?<![\w+./-])(?:\+|00)?\(?\d(?:[ \t().\-/]{0,3}\d){8,14}(?![\w])/g;
const A_DATE = /\d{1,2}[./-]\d{1,2}[./-]\d{2,4}/;
const YEAR_RUN = /^(?:(?:19|20)\d{2}[\s\-/–]*)+$/;
const AMOUNT = /^\d{1,3}(?:[.,]\d{3})+(?:\s*[-–/]\s*\d{1,3}(?:[.,]\d{3})+)?$/;
const CURRENCY_NEAR = /[€$£]|\b(?:eur|euros?|usd|gbp|k)\b/i;

const ES_STREET =
  /(?<![\w])(?:c\/|calle|avda\.?|av\.|avenida|plaza|pza\.?|pl\.|paseo|p\.º|ronda|camino|carrer|travesía|travesia|glorieta|urbanización|urb\.)\s+(?:de(?:l|\s+la|\s+las|\s+los)?\s+)?[\p{L}'.\- ]{2,40}?,?\s*(?:n\.?\s?º\s*|nº\s*|no\.?\s*|núm\.?\s*)?\d{1,4}[a-z]?(?:[ \t]*,?[ \t]*\d{1,2}[ \t]*[º°ª](?:[ \t]*[a-z](?![\p{L}]))?)?/giu;
const STREET_TYPES =
  'street|st\\.?|road|rd\\.?|avenue|ave\\.?|lane|ln\\.?|drive|dr\\.?|boulevard|blvd\\.?|way|court|ct\\.?|place|pl\\.?|close|crescent|terrace|square|sq\\.?|gardens|grove|mews|row|parkway|hill'
    .split('|')
    .map((word) => `[${word[0]}${word[0]?.toUpperCase()}]${word.slice(1)}`)
    .join('|');
const EN_STREET = new RegExp(
  `(?<![\\w])\\d{1,5}[a-zA-Z]?\\s+(?:[\\p{Lu}][\\p{L}'.-]*\\s+){1,4}(?:${STREET_TYPES})(?![\\p{L}])(?:,?\\s*(?:apt|apartment|suite|unit|flat|Apt|Apartment|Suite|Unit|Flat)\\.?\\s*#?\\w+)?`,
  'gu',
);
const UK_POSTCODE = /(?<![\w])(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})(?![\w])/g;
const ES_POSTCODE =
  /(?<![\w.,])(?:(?:C\.?P\.?|código postal)[ \t]*:?[ \t]*)?(?:0[1-9]|[1-4]\d|5[0-2])\d{3}(?=[ \t]*[-–,]?[ \t]*\p{Lu}\p{Ll})/gu;
const ES_POSTCODE_LABELLED =
  /(?<=(?:C\.?P\.?|código postal)[ \t]*:?[ \t]*)(?:0[1-9]|[1-4]\d|5[0-2])\d{3}(?![\w])/giu;
const US_ZIP = /(?<=\b[A-Z]{2}[ \t]+)\d{5}(?:-\d{4})?(?![\w])/g;

/** Words a CV header holds that are not a name. */
const NOT_NAMES =
  /^(?:curriculum|vitae|cv|resume|résumé|resumé|profile|perfil|personal|datos|personales|contact|contacto|summary|resumen|about|sobre|mí|mi|me|experience|experiencia|education|formación|skills|habilidades|page|página)$/i;
const NAME_WORD = /^[\p{Lu}][\p{L}'’.-]*$/u;

/**
 * The CV owner's name from the header: a "Name:"/"Nombre:" line, else the first short line
 * of two to four capitalised words that is not a heading. Undefined when unsure.
 */
export function guessOwnerName(cvText: string): string | undefined {
  const lines = cvText
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, 8);
  for (const line of lines) {
    const labelled = /^(?:name|full name|nombre(?: y apellidos)?|nombre completo)\s*:\s*(.{3,60})$/i.exec(
      line,
    );
    if (labelled?.[1] && looksLikeName(labelled[1].trim())) return labelled[1].trim();
  }
  for (const line of lines.slice(0, 4)) {
    const candidate = line.split(/\s+[|·•–—-]\s+/)[0]?.trim() ?? '';
    if (looksLikeName(candidate)) return toDisplayCase(candidate);
  }
  return undefined;
}

function looksLikeName(text: string): boolean {
  if (text.length > 60 || /\d|@/.test(text)) return false;
  const parts = text.split(/\s+/);
  if (parts.length < 2 || parts.length > 5) return false;
  return parts.every(
    (part) =>
      (NAME_WORD.test(part) || /^(?:de|del|la|las|los|y|van|von|da|di)$/i.test(part)) &&
      !NOT_NAMES.test(part),
  );
}

/** "JANE DOE" → "Jane Doe"; "Jane McDonald" stays as written. */
function toDisplayCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The whole name, then each part of at least 3 letters, accent- and case-insensitive. */
function namePatterns(name: string): RegExp[] {
  const clean = name.trim().replace(/\s+/g, ' ');
  if (clean.length < 2) return [];
  const loose = (text: string) =>
    [...text]
      .map((char) => {
        const base = char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
        if (/\s/.test(char)) return '\\s+';
        if (base !== char || /[aeiounc]/i.test(char))
          return `[${escapeRegExp(base)}${base.toUpperCase()}${variantsOf(base)}]`;
        return escapeRegExp(char);
      })
      .join('');
  const parts = clean
    .split(' ')
    .filter((part) => part.replace(/[^\p{L}]/gu, '').length >= 3 && !/^(?:del|las|los|van|von)$/i.test(part))
    .sort((a, b) => b.length - a.length);
  return [clean, ...parts].map(
    (text) => new RegExp(`(?<![\\p{L}\\p{N}])${loose(text)}(?![\\p{L}\\p{N}])`, 'giu'),
  );
}

/** Accented letters a plain one may stand for (and back), so "Jose" also takes "José". */
function variantsOf(letter: string): string {
  const table: Record<string, string> = {
    a: 'áàäâÁÀÄÂ',
    e: 'éèëêÉÈËÊ',
    i: 'íìïîÍÌÏÎ',
    o: 'óòöôÓÒÖÔ',
    u: 'úùüûÚÙÜÛ',
    n: 'ñÑ',
    c: 'çÇ',
  };
  return table[letter.toLowerCase()] ?? '';
}

const valueKey = (kind: PlaceholderKind, value: string) =>
  `${kind}\u0000${value.toLowerCase().replace(/\s+/g, '')}`;

/** Keeps one placeholder per distinct value and kind, across every text it redacts. */
export class Redactor {
  readonly placeholders: Placeholders = new Map();
  private readonly byValue = new Map<string, string>();
  private readonly counts = new Map<PlaceholderKind, number>();
  private readonly names: RegExp[];

  /** `known`: placeholders already handed out (a preview being edited) to keep and count on from. */
  constructor(ownerName?: string, known?: Placeholders) {
    this.names = ownerName ? namePatterns(ownerName) : [];
    for (const [placeholder, value] of known ?? []) {
      const parsed = /^\[([A-Z]+)(?:_(\d+))?\]$/.exec(placeholder);
      const kind = parsed?.[1] as PlaceholderKind | undefined;
      if (!kind || !PLACEHOLDER_KINDS.includes(kind)) continue;
      this.placeholders.set(placeholder, value);
      this.byValue.set(valueKey(kind, value), placeholder);
      this.counts.set(kind, Math.max(this.counts.get(kind) ?? 0, Number(parsed?.[2] ?? 1)));
    }
    // Every part of the name stands for the whole name in the letter.
    if (ownerName?.trim()) this.placeholders.set('[NAME]', ownerName.trim().replace(/\s+/g, ' '));
  }

  private placeholder(kind: PlaceholderKind, value: string): string {
    if (kind === 'NAME') return '[NAME]';
    const key = valueKey(kind, value);
    const known = this.byValue.get(key);
    if (known) return known;
    const count = (this.counts.get(kind) ?? 0) + 1;
    this.counts.set(kind, count);
    const placeholder = count === 1 ? `[${kind}]` : `[${kind}_${count}]`;
    this.byValue.set(key, placeholder);
    this.placeholders.set(placeholder, value);
    return placeholder;
  }

  private replace(
    text: string,
    pattern: RegExp,
    kind: PlaceholderKind,
    keep?: (match: string, text: string, at: number) => boolean,
  ) {
    return text.replace(pattern, (...args: unknown[]) => {
      const match = args[0] as string;
      const at = args.at(-2) as number;
      if (keep?.(match, text, at)) return match;
      const trailing = /[.,;:]+$/.exec(match)?.[0] ?? '';
      const value = match.slice(0, match.length - trailing.length);
      return this.placeholder(kind, value) + trailing;
    });
  }

  redact(text: string): string {
    let out = text;
    out = this.replace(out, EMAIL, 'EMAIL');
    out = this.replace(out, URL_WITH_SCHEME, 'LINK');
    out = this.replace(out, PROFILE_LINK, 'LINK');
    out = this.replace(out, BARE_DOMAIN, 'LINK', (match) => NOT_LINKS.has(match.toLowerCase()));
    out = out.replace(
      BIRTHDATE,
      (_, label: string, date: string) => label + this.placeholder('BIRTHDATE', date),
    );
    out = this.replace(out, NIE, 'ID');
    out = this.replace(out, DNI, 'ID');
    out = this.replace(out, NI_NUMBER, 'ID');
    out = this.replace(out, SSN, 'ID', (match) => YEAR_RUN.test(match));
    out = this.replace(out, PHONE, 'PHONE', isNotAPhone);
    out = this.replace(out, ES_STREET, 'ADDRESS');
    out = this.replace(out, EN_STREET, 'ADDRESS');
    out = this.replace(out, UK_POSTCODE, 'POSTCODE');
    out = this.replace(out, ES_POSTCODE_LABELLED, 'POSTCODE');
    out = this.replace(out, ES_POSTCODE, 'POSTCODE');
    out = this.replace(out, US_ZIP, 'POSTCODE');
    for (const name of this.names) out = out.replace(name, '[NAME]');
    return out;
  }
}

function isNotAPhone(match: string, text: string, at: number): boolean {
  if (A_DATE.test(match) || YEAR_RUN.test(match.trim())) return true;
  const around = `${text.slice(Math.max(0, at - 4), at)} ${text.slice(at + match.length, at + match.length + 5)}`;
  if (AMOUNT.test(match.trim()) && (CURRENCY_NEAR.test(around) || /000$/.test(match.trim()))) return true;
  return false;
}

/** Redacts one text on its own (tests, previews of a single field). */
export function redact(text: string, ownerName?: string): Redaction {
  const redactor = new Redactor(ownerName);
  return { text: redactor.redact(text), placeholders: redactor.placeholders };
}

/**
 * Puts the originals back into the letter. Matches `[KIND]`/`[KIND_n]` in any letter case
 * and with inner spaces (`[ Name ]`), as a model may write them; unknown placeholders stay.
 */
export function fillPlaceholders(letter: string, placeholders: Placeholders): string {
  return letter.replace(
    /\[\s*([A-Za-z]+)(?:[_ ](\d+))?\s*\]/g,
    (match, kind: string, n: string | undefined) => {
      const key = `[${kind.toUpperCase()}${n && n !== '1' ? `_${n}` : ''}]`;
      return placeholders.get(key) ?? match;
    },
  );
}
