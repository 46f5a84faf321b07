import type { ListingDraft } from '../model/application';
import { finishDraft, type JobRef, type SiteAdapter } from './adapter';
import { APPLY_SELECTORS } from './apply-selectors';
import { boardOfHost } from './hosts';
import { glassdoorIdFromUrl, glassdoorJobUrl, matchId } from './job-urls';
import { dollarCurrencyForHost, parseSalary } from './salary';
import { cleanText, elementText, firstElement, firstText, readableText } from './text';

/**
 * Glassdoor (Next.js) on glassdoor.com, .co.uk, .es and the other country domains: the job
 * page /job-listing/…?jl=<id> and the search page's detail pane /Job/…, /Empleo/….
 * CSS-module classes carry a hash suffix that changes: match them by prefix.
 */
const SEL = {
  // seen on /job-listing/… and in the /Job/… search pane
  header: '[data-test="job-details-header"]',
  title: ['h1[id^="jd-job-title-"]', '[data-test="job-title"]', '[data-test="job-details-header"] h1'],
  company: [
    '[class*="EmployerProfile_employerNameHeading"]',
    '[class*="EmployerProfile_compactEmployerName"]',
    '[data-test="employer-name"]',
    '[data-test="employerName"]',
    '[data-test="job-details-header"] h4',
  ],
  location: ['[data-test="location"]', '[data-test="emp-location"]'],
  salary: ['[data-test="detailSalary"]', '[class*="JobDetails_locationAndPay"] [class*="Salary"]'],
  description: ['div[class*="JobDetails_jobDescription"]', '[class*="JobDetails_jobDescriptionWrapper"]'],
  blurred: '[class*="JobDetails_blurDescription"]',
  selectedCard: [
    '[data-test="jobListing"][data-selected="true"]',
    'li[data-test="jobListing"][aria-selected="true"]',
    '[data-test="jobListing"] [class*="JobCard_selected"]',
  ],
  expired: ['[data-test="expired-job-notice"]'],
} as const;

/** "Acme Ltd4.1 ★" / "Acme Ltd 4,1" → "Acme Ltd": the rating is not part of the name. */
export function stripRating(text: string | undefined): string | undefined {
  if (!text) return undefined;
  // Ratings have one decimal ("4.2", "4,3") or a star; a name may end in digits ("Studio 54").
  return cleanText(text.replace(/\s*(\d[.,]\d\s*★?|\d\s*★)\s*$/, '').replace(/\s*★\s*$/, '')) || undefined;
}

function companyName(root: ParentNode): string | undefined {
  const element = firstElement(root, SEL.company);
  if (!element) return undefined;
  // The heading holds the name in an inner h4/span; a rating sits beside it.
  const named = element.querySelector('h4, h3, [class*="employerName"]');
  return stripRating(elementText(named ?? element));
}

function jobId(doc: Document, url: URL, root: ParentNode): string | undefined {
  const heading = firstElement(root, SEL.title);
  const fromHeading = matchId(heading?.id, /^jd-job-title-(\d+)/);
  if (fromHeading) return fromHeading;
  const fromUrl = glassdoorIdFromUrl(url);
  if (fromUrl) return fromUrl;
  const selected = firstElement(doc, SEL.selectedCard);
  const fromCard =
    selected?.getAttribute('data-jobid') ??
    selected?.getAttribute('data-id') ??
    selected?.closest('[data-jobid]')?.getAttribute('data-jobid');
  return fromCard && /^\d+$/.test(fromCard) ? fromCard : undefined;
}

function isClosed(doc: Document): boolean {
  return Boolean(firstElement(doc, SEL.expired));
}

export function parseGlassdoor(doc: Document, url: URL): ListingDraft | undefined {
  if (isClosed(doc)) return undefined;
  const header = doc.querySelector(SEL.header);
  // The detail pane (search page) or the whole job page.
  const root: ParentNode =
    header?.closest('[class*="JobDetails_jobDetailsContainer"], [data-test="job-details"], article, main') ??
    doc;
  const title = firstText(root, SEL.title);
  if (!title) return undefined;
  const id = jobId(doc, url, root);
  const descriptionElement = firstElement(root, SEL.description);
  const isBlurred = Boolean(
    descriptionElement &&
      (descriptionElement.matches(SEL.blurred) || descriptionElement.querySelector(SEL.blurred)),
  );
  const salaryText = firstText(root, SEL.salary);
  return finishDraft(
    {
      board: 'glassdoor',
      boardJobId: id,
      url: id && !url.pathname.startsWith('/job-listing/') ? glassdoorJobUrl(url, id) : url.href,
      title,
      company: companyName(root),
      location: firstText(root, SEL.location),
      salary: parseSalary(salaryText, { dollar: dollarCurrencyForHost(url.hostname) }),
      description: descriptionElement ? readableText(descriptionElement) : undefined,
      descriptionPartial: isBlurred || undefined,
    },
    // The search page's head is the search's, not the pane's job.
    { doc, scope: root, pageData: url.pathname.startsWith('/job-listing/') },
  );
}

/** The job a Glassdoor page shows (the adapter's currentJob; the badge's pane read imports it alone). */
export function glassdoorCurrentJob(doc: Document, url: URL): JobRef | undefined {
  const id = jobId(doc, url, doc);
  return id ? { board: 'glassdoor', boardJobId: id, url: glassdoorJobUrl(url, id) } : undefined;
}

export const glassdoor: SiteAdapter = {
  board: 'glassdoor',
  matches: (url) => boardOfHost(url.hostname) === 'glassdoor',
  parseListing: parseGlassdoor,
  isClosed,
  currentJob: glassdoorCurrentJob,
  applySelectors: APPLY_SELECTORS.glassdoor,
};
