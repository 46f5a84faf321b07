import type { ListingDraft } from '../model/application';
import { finishDraft, type JobRef, type SiteAdapter } from './adapter';
import { APPLY_SELECTORS } from './apply-selectors';
import { boardOfHost } from './hosts';
import { tecnoempleoIdFromUrl } from './job-urls';
import { parseSalary } from './salary';
import { cleanText, elementText, firstElement, firstText, readableText, uniqueTexts } from './text';

/**
 * Tecnoempleo (Spanish): offer pages www.tecnoempleo.com/<slug>/<tech>/rf-<hex>, marked up
 * with schema.org microdata. A JSON-LD JobPosting there (reported 2026) has an
 * `identifier` that is the employer's reference: the key stays the rf- hash of the URL.
 */
const SEL = {
  // seen on /<slug>/<tech>/rf-<hex>
  title: ['h1[itemprop="title"]', 'h1'],
  company: [
    '[itemprop="hiringOrganization"] [itemprop="name"]',
    'span[itemprop="name"]',
    'a.text-primary.link-muted',
  ],
  /** Breadcrumbs also use itemprop="name": never the company. */
  notCompany: '[itemtype*="BreadcrumbList"], .breadcrumb, nav, ol',
  factRow: 'ul > li',
  factLabel: 'span.d-inline-block.px-2',
  factValue: 'span.float-end',
  technologies: 'ul > li > span > a.btn',
  description: ['p.fs--16.text-gray-800', '[itemprop="description"]'],
} as const;

function readFacts(doc: Document): Map<string, string> {
  const facts = new Map<string, string>();
  for (const row of doc.querySelectorAll(SEL.factRow)) {
    const label = elementText(row.querySelector(SEL.factLabel)).replace(/:$/, '').toLowerCase();
    const value = elementText(row.querySelector(SEL.factValue));
    if (label && value && !facts.has(label)) facts.set(label, value);
  }
  return facts;
}

function companyName(doc: Document): string | undefined {
  for (const selector of SEL.company) {
    for (const element of doc.querySelectorAll(selector)) {
      if (element.closest(SEL.notCompany)) continue;
      const text = elementText(element);
      if (text) return text;
    }
  }
  return undefined;
}

function fact(facts: Map<string, string>, pattern: RegExp): string | undefined {
  for (const [label, value] of facts) if (pattern.test(label)) return value;
  return undefined;
}

function isClosed(doc: Document): boolean {
  const text = cleanText(
    doc.querySelector('.alert, .alert-danger, .alert-warning')?.textContent,
  ).toLowerCase();
  return /oferta (ya )?(no est[aá] (activa|disponible)|cerrada|caducada)|ya no acepta/.test(text);
}

export function parseTecnoempleo(doc: Document, url: URL): ListingDraft | undefined {
  if (isClosed(doc)) return undefined;
  const id = tecnoempleoIdFromUrl(url);
  // Without an rf- id this is a list page: its cards are not one open offer.
  if (!id) return undefined;
  const title = firstText(doc, SEL.title);
  if (!title) return undefined;
  const facts = readFacts(doc);
  const salaryText = fact(facts, /salario|sueldo/);
  const paragraphs = [...doc.querySelectorAll(SEL.description[0])];
  const description = paragraphs.length
    ? paragraphs
        .map((p) => readableText(p))
        .filter(Boolean)
        .join('\n\n')
    : (() => {
        const element = firstElement(doc, SEL.description.slice(1));
        return element ? readableText(element) : undefined;
      })();
  const skills = uniqueTexts([...doc.querySelectorAll(SEL.technologies)].map((a) => elementText(a)));
  const place = [
    fact(facts, /^localidad|^ubicaci[oó]n|^ciudad|^poblaci[oó]n|^lugar/),
    fact(facts, /^provincia/),
  ].filter(Boolean);
  return finishDraft(
    {
      board: 'tecnoempleo',
      boardJobId: id,
      url: `https://${url.hostname}${url.pathname}`,
      title,
      company: companyName(doc),
      location: uniqueTexts(place as string[]).join(', ') || undefined,
      workplace: fact(facts, /teletrabajo|modalidad|remoto|presencial/),
      salary: salaryText && /\d/.test(salaryText) ? parseSalary(salaryText) : undefined,
      experience: fact(facts, /experiencia/),
      employmentType: [fact(facts, /tipo (de )?contrato|^contrato/), fact(facts, /jornada/)]
        .filter(Boolean)
        .join(', '),
      description,
      skills: skills.length ? skills : undefined,
    },
    { doc },
  );
}

export const tecnoempleo: SiteAdapter = {
  board: 'tecnoempleo',
  matches: (url) => boardOfHost(url.hostname) === 'tecnoempleo',
  parseListing: parseTecnoempleo,
  isClosed,
  currentJob(_doc, url): JobRef | undefined {
    const id = tecnoempleoIdFromUrl(url);
    return id
      ? { board: 'tecnoempleo', boardJobId: id, url: `https://${url.hostname}${url.pathname}` }
      : undefined;
  },
  applySelectors: APPLY_SELECTORS.tecnoempleo,
};
