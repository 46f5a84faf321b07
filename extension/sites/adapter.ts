import type { Board, JobRef, ListingDraft, Salary } from '../../shared/application';
import { LIMITS } from '../../shared/limits';
import { readStructuredJob } from './structured';
import { cleanText, truncate, uniqueTexts } from './text';

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
  currentJob(doc: Document, url: URL): JobRef | undefined;
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

/**
 * Turns what an adapter read into a draft within the schema's limits. Structured data on
 * the page wins field by field, but only when it describes the same job (a single-page app
 * can keep the first job's JSON-LD while showing another); the board id always comes from
 * the board.
 */
export function finishDraft(fields: BoardFields, doc: Document | undefined): ListingDraft | undefined {
  let merged = { ...fields };
  let source: ListingDraft['source'] = 'board';
  const structured = doc ? readStructuredJob(doc) : undefined;
  if (
    structured?.title &&
    !structured.isExpired &&
    (!fields.title || sameTitle(fields.title, structured.title))
  ) {
    const { url: _url, isExpired: _expired, ...rest } = structured;
    merged = { ...merged };
    for (const [key, value] of Object.entries(rest)) {
      if (value !== undefined && value !== '') (merged as Record<string, unknown>)[key] = value;
    }
    // A board's own salary parse is as good; keep the board's when structured has none.
    if (!structured.salary && fields.salary) merged.salary = fields.salary;
    source = 'structured';
  }
  const title = truncate(cleanText(merged.title), LIMITS.titleChars);
  if (!title) return undefined;
  const text = (value: string | undefined, max: number) => truncate(cleanText(value), max);
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
  if (merged.descriptionPartial) draft.descriptionPartial = true;
  const workplace = text(merged.workplace, 100);
  if (workplace) draft.workplace = workplace;
  const employmentType = text(merged.employmentType, 100);
  if (employmentType) draft.employmentType = employmentType;
  const experience = text(merged.experience, 200);
  if (experience) draft.experience = experience;
  if (merged.skills?.length) draft.skills = uniqueTexts(merged.skills, LIMITS.skills);
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
  if (BOT_IDS.some((id) => doc.getElementById(id))) return true;
  if (BOT_CLASSES.some((name) => doc.getElementsByClassName(name).length > 0)) return true;
  for (const frame of doc.getElementsByTagName('iframe')) {
    const src = frame.getAttribute('src') ?? '';
    if (/captcha|_Incapsula_Resource|challenges\.cloudflare/i.test(src)) return true;
  }
  return false;
}

/** A number-ish job id from a string, or undefined. */
export function matchId(text: string | null | undefined, pattern: RegExp): string | undefined {
  if (!text) return undefined;
  const match = text.match(pattern);
  return match?.[1];
}
