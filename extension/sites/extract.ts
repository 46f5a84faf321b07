import type { ListingDraft } from '../model/application';
import { finishDraft, isBotCheck, type JobRef, type SiteAdapter, splitDocumentTitle } from './adapter';
import { glassdoor } from './glassdoor';
import { indeed } from './indeed';
import { infojobs } from './infojobs';
import { linkedin } from './linkedin';
import { readStructuredJob } from './structured';
import { tecnoempleo } from './tecnoempleo';
import { cleanText, elementText, firstElement, metaContent, readableText } from './text';

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
    elementText(doc.querySelector('h1')) ||
    cleanText(doc.title);
  if (!title) return undefined;
  const main = firstElement(doc, MAIN);
  const description = main ? readableText(main) : undefined;
  const draft = finishDraft(
    { board: 'other', url: url.href, title, company: guessCompany(doc, url), description },
    undefined,
    { title: 'text', company: 'text', description: 'text' },
  );
  return draft ? { ...draft, source: 'text' } : undefined;
}

/**
 * A record for a job the page names but the adapter could not read in full (changed
 * markup): board, job id, URL and a title from og:/twitter: meta or the document title,
 * plus whatever a description section gives, marked incomplete. An Apply on a real job is
 * never lost; closed offers, bot walls and lists (no job named) still give nothing.
 */
function incompleteDraft(adapter: SiteAdapter, doc: Document, url: URL): ListingDraft | undefined {
  if (adapter.isClosed(doc, url)) return undefined;
  const job = adapter.currentJob(doc, url);
  if (!job?.boardJobId) return undefined;
  const meta =
    metaContent(doc, 'meta[property="og:title"]') ?? metaContent(doc, 'meta[name="twitter:title"]');
  const fromMeta = meta ? splitDocumentTitle(meta) : {};
  const fromTitle = fromMeta.title ? fromMeta : splitDocumentTitle(doc.title);
  if (!fromTitle.title) return undefined;
  const source = fromMeta.title ? 'meta' : 'document-title';
  const draft = finishDraft(
    {
      board: adapter.board,
      boardJobId: job.boardJobId,
      url: job.url,
      title: fromTitle.title,
      company: fromTitle.company,
    },
    { doc, pageData: false },
    { title: source, company: source },
  );
  return draft;
}

/**
 * The job open on a board page, as an Apply click or a manual save reads it: the board's
 * adapter; when it cannot read the job the page names, an incomplete record; nothing on a
 * bot wall (no job content), a closed offer or a list.
 */
export function readBoardJob(adapter: SiteAdapter, doc: Document, url: URL): Extraction {
  const draft = adapter.parseListing(doc, url);
  if (draft) return { kind: 'listing', draft };
  if (isBotCheck(doc)) return { kind: 'nothing', reason: 'bot-check' };
  const partial = incompleteDraft(adapter, doc, url);
  return partial ? { kind: 'listing', draft: partial } : { kind: 'nothing', reason: 'no-job' };
}

/**
 * The listing open on a page: the board's adapter where one matches (it alone decides on
 * its board), else structured data, else — for a manual save only — the readable-text
 * fallback.
 */
export function extractListing(doc: Document, url: URL, options: { allowText: boolean }): Extraction {
  const adapter = adapterFor(url);
  if (adapter) return readBoardJob(adapter, doc, url);
  if (!/^https?:$/.test(url.protocol)) return { kind: 'nothing', reason: 'unsupported-page' };
  if (isBotCheck(doc)) return { kind: 'nothing', reason: 'bot-check' };
  const structured = readStructuredJob(doc);
  if (structured?.title) {
    const draft = finishDraft({ board: 'other', url: url.href }, { doc });
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
