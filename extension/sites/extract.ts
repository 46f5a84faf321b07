import type { ListingDraft } from '../../shared/application';
import { finishDraft, isBotCheck, type JobRef, type SiteAdapter } from './adapter';
import { glassdoor } from './glassdoor';
import { indeed } from './indeed';
import { infojobs } from './infojobs';
import { linkedin } from './linkedin';
import { readStructuredJob } from './structured';
import { tecnoempleo } from './tecnoempleo';
import { cleanText, firstElement, metaContent, readableText } from './text';

export const ADAPTERS: readonly SiteAdapter[] = [linkedin, indeed, glassdoor, infojobs, tecnoempleo];

export function adapterFor(url: URL): SiteAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.matches(url));
}

export type Extraction =
  | { kind: 'listing'; draft: ListingDraft }
  | { kind: 'nothing'; reason: 'bot-check' | 'no-job' | 'unsupported-page' };

const MAIN = ['main', '[role="main"]', 'article', '#content', '.content', 'body'] as const;

function guessCompany(doc: Document, url: URL): string {
  const siteName = metaContent(doc, 'meta[property="og:site_name"]');
  if (siteName) return siteName;
  // jobs.acme.com / careers.acme.co.uk → "acme"
  const parts = url.hostname
    .replace(/^www\./, '')
    .split('.')
    .filter((part) => !/^(jobs|careers|career|apply|boards|job-boards|work|join)$/.test(part));
  const suffixes = /^(com|net|org|io|co|uk|es|de|fr|ai|dev|app|jobs)$/;
  while (parts.length > 1 && suffixes.test(parts.at(-1) ?? '')) parts.pop();
  return parts.at(-1) ?? url.hostname;
}

/** The readable-text fallback for any page: title, a company guess, the main text. */
export function readTextListing(doc: Document, url: URL): ListingDraft | undefined {
  const title =
    metaContent(doc, 'meta[property="og:title"]') ||
    cleanText(doc.querySelector('h1')?.textContent) ||
    cleanText(doc.title);
  if (!title) return undefined;
  const main = firstElement(doc, MAIN);
  const description = main ? readableText(main) : undefined;
  const draft = finishDraft(
    { board: 'other', url: url.href, title, company: guessCompany(doc, url), description },
    undefined,
  );
  return draft ? { ...draft, source: 'text' } : undefined;
}

/**
 * The listing open on a page: the board's adapter where one matches (it alone decides on
 * its board: a bot check or a list with nothing open yields nothing), else structured data,
 * else — for a manual save only — the readable-text fallback.
 */
export function extractListing(doc: Document, url: URL, options: { allowText: boolean }): Extraction {
  const adapter = adapterFor(url);
  if (adapter) {
    const draft = adapter.parseListing(doc, url);
    if (draft) return { kind: 'listing', draft };
    return { kind: 'nothing', reason: isBotCheck(doc) ? 'bot-check' : 'no-job' };
  }
  if (!/^https?:$/.test(url.protocol)) return { kind: 'nothing', reason: 'unsupported-page' };
  if (isBotCheck(doc)) return { kind: 'nothing', reason: 'bot-check' };
  const structured = readStructuredJob(doc);
  if (structured?.title) {
    const draft = finishDraft({ board: 'other', url: url.href }, doc);
    if (draft) return { kind: 'listing', draft };
  }
  if (options.allowText) {
    const draft = readTextListing(doc, url);
    if (draft) return { kind: 'listing', draft };
  }
  return { kind: 'nothing', reason: 'no-job' };
}

/** Which job the page shows, for the badge. */
export function currentJobRef(doc: Document, url: URL): JobRef | undefined {
  return adapterFor(url)?.currentJob(doc, url);
}
