import type { ListingDraft } from '../model/application';
import { finishDraft, type JobRef, type SiteAdapter } from './adapter';
import { APPLY_SELECTORS } from './apply-selectors';
import { boardOfHost } from './hosts';
import { autoOpenKeyIn, INDEED_PANE_ID, indeedKey as key } from './indeed-keys';
import { indeedIdFromUrl } from './job-urls';
import { dollarCurrencyForHost, parseSalary } from './salary';
import { cleanText, firstElement, firstText, readableText } from './text';

/**
 * Indeed: /viewjob?jk=<id> and the two-pane search /jobs?q=…&vjk=<id>, on every country
 * host (www, uk, es, …). Class names like css-1x2y3z are generated: only data-testid, ids
 * and data-* are used.
 */
const SEL = {
  // seen on /viewjob?jk= and in the search page's right pane (/jobs?…&vjk=)
  pane: [`#${INDEED_PANE_ID}`, '.jobsearch-RightPane', '#vjs-container', '.jobsearch-ViewJobLayout'],
  title: [
    'h2[data-testid="jobsearch-JobInfoHeader-title"]',
    'h1[data-testid="jobsearch-JobInfoHeader-title"]',
    '.jobsearch-JobInfoHeader-title',
  ],
  company: [
    '[data-testid="inlineHeader-companyName"] a',
    '[data-testid="inlineHeader-companyName"]',
    '[data-company-name="true"]',
    '.jobsearch-InlineCompanyRating div:first-child',
  ],
  location: [
    '[data-testid="inlineHeader-companyLocation"]',
    '[data-testid="jobsearch-JobInfoHeader-companyLocation"]',
    '[data-testid="job-location"]',
    '.jobsearch-JobInfoHeader-subtitle > div:last-child',
  ],
  salaryAndType: ['#salaryInfoAndJobType'],
  description: ['#jobDescriptionText', '.jobsearch-jobDescriptionText'],
  jk: '[data-jk]',
  /** The search list's selected card (the job the pane shows). */
  selectedCard: [
    '.vjs-highlight [data-jk]',
    '[data-jk].vjs-highlight',
    '[aria-current="true"] [data-jk]',
    '[data-jk][aria-current="true"]',
    '.jobsearch-ResultsList [aria-selected="true"] [data-jk]',
  ],
  expired: ['.jobsearch-ExpiredJobPanel', '[data-testid="expired-job-message"]'],
} as const;

/** Drops the screen-reader tail: "Data Engineer - job post" / "… - oferta de empleo". */
function cleanTitle(text: string | undefined): string | undefined {
  return text
    ?.replace(
      /\s+-\s+(job post|oferta de empleo|oferta de trabajo|offre d['’]emploi|stellenanzeige|stellenangebot)\s*$/i,
      '',
    )
    .trim();
}

function splitSalaryAndType(text: string | undefined, host: string) {
  if (!text) return { salary: undefined, employmentType: undefined };
  // "$27.85 - $41.77 an hour - Part-time" / "£40,000 a year - Permanent, Full-time"
  const parts = text.split(/\s+-\s+(?=[^\d$£€₹]*$)/);
  const hasAmount = /\d/.test(parts[0] ?? '');
  const salary = hasAmount ? parseSalary(parts[0], { dollar: dollarCurrencyForHost(host) }) : undefined;
  const typeText = hasAmount ? parts.slice(1).join(' - ') : text;
  return { salary, employmentType: cleanText(typeText) || undefined };
}

/**
 * The key of the job the search page opened by itself (`/jobs?q=…` without `vjk`): the
 * page's embedded data names it. Only scripts that mention it are searched: cheap on a
 * 2 MB page.
 */
function autoOpenedKey(doc: Document): string | undefined {
  for (const script of doc.getElementsByTagName('script')) {
    const found = autoOpenKeyIn(script.textContent ?? '');
    if (found) return found;
  }
  return undefined;
}

/**
 * The open job's key: the URL's jk/vjk, the pane's own data-jk, the selected card, the
 * auto-opened key of the embedded data (only when a pane shows a job), the canonical URL.
 * Never the first card's: that makes a second record of another job.
 */
function jobId(doc: Document, url: URL, pane: Element | undefined): string | undefined {
  const fromUrl = indeedIdFromUrl(url);
  if (fromUrl) return fromUrl;
  const holder = pane?.closest(SEL.jk) ?? pane?.querySelector(`${SEL.jk}:not(a)`);
  const fromPane = key(holder?.getAttribute('data-jk'));
  if (fromPane) return fromPane;
  if (pane) {
    // The embedded data is read only when no card is selected: on a 2 MB page, every inline
    // script's text is megabytes to copy.
    const selected = key(firstElement(doc, SEL.selectedCard)?.getAttribute('data-jk'));
    const auto = selected ?? autoOpenedKey(doc);
    if (auto) return auto;
  }
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (canonical) {
    try {
      return indeedIdFromUrl(new URL(canonical, url));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function isClosed(doc: Document): boolean {
  return Boolean(firstElement(doc, SEL.expired));
}

export function parseIndeed(doc: Document, url: URL): ListingDraft | undefined {
  if (isClosed(doc)) return undefined;
  const pane = firstElement(doc, SEL.pane);
  const root: ParentNode = pane ?? doc;
  const title = cleanTitle(firstText(root, SEL.title));
  if (!title) return undefined;
  const id = jobId(doc, url, pane);
  // "London WC2R • Hybrid work"
  const [location, workplace] = (firstText(root, SEL.location) ?? '').split(/\s*•\s*/);
  const { salary, employmentType } = splitSalaryAndType(firstText(root, SEL.salaryAndType), url.hostname);
  const descriptionElement = firstElement(root, SEL.description);
  return finishDraft(
    {
      board: 'indeed',
      boardJobId: id,
      url: id ? `https://${url.hostname}/viewjob?jk=${id}` : url.href,
      title,
      company: firstText(root, SEL.company),
      location: location || undefined,
      workplace: workplace || undefined,
      salary,
      employmentType,
      description: descriptionElement ? readableText(descriptionElement) : undefined,
    },
    // A search page's head describes the search, not the job in its pane.
    { doc, scope: pane, pageData: url.pathname.includes('viewjob') },
  );
}

/** The job an Indeed page shows (the adapter's currentJob; the badge's pane read imports it alone). */
export function indeedCurrentJob(doc: Document, url: URL): JobRef | undefined {
  const id = jobId(doc, url, firstElement(doc, SEL.pane));
  return id
    ? { board: 'indeed', boardJobId: id, url: `https://${url.hostname}/viewjob?jk=${id}` }
    : undefined;
}

export const indeed: SiteAdapter = {
  board: 'indeed',
  matches: (url) => boardOfHost(url.hostname) === 'indeed',
  parseListing: parseIndeed,
  isClosed,
  currentJob: indeedCurrentJob,
  applySelectors: APPLY_SELECTORS.indeed,
};
