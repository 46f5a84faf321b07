import { foldText } from './text';

/**
 * Years of experience and seniority: what a job asks for ("5+ years", "al menos 3 años de
 * experiencia") and what a CV shows (stated years, or the span of its dated roles).
 */

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  un: 1,
  uno: 1,
  una: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
};
const NUMBER = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;
// "5+ years", "3-5 years", "3 to 5 yrs", "al menos 3 años", "minimo 2 anos", "2 años o más".
const YEARS = new RegExp(
  `\\b${NUMBER}\\s*\\+?\\s*(?:(?:-|–|to|a)\\s*\\d{1,2}\\s*)?(?:years?|yrs?|anos?)\\b`,
  'g',
);

function toNumber(token: string): number | undefined {
  const value = /^\d+$/.test(token) ? Number(token) : NUMBER_WORDS[token];
  return value !== undefined && value > 0 && value <= 40 ? value : undefined;
}

/** Years of experience stated on one folded line ("5+ years of X", "al menos 3 años en"). */
function statedYears(folded: string): number | undefined {
  if (!/\b(?:years?|yrs?|anos?)\b/.test(folded)) return undefined;
  // "We have 20 years of experience" is about the company; a contract's length is not experience.
  if (
    /\b(?:we|our|nuestr[oa]s?|llevamos|company|empresa|founded|fundada|contract|contrato|old|edad|warranty|garantia)\b/.test(
      folded,
    )
  ) {
    return undefined;
  }
  let best: number | undefined;
  for (const match of folded.matchAll(YEARS)) {
    const value = toNumber(match[1] ?? '');
    if (value !== undefined && (best === undefined || value > best)) best = value;
  }
  return best;
}

/**
 * The minimum years of experience a job asks for, from the folded lines that count
 * (requirements, or the duties when it has no requirements): the largest stated.
 * Undefined when not stated.
 */
export function requiredYears(foldedLines: readonly string[]): number | undefined {
  let best: number | undefined;
  for (const line of foldedLines) {
    const years = statedYears(line);
    if (years !== undefined && (best === undefined || years > best)) best = years;
  }
  return best;
}

const MONTHS =
  'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|ene|abr|ago|dic|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';
const PRESENT = 'present|current|now|today|date|actualidad|actual|presente|hoy|la fecha';
const DATE = `(?:(?:${MONTHS})\\.?\\s+(?:de\\s+)?|\\d{1,2}\\s*[/.-]\\s*)?((?:19|20)\\d{2})`;
const RANGE = new RegExp(`${DATE}\\s*(?:-|–|—|to|a|hasta)\\s*(?:${DATE}|(${PRESENT}))`, 'g');

const EDUCATION_HEADING =
  /^(?:education|academic|qualifications|training|certifications?|courses|formacion|educacion|estudios|formacion academica|titulacion|cursos|certificaciones)\b/;
const WORK_HEADING =
  /^(?:experience|work experience|professional experience|employment|career|work history|experiencia|experiencia profesional|experiencia laboral|trayectoria)\b/;

export interface CvExperience {
  /** Years of work the CV shows (stated, or the union of its dated roles). */
  years: number;
  /** Each dated role as [start, end] years, merged. */
  spans: [number, number][];
}

/**
 * Years of experience in a CV: the larger of what it states ("8 years of experience",
 * "10 años de experiencia") and the union of its date ranges outside education.
 * `asOfYear` is what "present"/"actualidad" means.
 */
export function cvExperience(foldedLines: readonly string[], asOfYear: number): CvExperience {
  let inEducation = false;
  let stated = 0;
  const ranges: [number, number][] = [];
  for (const line of foldedLines) {
    const folded = line.trim();
    const heading = folded.replace(/[^a-z ]/g, '').trim();
    if (heading.length < 40 && EDUCATION_HEADING.test(heading)) inEducation = true;
    else if (heading.length < 40 && WORK_HEADING.test(heading)) inEducation = false;
    const years = statedYears(folded);
    if (years !== undefined && !/\b(?:at least|minimum|al menos|minimo)\b/.test(folded)) {
      stated = Math.max(stated, years);
    }
    if (inEducation) continue;
    for (const match of folded.matchAll(RANGE)) {
      const start = Number(match[1]);
      const end = match[3] ? asOfYear : Number(match[2]);
      if (end >= start && end <= asOfYear + 1 && end - start <= 45)
        ranges.push([start, Math.max(end, start)]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const spans: [number, number][] = [];
  for (const range of ranges) {
    const last = spans.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else spans.push([range[0], range[1]]);
  }
  // A role "2019 – 2019" is some months: count it as half a year.
  const fromDates = spans.reduce((sum, [start, end]) => sum + Math.max(end - start, 0.5), 0);
  return { years: Math.max(stated, fromDates), spans };
}

/** Years of each dated line outside education ("Nurse, Hospital X (2019 – 2022)" → 3), by line. */
export function datedLineYears(foldedLines: readonly string[], asOfYear: number): Map<number, number> {
  let inEducation = false;
  const out = new Map<number, number>();
  foldedLines.forEach((line, at) => {
    const folded = line.trim();
    const heading = folded.replace(/[^a-z ]/g, '').trim();
    if (heading.length < 40 && EDUCATION_HEADING.test(heading)) inEducation = true;
    else if (heading.length < 40 && WORK_HEADING.test(heading)) inEducation = false;
    if (inEducation) return;
    let years = 0;
    for (const match of folded.matchAll(RANGE)) {
      const start = Number(match[1]);
      const end = match[3] ? asOfYear : Number(match[2]);
      if (end >= start && end <= asOfYear + 1 && end - start <= 45) years += Math.max(end - start, 0.5);
    }
    if (years > 0) out.set(at, years);
  });
  return out;
}

/** "4 years as a Systems Administrator", "2 años como camarero": years and the role's words. */
export function roleYearsAsked(folded: string): { years: number; role: string } | undefined {
  const years = statedYears(folded);
  if (years === undefined) return undefined;
  // The role ends where the sentence goes on: "as a QA manager with a track record…".
  const role = /\b(?:as an?|as|como)\s+(.+)$/
    .exec(folded)?.[1]
    ?.split(/[,;.()]|\s(?:with|for|in|on|at|and|ideally|focused|con|en|para|y|durante)\s/)[0];
  return role ? { years, role } : undefined;
}

/** 0 intern/trainee · 1 junior · 2 mid · 3 senior · 4 lead/principal/head. */
export type SeniorityLevel = 0 | 1 | 2 | 3 | 4;

const LEVEL_WORDS: readonly [RegExp, SeniorityLevel][] = [
  [/\b(?:intern|internship|trainee|becari[oa]|practicas|apprentice|aprendiz)\b/, 0],
  [/\b(?:head of|director|directora|principal|staff|lead|jefe|jefa|chief|vp)\b/, 4],
  [/\b(?:senior|sr|experienced|expert|experto|experta)\b/, 3],
  [/\b(?:junior|jr|graduate|entry level|auxiliar|ayudante|assistant)\b/, 1],
];

/** The level a job title names; undefined when it names none (most ads: mid level). */
export function titleLevel(title: string): SeniorityLevel | undefined {
  const folded = foldText(title);
  for (const [pattern, level] of LEVEL_WORDS) if (pattern.test(folded)) return level;
  return undefined;
}

/** The level years of experience suggest. */
export function levelFromYears(years: number): SeniorityLevel {
  if (years >= 8) return 4;
  if (years >= 5) return 3;
  if (years >= 2) return 2;
  if (years >= 0.5) return 1;
  return 0;
}
