import type { Salary, SalaryPeriod } from '../model/application';
import { parseSalary } from './salary';
import { cleanText, elementText, htmlToText, readableText, uniqueTexts } from './text';

/**
 * schema.org JobPosting from JSON-LD (top level, arrays, @graph) or microdata, on any
 * site. Company career sites (Greenhouse, Lever, Workday, Ashby) publish it; of the five
 * boards only Tecnoempleo (microdata, and reportedly JSON-LD) does. The board's own job id
 * never comes from here: a JSON-LD `identifier` is often the employer's reference.
 */
export interface StructuredJob {
  title?: string;
  company?: string;
  location?: string;
  description?: string;
  salary?: Salary;
  employmentType?: string;
  workplace?: string;
  skills?: string[];
  url?: string;
  /** Set when the posting says it is no longer open (validThrough in the past). */
  isExpired?: boolean;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function hasType(node: JsonObject, type: string): boolean {
  const value = node['@type'];
  const types = Array.isArray(value) ? value : [value];
  return types.some((t) => typeof t === 'string' && t.replace(/^.*[/:]/, '') === type);
}

/** Every JobPosting object in a JSON-LD value, however nested (@graph, arrays, mainEntity). */
function collectPostings(value: Json | undefined, found: JsonObject[], depth = 0): void {
  if (value === undefined || depth > 6) return;
  if (Array.isArray(value)) {
    for (const item of value) collectPostings(item, found, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  if (hasType(value, 'JobPosting')) {
    found.push(value);
    return;
  }
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement', 'item']) {
    collectPostings(value[key], found, depth + 1);
  }
}

function asText(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return cleanText(value) || undefined;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(asText).filter((part): part is string => Boolean(part));
    return parts.length ? parts.join(', ') : undefined;
  }
  if (isObject(value)) return asText(value.name ?? value['@value']);
  return undefined;
}

/** "Madrid", "ES" → "Madrid": a country code adds nothing next to a city. */
function placeParts(locality?: string, region?: string, country?: string): string[] {
  const hasPlace = Boolean(locality || region);
  const keepCountry = country && !(hasPlace && /^[A-Z]{2,3}$/.test(country));
  return [locality, region, keepCountry ? country : undefined].filter((part): part is string =>
    Boolean(part),
  );
}

function addressText(place: Json | undefined): string | undefined {
  if (Array.isArray(place)) {
    const parts = uniqueTexts(place.map(addressText).filter((p): p is string => Boolean(p)));
    return parts.length ? parts.join(' · ') : undefined;
  }
  if (typeof place === 'string') return cleanText(place) || undefined;
  if (!isObject(place)) return undefined;
  const address = place.address;
  if (typeof address === 'string') return cleanText(address) || undefined;
  if (isObject(address)) {
    const parts = placeParts(
      asText(address.addressLocality),
      asText(address.addressRegion),
      asText(address.addressCountry),
    );
    if (parts.length) return uniqueTexts(parts).join(', ');
  }
  return asText(place.name);
}

const UNIT_PERIODS: Record<string, SalaryPeriod> = {
  HOUR: 'hour',
  DAY: 'day',
  WEEK: 'week',
  MONTH: 'month',
  YEAR: 'year',
};

function formatAmount(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

function salaryFrom(value: Json | undefined): Salary | undefined {
  if (typeof value === 'string') return parseSalary(value);
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
    return { text: formatAmount(value), min: value, max: value };
  }
  if (Array.isArray(value)) return salaryFrom(value[0]);
  if (!isObject(value)) return undefined;
  const currency = typeof value.currency === 'string' ? value.currency.toUpperCase() : undefined;
  const inner = isObject(value.value) ? value.value : value;
  const num = (v: Json | undefined) => {
    const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.replace(/[^\d.]/g, '')) : NaN;
    return Number.isFinite(n) && n >= 0 ? n : undefined;
  };
  const single = num(inner.value as Json | undefined);
  const min = num(inner.minValue) ?? single;
  const max = num(inner.maxValue) ?? (single !== undefined ? single : undefined);
  if (min === undefined && max === undefined) return undefined;
  const unit = typeof inner.unitText === 'string' ? UNIT_PERIODS[inner.unitText.toUpperCase()] : undefined;
  const range =
    min !== undefined && max !== undefined && max !== min
      ? `${formatAmount(min)} - ${formatAmount(max)}`
      : formatAmount((min ?? max) as number);
  const text = [currency, range, unit ? `per ${unit}` : ''].filter(Boolean).join(' ');
  return {
    text,
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
    ...(currency && /^[A-Z]{3}$/.test(currency) ? { currency } : {}),
    ...(unit ? { period: unit } : {}),
  };
}

const EMPLOYMENT_TYPES: Record<string, string> = {
  FULL_TIME: 'Full-time',
  PART_TIME: 'Part-time',
  CONTRACTOR: 'Contract',
  TEMPORARY: 'Temporary',
  INTERN: 'Internship',
  VOLUNTEER: 'Volunteer',
  PER_DIEM: 'Per diem',
  OTHER: 'Other',
};

function fromJsonLd(node: JsonObject, doc: Document, now: Date): StructuredJob {
  const job: StructuredJob = {};
  const title = asText(node.title) ?? asText(node.name);
  if (title) job.title = title;
  const org = node.hiringOrganization;
  const company = isObject(org) ? asText(org.name) : asText(org);
  if (company) job.company = company;
  const location = addressText(node.jobLocation);
  if (location) job.location = location;
  if (node.jobLocationType === 'TELECOMMUTE') job.workplace = 'Remote';
  if (typeof node.description === 'string') {
    const description = htmlToText(node.description, doc);
    if (description) job.description = description;
  }
  const salary = salaryFrom(node.baseSalary) ?? salaryFrom(node.estimatedSalary);
  if (salary) job.salary = salary;
  const types = Array.isArray(node.employmentType) ? node.employmentType : [node.employmentType];
  const employment = types
    .filter((t): t is string => typeof t === 'string')
    .map((t) => EMPLOYMENT_TYPES[t.toUpperCase().replace(/[\s-]/g, '_')] ?? cleanText(t))
    .filter(Boolean);
  if (employment.length) job.employmentType = employment.join(', ');
  const skills = typeof node.skills === 'string' ? node.skills.split(/[,;\n]/) : asArray(node.skills);
  if (skills.length) job.skills = uniqueTexts(skills);
  if (typeof node.url === 'string') job.url = node.url;
  if (typeof node.validThrough === 'string') {
    const end = Date.parse(node.validThrough);
    if (Number.isFinite(end) && end < now.getTime()) job.isExpired = true;
  }
  return job;
}

function asArray(value: Json | undefined): string[] {
  if (!Array.isArray(value)) return [];
  return value.map(asText).filter((v): v is string => Boolean(v));
}

/** JobPostings in the page's JSON-LD blocks. Broken JSON is skipped, never thrown. */
export function readJsonLdJobs(doc: Document, now = new Date()): StructuredJob[] {
  const found: JsonObject[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const raw = script.textContent;
    if (!raw || !/JobPosting/.test(raw)) continue;
    try {
      collectPostings(JSON.parse(raw.replace(/^\s*<!--|-->\s*$/g, '')) as Json, found);
    } catch {
      // Some sites ship JSON-LD with raw newlines inside strings: try once more.
      try {
        collectPostings(JSON.parse(raw.replace(/[\r\n\t]+/g, ' ')) as Json, found);
      } catch {
        // Not JSON: ignore this block.
      }
    }
  }
  return found.map((node) => fromJsonLd(node, doc, now));
}

// --- microdata -------------------------------------------------------------------------

/** itemprop elements that belong to `scope` itself, not to a nested itemscope. */
function ownProps(scope: Element, name: string): Element[] {
  const out: Element[] = [];
  for (const element of scope.querySelectorAll(`[itemprop~="${name}"]`)) {
    const owner = element.parentElement?.closest('[itemscope]');
    if (owner === scope) out.push(element);
  }
  return out;
}

function propValue(element: Element): string {
  const tag = element.tagName.toUpperCase();
  if (tag === 'META') return cleanText(element.getAttribute('content'));
  if (tag === 'A' || tag === 'LINK') return element.getAttribute('href') ?? '';
  if (tag === 'TIME') return element.getAttribute('datetime') ?? elementText(element);
  return element.hasAttribute('content') ? cleanText(element.getAttribute('content')) : elementText(element);
}

function firstProp(scope: Element, name: string): string | undefined {
  for (const element of ownProps(scope, name)) {
    const value = element.hasAttribute('itemscope')
      ? elementText(ownProps(element, 'name')[0]) || elementText(element)
      : propValue(element);
    if (value) return value;
  }
  return undefined;
}

function microdataLocation(scope: Element): string | undefined {
  const place = ownProps(scope, 'jobLocation')[0];
  if (!place) return undefined;
  if (!place.hasAttribute('itemscope')) return elementText(place) || undefined;
  const address = ownProps(place, 'address')[0];
  const holder = address?.hasAttribute('itemscope') ? address : place;
  const parts = placeParts(
    firstProp(holder, 'addressLocality'),
    firstProp(holder, 'addressRegion'),
    firstProp(holder, 'addressCountry'),
  );
  return parts.length ? uniqueTexts(parts).join(', ') : elementText(address) || undefined;
}

/** JobPostings marked up with schema.org microdata. */
export function readMicrodataJobs(doc: Document): StructuredJob[] {
  const jobs: StructuredJob[] = [];
  for (const scope of doc.querySelectorAll('[itemscope][itemtype*="JobPosting"]')) {
    const job: StructuredJob = {};
    const title = firstProp(scope, 'title');
    if (title) job.title = title;
    const org = ownProps(scope, 'hiringOrganization')[0];
    if (org) {
      const company = org.hasAttribute('itemscope')
        ? firstProp(org, 'name') || elementText(org)
        : elementText(org);
      if (company) job.company = company;
    }
    const location = microdataLocation(scope);
    if (location) job.location = location;
    const descriptionElement = ownProps(scope, 'description')[0];
    if (descriptionElement) {
      const description = descriptionElement.hasAttribute('content')
        ? htmlToText(descriptionElement.getAttribute('content') ?? '', doc)
        : readableText(descriptionElement);
      if (description) job.description = description;
    }
    const salaryElement = ownProps(scope, 'baseSalary')[0] ?? ownProps(scope, 'estimatedSalary')[0];
    if (salaryElement) {
      const salary = parseSalary(elementText(salaryElement));
      if (salary) job.salary = salary;
    }
    const employment = firstProp(scope, 'employmentType');
    if (employment) job.employmentType = EMPLOYMENT_TYPES[employment.toUpperCase()] ?? employment;
    const skills = ownProps(scope, 'skills').map((element) => propValue(element));
    if (skills.length) job.skills = uniqueTexts(skills.flatMap((s) => s.split(/[,;]/)));
    jobs.push(job);
  }
  return jobs;
}

/**
 * The page's JobPosting: JSON-LD first, then microdata, merged field by field (a JSON-LD
 * block without a description is completed by microdata). Undefined when the page has none
 * or when several different postings leave it unclear which one is open.
 */
export function readStructuredJob(doc: Document, now = new Date()): StructuredJob | undefined {
  const candidates = [...readJsonLdJobs(doc, now), ...readMicrodataJobs(doc)].filter((job) => job.title);
  if (!candidates.length) return undefined;
  const titles = new Set(candidates.map((job) => job.title?.toLowerCase()));
  // A list page with many postings: not one open job.
  if (titles.size > 1 && candidates.length > 2) return undefined;
  const merged: StructuredJob = {};
  for (const job of candidates) {
    if (job.title?.toLowerCase() !== candidates[0]?.title?.toLowerCase()) continue;
    for (const [key, value] of Object.entries(job) as [keyof StructuredJob, never][]) {
      if (merged[key] === undefined && value !== undefined) merged[key] = value;
    }
  }
  return merged;
}
