import type { ListingDraft } from '../model/application';
import { finishDraft, type JobRef, type SiteAdapter, splitDocumentTitle } from './adapter';
import { APPLY_SELECTORS } from './apply-selectors';
import { boardOfHost } from './hosts';
import { linkedinIdFromUrl, linkedinJobUrl, matchId } from './job-urls';
import { parseSalary } from './salary';
import { cleanText, elementText, firstElement, firstText, metaContent, readableText } from './text';

/**
 * LinkedIn shows a job in three layouts at once (see the capture issue and job-pages notes):
 *  - guest   /jobs/view/<id>/ logged out (meta pageKey d_jobs_guest_details)
 *  - pane    /jobs/search/?currentJobId=<id>, /jobs/collections/…?currentJobId=<id> (SPA)
 *  - sdui    /jobs/view/<id>/ logged in, 2026 layout with hashed classes
 */
const GUEST = {
  // seen on /jobs/view/<slug>-<id> (guest)
  title: ['h1.top-card-layout__title', 'h1.topcard__title', '.top-card-layout h1'],
  company: [
    'a.topcard__org-name-link',
    '.topcard__flavor a',
    'span.topcard__flavor:not(.topcard__flavor--bullet)',
  ],
  location: ['span.topcard__flavor--bullet', '.topcard__flavor-row .topcard__flavor--bullet'],
  description: ['div.show-more-less-html__markup', '.description__text'],
  salary: ['div.compensation__salary', '.salary.compensation__salary'],
  criteriaItem: 'li.description__job-criteria-item',
  criteriaLabel: '.description__job-criteria-subheader',
  criteriaText: 'span.description__job-criteria-text',
  jobIdCode: 'code#decoratedJobPostingId',
  closed: ['.closed-job', 'figure.closed-job', '.top-card-layout__entity-info .closed-job__flavor--closed'],
} as const;

const PANE = {
  // seen on /jobs/search/?currentJobId=…, /jobs/collections/recommended/?currentJobId=…
  root: [
    '.jobs-search__job-details--container',
    '.jobs-search__job-details',
    '.job-view-layout',
    '.jobs-details',
    '.scaffold-layout__detail',
  ],
  title: [
    '.job-details-jobs-unified-top-card__job-title h1',
    '.job-details-jobs-unified-top-card__job-title',
    '.jobs-unified-top-card__job-title',
    '.t-24.job-details-jobs-unified-top-card__job-title',
  ],
  titleLink: '.job-details-jobs-unified-top-card__job-title a[href*="/jobs/view/"]',
  company: [
    '.job-details-jobs-unified-top-card__company-name a',
    '.job-details-jobs-unified-top-card__company-name',
    '.jobs-unified-top-card__company-name a',
  ],
  location: [
    '.job-details-jobs-unified-top-card__primary-description-container .tvm__text',
    '.job-details-jobs-unified-top-card__tertiary-description-container .tvm__text',
    '.jobs-unified-top-card__bullet',
  ],
  description: ['#job-details', '.jobs-description-content__text', '.jobs-description__content'],
  pills: '.job-details-fit-level-preferences button, .job-details-preferences-and-skills__pill',
  jobIdHolder: '[data-job-id]',
  activeCard: [
    '.jobs-search-results-list__list-item--active [data-job-id]',
    '.job-card-container--active[data-job-id]',
    '[aria-current="page"][data-job-id]',
  ],
} as const;

const SDUI = {
  // seen on /jobs/view/<id>/ logged in (2026): hashed classes, stable componentkey/testid/aria
  description: (id: string) => [
    `[componentkey^="JobDetails_AboutTheJob_${id}"] [data-testid="expandable-text-box"]`,
    '[componentkey^="JobDetails_AboutTheJob_"] [data-testid="expandable-text-box"]',
    '[data-testid="expandable-text-box"]',
  ],
  about: '[componentkey^="JobDetails_AboutTheJob_"]',
  company: '[aria-label^="Company, "]',
  /** The top card's pills ("90K GBP/yr - 100K GBP/yr", "Full-time") are links. */
  pills: 'a, button',
} as const;

const JOB_ID = /(?:^|[^\d])(\d{6,})(?:[^\d]|$)/;

function isGuestPage(doc: Document): boolean {
  // Cheapest hooks first: a meta in the head, an id, a class list (no full-page selector scan).
  return (
    metaContent(doc, 'meta[name="pageKey"]') === 'd_jobs_guest_details' ||
    Boolean(doc.getElementById('decoratedJobPostingId')) ||
    doc.getElementsByClassName('top-card-layout__title').length > 0
  );
}

function guestJobId(doc: Document, url: URL): string | undefined {
  // The id sits in an HTML comment: <code id="decoratedJobPostingId"><!--"4012345678"--></code>
  const code = doc.querySelector(GUEST.jobIdCode);
  const fromCode = matchId(code?.innerHTML, JOB_ID);
  if (fromCode) return fromCode;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (canonical) {
    try {
      const id = linkedinIdFromUrl(new URL(canonical, url));
      if (id) return id;
    } catch {
      // ignore a broken canonical
    }
  }
  return linkedinIdFromUrl(url);
}

function criteria(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const item of doc.querySelectorAll(GUEST.criteriaItem)) {
    const label = elementText(item.querySelector(GUEST.criteriaLabel)).toLowerCase();
    const value = elementText(item.querySelector(GUEST.criteriaText));
    if (label && value) map.set(label, value);
  }
  return map;
}

function parseGuest(doc: Document, url: URL): ListingDraft | undefined {
  if (isClosed(doc)) return undefined;
  const id = guestJobId(doc, url);
  const crit = criteria(doc);
  const descriptionElement = firstElement(doc, GUEST.description);
  const salaryText = firstText(doc, GUEST.salary);
  return finishDraft(
    {
      board: 'linkedin',
      boardJobId: id,
      url: id ? linkedinJobUrl(id) : url.href,
      title: firstText(doc, GUEST.title),
      company: firstText(doc, GUEST.company),
      location: firstText(doc, GUEST.location),
      description: descriptionElement ? readableText(descriptionElement) : undefined,
      salary: parseSalary(salaryText),
      employmentType: crit.get('employment type') ?? crit.get('tipo de empleo'),
      experience: crit.get('seniority level') ?? crit.get('nivel de antigüedad'),
    },
    { doc },
  );
}

/** Splits pills ("$120K/yr - $150K/yr", "Hybrid", "Full-time") into salary/workplace/type. */
function readPills(pills: Iterable<Element>) {
  let salary: ListingDraft['salary'];
  let workplace: string | undefined;
  let employmentType: string | undefined;
  for (const pill of pills) {
    // Pills carry a visually hidden duplicate ("Matches your job preferences…"): take the
    // first visible text chunk only.
    const visible =
      pill.querySelector('span[aria-hidden="true"]') ??
      pill.querySelector('strong') ??
      pill.querySelector('.ui-label');
    const text = elementText(visible ?? pill);
    if (!text) continue;
    if (!salary && /\d/.test(text)) {
      const parsed = parseSalary(text);
      if (parsed) {
        salary = parsed;
        continue;
      }
    }
    if (!workplace && /^(on-?site|hybrid|remote|presencial|h[ií]brido|en remoto|remoto)$/i.test(text)) {
      workplace = text;
    } else if (
      !employmentType &&
      /^(full-time|part-time|contract|temporary|internship|volunteer|jornada completa|media jornada|contrato por obra|temporal|pr[aá]cticas)$/i.test(
        text,
      )
    ) {
      employmentType = text;
    }
  }
  return { salary, workplace, employmentType };
}

/** The job open in the logged-in pane: currentJobId first, else the pane's own data-job-id. */
function paneJobId(doc: Document, url: URL, pane: Element | undefined): string | undefined {
  const fromUrl = linkedinIdFromUrl(url);
  if (fromUrl) return fromUrl;
  const link = pane?.querySelector(PANE.titleLink)?.getAttribute('href');
  const fromLink = link ? matchId(link, /\/jobs\/view\/(?:[^/]*?-)?(\d{5,})/) : undefined;
  if (fromLink) return fromLink;
  const holder = pane?.closest(PANE.jobIdHolder) ?? pane?.querySelector(PANE.jobIdHolder);
  const fromPane = holder?.getAttribute('data-job-id');
  if (fromPane && /^\d+$/.test(fromPane)) return fromPane;
  const active = firstElement(doc, PANE.activeCard)?.getAttribute('data-job-id');
  return active && /^\d+$/.test(active) ? active : undefined;
}

function parsePane(doc: Document, url: URL, pane: Element): ListingDraft | undefined {
  const title = firstText(pane, PANE.title);
  if (!title) return undefined;
  const id = paneJobId(doc, url, pane);
  const descriptionElement = firstElement(pane, PANE.description);
  const pills = readPills(pane.querySelectorAll(PANE.pills));
  // "Madrid, Community of Madrid, Spain · Reposted 2 weeks ago · 87 applicants"
  const location = firstText(pane, PANE.location)?.split(' · ')[0];
  return finishDraft(
    {
      board: 'linkedin',
      boardJobId: id,
      url: id ? linkedinJobUrl(id) : url.href,
      title,
      company: firstText(pane, PANE.company),
      location,
      description: descriptionElement ? readableText(descriptionElement) : undefined,
      ...pills,
    },
    // The pane is a single-page app: the head's structured data may belong to another job.
    { doc, scope: pane, pageData: false },
  );
}

const companyFromLabel = (label: string | null | undefined) =>
  cleanText(label?.replace(/^Company,\s*/, '').replace(/\.$/, ''));

/** Top-card text lines: short <p>s, in document order. */
const LINE_MAX = 200;

/**
 * The 2026 top card: no semantic classes. In order inside the card: the company block
 * (`[aria-label="Company, <name>."]`, a logo and a link with the name), the title in a
 * plain <p>, a "<location> · 9 minutes ago · 1 applicant" line, then pills as links. The
 * card is the company block's nearest ancestor that also holds the title line.
 */
function readTopCard(doc: Document) {
  const companyLinks = [...doc.querySelectorAll(SDUI.company)];
  const companyElement = companyLinks.find((link) => elementText(link)) ?? companyLinks[0];
  if (!companyElement) return undefined;
  const company = elementText(companyElement) || companyFromLabel(companyElement.getAttribute('aria-label'));
  const inCompanyBlock = (element: Element) =>
    element.contains(companyElement) ||
    Boolean(element.closest(SDUI.company) ?? element.querySelector(SDUI.company));
  let card = companyElement.parentElement;
  for (let depth = 0; card && depth < 6; depth++, card = card.parentElement) {
    // Document order: lines and pills count only after the company block.
    let passed = false;
    let titleLine: Element | undefined;
    let metaLine: Element | undefined;
    const pills: Element[] = [];
    for (const element of card.querySelectorAll('p, a, button')) {
      if (inCompanyBlock(element)) {
        passed = true;
        continue;
      }
      if (!passed || element.closest('[data-testid="expandable-text-box"], [componentkey*="AboutThe"]'))
        continue;
      const text = elementText(element);
      if (element.tagName.toUpperCase() !== 'P') {
        if (titleLine) pills.push(element);
      } else if (!titleLine && text && text.length < LINE_MAX && !text.includes(' · ') && text !== company) {
        titleLine = element;
      } else if (!metaLine && text.includes(' · ')) {
        metaLine = element;
      }
    }
    if (!titleLine && !metaLine) continue;
    return {
      card,
      company,
      title: titleLine ? elementText(titleLine) : undefined,
      // "Lisbon, Portugal · 2 weeks ago · Over 100 people clicked apply"
      location: metaLine ? elementText(metaLine).split(' · ')[0] : undefined,
      ...readPills(pills),
    };
  }
  return { card: undefined, company, title: undefined, location: undefined, ...readPills([]) };
}

function parseSdui(doc: Document, url: URL): ListingDraft | undefined {
  const about = doc.querySelector(SDUI.about);
  const id = linkedinIdFromUrl(url) ?? matchId(about?.getAttribute('componentkey'), /AboutTheJob_(\d{5,})/);
  const top = readTopCard(doc);
  // The document title only confirms: it can be stale after in-app navigation. It names
  // the title only when the top card has none and its company is the top card's.
  const fromTitle = splitDocumentTitle(doc.title);
  const titleConfirmed =
    fromTitle.title && (!top?.company || !fromTitle.company || sameName(fromTitle.company, top.company));
  const title = top?.title ?? (titleConfirmed ? fromTitle.title : undefined);
  if (!title) return undefined;
  const descriptionElement = id
    ? firstElement(doc, SDUI.description(id))
    : firstElement(doc, SDUI.description('').slice(1));
  return finishDraft(
    {
      board: 'linkedin',
      boardJobId: id,
      url: id ? linkedinJobUrl(id) : url.href,
      title,
      company: top?.company || (titleConfirmed ? fromTitle.company : undefined),
      location: top?.location,
      salary: top?.salary,
      workplace: top?.workplace,
      employmentType: top?.employmentType,
      description: descriptionElement ? readableText(descriptionElement) : undefined,
    },
    // A single-page app: the head may still describe the previous job.
    { doc, scope: doc.querySelector('main') ?? doc.body ?? undefined, pageData: false },
    {
      ...(top?.title ? {} : { title: 'document-title' }),
      ...(top?.company ? {} : { company: 'document-title' }),
    },
  );
}

const sameName = (a: string, b: string) => a.toLowerCase().trim() === b.toLowerCase().trim();

function isClosed(doc: Document): boolean {
  return Boolean(firstElement(doc, GUEST.closed));
}

export function parseLinkedIn(doc: Document, url: URL): ListingDraft | undefined {
  if (isGuestPage(doc)) return parseGuest(doc, url);
  // The pane first (class lookups), then its title: no selector scan of the whole list.
  const pane = firstElement(doc, PANE.root);
  if (pane && firstElement(pane, PANE.title)) return parsePane(doc, url, pane);
  if (!pane && doc.body && firstElement(doc, PANE.title)) return parsePane(doc, url, doc.body);
  if (/\/jobs\/view\//.test(url.pathname) || doc.querySelector(`${SDUI.about}, ${SDUI.company}`))
    return parseSdui(doc, url);
  return undefined;
}

/** The job a LinkedIn page shows (the adapter's currentJob; the badge's pane read imports it alone). */
export function linkedinCurrentJob(doc: Document, url: URL): JobRef | undefined {
  const id = isGuestPage(doc) ? guestJobId(doc, url) : linkedinIdFromUrl(url);
  const paneId = id ?? paneJobId(doc, url, firstElement(doc, PANE.root));
  return paneId ? { board: 'linkedin', boardJobId: paneId, url: linkedinJobUrl(paneId) } : undefined;
}

export const linkedin: SiteAdapter = {
  board: 'linkedin',
  matches: (url) => boardOfHost(url.hostname) === 'linkedin',
  parseListing: parseLinkedIn,
  isClosed,
  currentJob: linkedinCurrentJob,
  applySelectors: APPLY_SELECTORS.linkedin,
};
