import { LIMITS } from '../../shared/limits';
import type { Board, JobRef, ListingDraft, Salary } from '../model/application';
import { type FieldSource, LISTING_FIELDS, type ListingField } from '../model/listing-fields';
import { readStructuredJob } from './structured';
import { cleanText, elementText, metaContent, readableText, truncate, uniqueTexts } from './text';

/** Which job a page shows, cheaply (for the toolbar badge): no description parsing. */
export type { JobRef };

/**
 * A job board. `parseListing` is pure: the document and URL in, the open listing out, or
 * undefined when the page shows none (a bot check, a closed offer, a list with nothing
 * open). Selectors live at the top of each adapter with the page kind they were seen on.
 */
export interface SiteAdapter {
  board: Board;
  matches(url: URL): boolean;
  parseListing(doc: Document, url: URL): ListingDraft | undefined;
  /** Which job the URL or the open pane names (never a list's first card). */
  currentJob(doc: Document, url: URL): JobRef | undefined;
  /** A closed or withdrawn offer: nothing is stored, not even an incomplete record. */
  isClosed(doc: Document, url: URL): boolean;
  /** Apply controls recognised by structure (ids, data-*, aria-*, hrefs), as one selector list. */
  applySelectors: readonly string[];
}

export interface BoardFields {
  board: Board;
  boardJobId?: string | undefined;
  url: string;
  title?: string | undefined;
  company?: string | undefined;
  location?: string | undefined;
  salary?: Salary | undefined;
  description?: string | undefined;
  descriptionPartial?: boolean | undefined;
  workplace?: string | undefined;
  employmentType?: string | undefined;
  experience?: string | undefined;
  skills?: string[] | undefined;
}

const sameTitle = (a: string, b: string) => {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const x = norm(a);
  const y = norm(b);
  return x === y || (x.length > 3 && y.includes(x)) || (y.length > 3 && x.includes(y));
};

/** Where finishDraft may look beyond what the board's own markup gave. */
export interface DraftContext {
  doc: Document;
  /** The open job's part of the page (a search page's detail pane); the body otherwise. */
  scope?: ParentNode | undefined;
  /**
   * Whether the page's head (JSON-LD, og:/twitter: meta) describes this job. False in a
   * single-page app's pane, where the head can still be the first job's.
   */
  pageData?: boolean | undefined;
}

/** Description sections by their heading, in the boards' languages (EN/ES). */
const DESCRIPTION_HEADING =
  /^(about the job|about the role|job description|description|the role|job details|acerca del empleo|sobre el empleo|descripci[oó]n( de la oferta| del puesto| del empleo| de la vacante)?|sobre el puesto|detalles del empleo)$/i;
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/**
 * The text of the section a heading names ("About the job", "Descripción"): the heading's
 * following siblings, or, when the heading is wrapped alone, its wrapper's (a few levels up).
 */
export function sectionText(root: ParentNode, heading: RegExp = DESCRIPTION_HEADING): string | undefined {
  for (const element of root.querySelectorAll(HEADINGS)) {
    if (!heading.test(elementText(element).replace(/[:：]\s*$/, ''))) continue;
    let anchor: Element | null = element;
    for (let depth = 0; anchor && depth < 4; depth++, anchor = anchor.parentElement) {
      const parts: string[] = [];
      for (let next = anchor.nextElementSibling; next; next = next.nextElementSibling) {
        if (next.matches(HEADINGS)) break;
        const text = readableText(next);
        if (text) parts.push(text);
      }
      if (parts.length) return parts.join('\n\n');
    }
  }
  return undefined;
}

/** og:/twitter: meta of the page, by field. */
function metaFields(doc: Document): Partial<Record<'title' | 'description', string>> {
  const title =
    metaContent(doc, 'meta[property="og:title"]') ??
    metaContent(doc, 'meta[name="og:title"]') ??
    metaContent(doc, 'meta[name="twitter:title"]');
  const description =
    metaContent(doc, 'meta[property="og:description"]') ??
    metaContent(doc, 'meta[name="og:description"]') ??
    metaContent(doc, 'meta[name="twitter:description"]');
  return { ...(title ? { title } : {}), ...(description ? { description } : {}) };
}

const BOARD_NAMES = /^(linkedin|indeed(\.com)?|glassdoor|infojobs(\.net)?|tecnoempleo(\.com)?)$/i;

/**
 * A job title (and maybe the company) from a document title: "(3) <title> | <company> |
 * LinkedIn", "<title> at <company>", "<title> - <company> | Indeed". Undefined for a title
 * that is only the board's name or a security check.
 */
export function splitDocumentTitle(raw: string): { title?: string; company?: string } {
  const text = cleanText(raw).replace(/^\(\d+\+?\)\s*/, '');
  if (!text || BOT_TITLE.test(text.toLowerCase())) return {};
  let parts = text.split(/\s+[|·]\s+/);
  if (parts.length > 1 && BOARD_NAMES.test(parts.at(-1) ?? '')) parts = parts.slice(0, -1);
  else if (/\s+-\s+/.test(text)) {
    const dashed = text.split(/\s+-\s+/);
    if (BOARD_NAMES.test(dashed.at(-1) ?? '')) parts = dashed.slice(0, -1);
  }
  if (!parts.length || (parts.length === 1 && BOARD_NAMES.test(parts[0] ?? ''))) return {};
  if (parts.length >= 2) return { title: parts.slice(0, -1).join(' | '), company: parts.at(-1) };
  const only = parts[0] ?? '';
  const at = only.match(/^(.+?)\s+(?:at|en)\s+(.+)$/);
  return at ? { title: at[1], company: at[2] } : { title: only };
}

/** Fields without which a board record is incomplete (the title is always there). */
const ESSENTIAL = ['company', 'description'] as const satisfies readonly ListingField[];

type Sourced = Partial<Record<ListingField, FieldSource>>;

/**
 * Turns what an adapter read into a draft within the schema's limits, filling each field
 * from the first source that has it — the board's own markup, then a section found by its
 * heading, then structured data (only when it names the same job), then og:/twitter: meta
 * — and keeping which source won in `fieldSources`. The board id always comes from the
 * board (a JSON-LD `identifier` is often the employer's).
 */
export function finishDraft(
  fields: BoardFields,
  context: DraftContext | undefined,
  given: Sourced = {},
): ListingDraft | undefined {
  const merged: BoardFields = { ...fields };
  const sources: Sourced = {};
  for (const field of LISTING_FIELDS) {
    const value = merged[field];
    if (value !== undefined && value !== '' && !(Array.isArray(value) && !value.length))
      sources[field] = given[field] ?? 'board';
  }
  const fill = (field: ListingField, value: unknown, source: FieldSource) => {
    if (sources[field] || value === undefined || value === '') return;
    (merged as unknown as Record<string, unknown>)[field] = value;
    sources[field] = source;
  };
  if (context && !sources.description) {
    fill('description', sectionText(context.scope ?? context.doc.body ?? context.doc), 'section');
  }
  if (context && context.pageData !== false) {
    const structured = readStructuredJob(context.doc);
    if (
      structured?.title &&
      !structured.isExpired &&
      (!merged.title || sameTitle(merged.title, structured.title))
    ) {
      const { url: _url, isExpired: _expired, ...rest } = structured;
      for (const [key, value] of Object.entries(rest)) fill(key as ListingField, value, 'structured');
    }
    const meta = metaFields(context.doc);
    fill('title', meta.title, 'meta');
    if (!sources.description && meta.description) {
      // og:description is the first ~200 characters of the description: partial.
      fill('description', meta.description, 'meta');
      merged.descriptionPartial = true;
    }
  }
  const title = truncate(cleanText(merged.title), LIMITS.titleChars);
  if (!title) return undefined;
  const text = (value: string | undefined, max: number) => truncate(cleanText(value), max);
  const titleSource = sources.title ?? 'board';
  const source: ListingDraft['source'] = titleSource === 'structured' ? 'structured' : 'board';
  const draft: ListingDraft = { board: merged.board, url: merged.url, title, source };
  if (merged.boardJobId) draft.boardJobId = merged.boardJobId.slice(0, 100);
  const company = text(merged.company, LIMITS.companyChars);
  if (company) draft.company = company;
  const location = text(merged.location, LIMITS.locationChars);
  if (location) draft.location = location;
  if (merged.salary)
    draft.salary = { ...merged.salary, text: merged.salary.text.slice(0, LIMITS.salaryTextChars) };
  const description = truncate(merged.description?.trim(), LIMITS.descriptionChars);
  if (description) draft.description = description;
  if (merged.descriptionPartial && description) draft.descriptionPartial = true;
  const workplace = text(merged.workplace, 100);
  if (workplace) draft.workplace = workplace;
  const employmentType = text(merged.employmentType, 100);
  if (employmentType) draft.employmentType = employmentType;
  const experience = text(merged.experience, 200);
  if (experience) draft.experience = experience;
  if (merged.skills?.length) draft.skills = uniqueTexts(merged.skills, LIMITS.skills);
  // A bot wall is a page without job content, whatever captcha frames a real page carries.
  if (!draft.company && !draft.description && context && isBotCheck(context.doc)) return undefined;
  const fieldSources: Sourced = {};
  for (const field of LISTING_FIELDS) {
    const source = sources[field];
    if (source && draft[field] !== undefined) fieldSources[field] = source;
  }
  draft.fieldSources = fieldSources;
  if (draft.board !== 'other') {
    const missing = ESSENTIAL.filter((field) => draft[field] === undefined);
    if (missing.length) draft.incomplete = missing;
  }
  return draft;
}

/**
 * Challenge pages' titles. Anchored at the start where a job title could contain the words
 * ("Security Checkpoint Officer", "Verification Engineer").
 */
const BOT_TITLE =
  /^(just a moment|attention required|help us protect|security check\b|are you a robot|are you human|access denied|pardon our interruption|one more step|verify you are human)|captcha|comprobaci[oó]n de seguridad|no eres un robot/;
/** Ids the challenge pages of Cloudflare, PerimeterX, Incapsula and the boards use. */
const BOT_IDS = [
  'challenge-form',
  'challenge-running',
  'cf-challenge-running',
  'cf-turnstile',
  'px-captcha',
  'captcha-box',
];
const BOT_CLASSES = ['cf-turnstile', 'g-recaptcha', 'h-captcha', 'geetest_captcha'];

/**
 * A bot check (Cloudflare, Incapsula, PerimeterX, captchas), not content. Uses only the
 * title, id lookups, class lists and the page's few iframes: cheap on a 2 MB page.
 */
export function isBotCheck(doc: Document): boolean {
  if (BOT_TITLE.test(cleanText(doc.title).toLowerCase())) return true;
  // "Help Us Protect Glassdoor", "confirma que no eres un robot": the page's heading.
  const heading = doc.querySelector('h1');
  if (heading && BOT_TITLE.test(elementText(heading).toLowerCase())) return true;
  if (BOT_IDS.some((id) => doc.getElementById(id))) return true;
  if (BOT_CLASSES.some((name) => doc.getElementsByClassName(name).length > 0)) return true;
  for (const frame of doc.getElementsByTagName('iframe')) {
    const src = frame.getAttribute('src') ?? '';
    if (/captcha|_Incapsula_Resource|challenges\.cloudflare/i.test(src)) return true;
  }
  return false;
}
