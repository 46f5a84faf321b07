import type { ListingDraft } from '../model/application';
import { finishDraft, type JobRef, type SiteAdapter, sectionText } from './adapter';
import { APPLY_SELECTORS } from './apply-selectors';
import { boardOfHost } from './hosts';
import { infojobsIdFromUrl } from './job-urls';
import { parseSalary } from './salary';
import { elementText, firstElement, firstText, readableText, uniqueTexts } from './text';

/**
 * InfoJobs (Spanish): offer pages www.infojobs.net/<city>/<slug>/of-i<hex>. Nothing to
 * capture on /candidate/offer-no-accesible/ nor on the bot-check page.
 */
const SEL = {
  // seen on /<city>/<slug>/of-i<hex>
  title: ['h1.ij-Heading-title1', '.ij-OfferDetailHeader h1', 'h1#prefijoPuesto'],
  company: [
    'a.ij-Heading-headline2',
    '.ij-OfferDetailHeader-companyLogo-companyName a',
    '.ij-OfferDetailHeader-companyLogo-companyName',
    '.ij-Heading-headline2',
  ],
  // In order: location, modality, salary, minimum experience, contract.
  facts: '.ij-OfferDetailHeader-detailsList-item',
  description: [
    '.ij-OfferDetailDescription-Paragarph',
    '.ij-OfferDetailDescription-Paragraph',
    '.ij-OfferDetailDescription',
  ],
  requirementsBox: ['.ij-OfferDetailRequirements', '.ij-OfferDetailDescription'],
  requirementRows: 'dt',
  skills: [
    '.ij-OfferDetailRequirements-requiredSkills .sui-AtomTag-label',
    '.ij-OfferDetailRequirements-skills .sui-AtomTag-label',
  ],
} as const;

const MODALITY = /^(presencial|h[ií]brido|solo teletrabajo|teletrabajo|remoto|100% remoto)/i;

function readFacts(doc: Document) {
  const facts: {
    location?: string;
    workplace?: string;
    salaryText?: string;
    experience?: string;
    contract?: string;
  } = {};
  const items = [...doc.querySelectorAll(SEL.facts)].map((item) => elementText(item)).filter(Boolean);
  const rest: string[] = [];
  for (const text of items) {
    if (!facts.workplace && MODALITY.test(text)) facts.workplace = text;
    else if (!facts.salaryText && /€|salario|\bbruto\b|\bneto\b/i.test(text)) facts.salaryText = text;
    else if (!facts.experience && /experiencia/i.test(text)) facts.experience = text;
    else if (!facts.contract && /contrato|jornada|indefinido|temporal|aut[oó]nomo|formativo/i.test(text))
      facts.contract = text;
    else rest.push(text);
  }
  // The location comes first and has no label of its own.
  if (rest[0]) facts.location = rest[0];
  return facts;
}

function requirement(box: ParentNode | undefined, label: RegExp): string | undefined {
  if (!box) return undefined;
  for (const dt of box.querySelectorAll(SEL.requirementRows)) {
    if (!label.test(elementText(dt))) continue;
    let next = dt.nextElementSibling;
    while (next && next.tagName.toUpperCase() !== 'DD') next = next.nextElementSibling;
    const value = elementText(next);
    if (value) return value;
  }
  return undefined;
}

function isUnavailable(doc: Document, url: URL): boolean {
  if (/offer-no-accesible|oferta-no-disponible/.test(url.pathname)) return true;
  const heading = elementText(doc.querySelector('h1, h2')).toLowerCase();
  return /oferta no (est[aá] )?(accesible|disponible)|ya no est[aá] disponible|oferta caducada/.test(heading);
}

export function parseInfojobs(doc: Document, url: URL): ListingDraft | undefined {
  if (isUnavailable(doc, url)) return undefined;
  const title = firstText(doc, SEL.title);
  if (!title) return undefined;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  let id = infojobsIdFromUrl(url);
  let pageUrl = url.href;
  if (canonical) {
    try {
      const canonicalUrl = new URL(canonical, url);
      id = infojobsIdFromUrl(canonicalUrl) ?? id;
      if (infojobsIdFromUrl(canonicalUrl)) pageUrl = canonicalUrl.href;
    } catch {
      // keep the page URL
    }
  }
  const facts = readFacts(doc);
  const salary =
    facts.salaryText && !/no disponible/i.test(facts.salaryText) ? parseSalary(facts.salaryText) : undefined;
  const paragraphs = [...doc.querySelectorAll(SEL.description[0])];
  const boardDescription = paragraphs.length
    ? paragraphs
        .map((p) => readableText(p))
        .filter(Boolean)
        .join('\n\n')
    : (() => {
        const element = firstElement(doc, SEL.description.slice(1));
        return element ? readableText(element) : undefined;
      })();
  // 2025–26 offers: an <article> headed "Descripción" with p.ij-EnrichedTextArea-paragraph
  // blocks, found by its heading (the classes change; the heading does not).
  const description = boardDescription || sectionText(doc);
  // Scoped to the requirements box: a 2 MB page's other offers are not scanned.
  const box = firstElement(doc, SEL.requirementsBox);
  const requirements = requirement(box, /requisitos m[ií]nimos/i);
  const skills = uniqueTexts(
    [...(box ?? doc).querySelectorAll(SEL.skills.join(', '))].map((el) => elementText(el)),
  );
  const experience =
    requirement(box, /experiencia m[ií]nima/i) ??
    facts.experience?.replace(/^experiencia m[ií]nima:?\s*/i, '');
  return finishDraft(
    {
      board: 'infojobs',
      boardJobId: id,
      url: pageUrl,
      title,
      company: firstText(doc, SEL.company),
      location: facts.location,
      workplace: facts.workplace,
      salary,
      experience,
      employmentType: facts.contract,
      description:
        [description, requirements ? `Requisitos mínimos\n${requirements}` : undefined]
          .filter(Boolean)
          .join('\n\n') || undefined,
      skills: skills.length ? skills : undefined,
    },
    { doc },
    boardDescription ? {} : { description: 'section' },
  );
}

export const infojobs: SiteAdapter = {
  board: 'infojobs',
  matches: (url) => boardOfHost(url.hostname) === 'infojobs',
  parseListing: parseInfojobs,
  isClosed: isUnavailable,
  currentJob(_doc, url): JobRef | undefined {
    const id = infojobsIdFromUrl(url);
    return id ? { board: 'infojobs', boardJobId: id, url: url.href } : undefined;
  },
  applySelectors: APPLY_SELECTORS.infojobs,
};
