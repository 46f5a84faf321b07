import { cvExperience, levelFromYears, requiredYears, type SeniorityLevel, titleLevel } from './experience';
import { classifyLines, hasRequiredSection, type LineKind } from './sections';
import { findSkills, type SkillIndex, type StemmedText, skillIndex, stemText } from './skills';
import { cachedStem, foldText, STOPWORDS, TITLE_NOISE, words } from './text';
import { ROLE_WORD_GROUPS } from './vocabulary/roles';

/**
 * Scores a CV against a job, 0–100, and says why. Pure and deterministic: the same CV text,
 * job and `asOf` date give the same result, in the popup, the tracker page and Node.
 *
 * Usage, for many jobs against one CV (the expensive parts are done once each):
 *
 *   const cv = prepareCv(cvText);
 *   const job = prepareJob({ title, description });   // cache it per application
 *   const result = scoreApplication(cv, job);          // { score, band, matched, missing, … }
 */

export type Band = 'Poor' | 'Weak' | 'Fair' | 'Good' | 'Great';
export const BANDS: readonly Band[] = ['Poor', 'Weak', 'Fair', 'Good', 'Great'];

/** Lower bounds of each band, in score points. */
export const BAND_FLOORS: Readonly<Record<Band, number>> = {
  Poor: 0,
  Weak: 30,
  Fair: 45,
  Good: 60,
  Great: 75,
};

export function bandOf(score: number): Band {
  for (const band of [...BANDS].reverse()) if (score >= BAND_FLOORS[band]) return band;
  return 'Poor';
}

/** What a job is: what an application record or a JSONL line carries. */
export interface JobInput {
  title?: string | undefined;
  company?: string | undefined;
  description?: string | undefined;
  /** Skills the board lists for the job (e.g. LinkedIn's), counted as required. */
  skills?: readonly string[] | undefined;
  /** The board's experience field ("3-5 years", "Al menos 2 años"). */
  experience?: string | undefined;
}

export interface PrepareOptions {
  /** What "present"/"actualidad" in the CV's dates means. Default: the current year. */
  asOf?: Date;
  /** The vocabulary. Default: the one shipped with the extension. */
  index?: SkillIndex;
}

/** A CV ready to be scored against any number of jobs. Build with prepareCv(). */
export interface CvProfile {
  readonly kind: 'cv';
  readonly text: StemmedText;
  /** Skill index → the line it first appears on. */
  readonly skills: ReadonlyMap<number, number>;
  /** Every stem of the CV, plus the role group of each role word. */
  readonly terms: ReadonlySet<string>;
  readonly years: number;
  readonly level: SeniorityLevel | undefined;
  readonly index: SkillIndex;
}

export type Importance = 'required' | 'preferred';

/** A job ready to be scored. Build with prepareJob(); cache it per application. */
export interface JobProfile {
  readonly kind: 'job';
  readonly title: string;
  /** Skill index → how much the job needs it, required ones first. */
  readonly skills: ReadonlyMap<number, Importance>;
  /** Words of the title that name the role: a skill, or a stem/role group. */
  readonly titleTerms: readonly { label: string; skill?: number; term?: string }[];
  /** Distinct content words of the requirements (or duties when none are marked). */
  readonly keywords: readonly string[];
  readonly years: number | undefined;
  readonly level: SeniorityLevel | undefined;
  readonly index: SkillIndex;
}

export interface MatchedSkill {
  id: string;
  /** The skill's display label ("Kubernetes", "Machine learning"). */
  skill: string;
  required: boolean;
  /** The CV line that shows the skill, as written in the CV. */
  cvLine: string;
}

export interface MissingSkill {
  id: string;
  skill: string;
  required: boolean;
}

/** Each part of the score, 0–1, present only when the job gives something to compare. */
export interface ScoreParts {
  skills?: number;
  title?: number;
  keywords?: number;
  years?: number;
  seniority?: number;
}

export interface MatchResult {
  /** 0–100. */
  score: number;
  band: Band;
  /** Job skills the CV shows: required first, then preferred, in the job's order. */
  matched: MatchedSkill[];
  /** Job skills the CV does not show: required first. */
  missing: MissingSkill[];
  /** Years the job asks for and the CV shows, when the job states them. */
  years?: { required: number; cv: number };
  /** Levels (0 intern … 4 lead) of the job title and the CV, when the title names one. */
  seniority?: { job: SeniorityLevel; cv: SeniorityLevel | undefined };
  /** Title words the CV shows / lacks. */
  title: { matched: string[]; missing: string[] };
  parts: ScoreParts;
  /** One or two sentences for a tooltip or a screen reader. */
  summary: string;
}

const PART_WEIGHTS: Readonly<Record<keyof ScoreParts, number>> = {
  skills: 0.55,
  title: 0.2,
  keywords: 0.1,
  years: 0.1,
  seniority: 0.05,
};
const IMPORTANCE_WEIGHT: Readonly<Record<Importance, number>> = { required: 2, preferred: 1 };
const MAX_KEYWORDS = 60;
const CV_LINE_CHARS = 200;

let stopStemSet: Set<string> | undefined;
/** STOPWORDS as stems, to filter stemmed words. */
function stopStems(): Set<string> {
  stopStemSet ??= new Set([...STOPWORDS].map(cachedStem));
  return stopStemSet;
}

let roleGroups: Map<string, string> | undefined;
/** stem → role group name ("desarrollador" → "role:developer"). */
function roleGroupOf(stem: string): string | undefined {
  if (!roleGroups) {
    roleGroups = new Map();
    for (const [name, ...rest] of ROLE_WORD_GROUPS) {
      for (const word of [name, ...rest]) {
        const key = cachedStem(foldText(word as string).trim());
        if (!roleGroups.has(key)) roleGroups.set(key, `role:${name}`);
      }
    }
  }
  return roleGroups.get(stem);
}

function currentYear(options: PrepareOptions): number {
  return (options.asOf ?? new Date()).getUTCFullYear();
}

/**
 * Reads a CV once: its skills (with the line showing each), its words, its years of
 * experience and level. Cheap enough to redo whenever the CV text changes.
 */
export function prepareCv(cvText: string, options: PrepareOptions = {}): CvProfile {
  const index = options.index ?? skillIndex();
  const text = stemText(cvText);
  const skills = new Map<number, number>();
  for (const hit of findSkills(text, index)) if (!skills.has(hit.skill)) skills.set(hit.skill, hit.line);
  const terms = new Set<string>();
  for (const stem of text.stems) {
    terms.add(stem);
    const group = roleGroupOf(stem);
    if (group) terms.add(group);
  }
  const experience = cvExperience(text.folded, currentYear(options));
  // The headline (first lines) may say the level outright: "Senior accountant".
  const headline = text.lines.filter(Boolean).slice(0, 3).join(' ');
  const named = titleLevel(headline);
  const fromYears = experience.years > 0 ? levelFromYears(experience.years) : undefined;
  const level =
    named === undefined
      ? fromYears
      : fromYears === undefined
        ? named
        : (Math.max(named, fromYears) as SeniorityLevel);
  return { kind: 'cv', text, skills, terms, years: experience.years, level, index };
}

function titleTermsOf(title: string, index: SkillIndex): JobProfile['titleTerms'] {
  const text = stemText(title.replace(/\s+/g, ' '), false);
  const hits = findSkills(text, index);
  const terms: { label: string; skill?: number; term?: string }[] = [];
  const seen = new Set<string>();
  const consumed = new Set<number>();
  for (const hit of hits) {
    for (let i = hit.start; i < hit.end; i++) consumed.add(i);
    const key = `skill:${hit.skill}`;
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push({ label: index.skills[hit.skill]?.label ?? '', skill: hit.skill });
  }
  // Words no skill covers: role words ("developer"), domain words ("backend").
  words(foldText(title)).forEach((word, position) => {
    if (consumed.has(position)) return;
    if (STOPWORDS.has(word) || TITLE_NOISE.has(word) || /^\d+$/.test(word) || word.length < 2) return;
    const stem = cachedStem(word);
    const term = roleGroupOf(stem) ?? stem;
    if (seen.has(term)) return;
    seen.add(term);
    terms.push({ label: word, term });
  });
  return terms;
}

/**
 * Reads a job once: which skills it requires or prefers (by section: "Requirements",
 * "Nice to have", "Requisitos mínimos", "Se valorará", …), its title words, key words,
 * years of experience and level. Does not depend on the CV: cache it per application.
 */
export function prepareJob(job: JobInput, options: PrepareOptions = {}): JobProfile {
  const index = options.index ?? skillIndex();
  const title = (job.title ?? '').trim();
  const text = stemText(job.description ?? '', false);
  const kinds = classifyLines(text.folded);
  const hasRequirements = hasRequiredSection(kinds);
  // Without a requirements section, what the ad describes is what it asks for.
  const importanceOf = (kind: LineKind | undefined): Importance | undefined => {
    if (kind === 'required') return 'required';
    if (kind === 'preferred') return 'preferred';
    if (kind === 'duties') return hasRequirements ? 'preferred' : 'required';
    return undefined;
  };
  const skills = new Map<number, Importance>();
  const add = (skill: number, importance: Importance) => {
    if (skills.get(skill) !== 'required') skills.set(skill, importance);
  };
  for (const hit of findSkills(stemText(title, false), index)) add(hit.skill, 'required');
  for (const hit of findSkills(text, index)) {
    const importance = importanceOf(kinds[hit.line]);
    if (importance) add(hit.skill, importance);
  }
  for (const listed of job.skills ?? []) {
    for (const hit of findSkills(stemText(listed, false), index))
      if (!skills.has(hit.skill)) add(hit.skill, 'required');
  }

  // Flags per line (a typed array: this loop sees every word of thousands of ads).
  const isKeywordLine = new Uint8Array(kinds.length);
  kinds.forEach((kind, line) => {
    if (kind === 'required' || (!hasRequirements && kind === 'duties')) isKeywordLine[line] = 1;
  });
  const keywords: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < text.stems.length && keywords.length < MAX_KEYWORDS; i++) {
    if (!isKeywordLine[text.lineOf[i] as number]) continue;
    const stem = text.stems[i] as string;
    if (stem.length < 3 || /^\d/.test(stem) || stopStems().has(stem) || seen.has(stem)) continue;
    seen.add(stem);
    keywords.push(stem);
  }

  const yearLines = text.folded.filter((_, line) => isKeywordLine[line] === 1 || kinds[line] === 'duties');
  const experienceLine = job.experience ? [foldText(`${job.experience} experience`)] : [];
  const years = requiredYears([...yearLines, ...experienceLine]);
  const ordered = new Map([...skills].sort((a, b) => (a[1] === b[1] ? 0 : a[1] === 'required' ? -1 : 1)));
  return {
    kind: 'job',
    title,
    skills: ordered,
    titleTerms: titleTermsOf(title, index),
    keywords,
    years,
    level: title ? titleLevel(title) : undefined,
    index,
  };
}

function seniorityFit(job: SeniorityLevel, cv: SeniorityLevel | undefined): number {
  if (cv === undefined) return 0.5;
  const gap = job - cv;
  if (gap <= 0) return 1;
  if (gap === 1) return 0.6;
  if (gap === 2) return 0.25;
  return 0;
}

function clip(line: string): string {
  return line.length > CV_LINE_CHARS ? `${line.slice(0, CV_LINE_CHARS - 1)}…` : line;
}

/**
 * Scores a prepared CV against a job (prepared, or raw and prepared on the fly).
 * Adding a skill the job asks for to the CV never lowers the score.
 */
export function scoreApplication(cv: CvProfile, jobInput: JobProfile | JobInput): MatchResult {
  const job = 'kind' in jobInput && jobInput.kind === 'job' ? jobInput : prepareJob(jobInput as JobInput);
  const { index } = cv;
  const parts: ScoreParts = {};

  const matched: MatchedSkill[] = [];
  const missing: MissingSkill[] = [];
  let total = 0;
  let got = 0;
  for (const [skillIndexValue, importance] of job.skills) {
    const skill = index.skills[skillIndexValue];
    if (!skill) continue;
    const weight = IMPORTANCE_WEIGHT[importance] * skill.weight;
    total += weight;
    const line = cv.skills.get(skillIndexValue);
    const required = importance === 'required';
    if (line !== undefined) {
      got += weight;
      matched.push({ id: skill.id, skill: skill.label, required, cvLine: clip(cv.text.lines[line] ?? '') });
    } else {
      missing.push({ id: skill.id, skill: skill.label, required });
    }
  }
  if (total > 0) parts.skills = got / total;

  const title = { matched: [] as string[], missing: [] as string[] };
  for (const term of job.titleTerms) {
    const has =
      term.skill !== undefined ? cv.skills.has(term.skill) : term.term ? cv.terms.has(term.term) : false;
    (has ? title.matched : title.missing).push(term.label);
  }
  if (job.titleTerms.length) parts.title = title.matched.length / job.titleTerms.length;

  if (job.keywords.length) {
    let found = 0;
    for (const keyword of job.keywords) if (cv.terms.has(keyword)) found++;
    parts.keywords = found / job.keywords.length;
  }

  const result: Pick<MatchResult, 'years' | 'seniority'> = {};
  if (job.years !== undefined) {
    parts.years = Math.min(1, cv.years / job.years);
    result.years = { required: job.years, cv: Math.round(cv.years * 10) / 10 };
  }
  if (job.level !== undefined) {
    parts.seniority = seniorityFit(job.level, cv.level);
    result.seniority = { job: job.level, cv: cv.level };
  }

  let weightSum = 0;
  let sum = 0;
  for (const key of Object.keys(parts) as (keyof ScoreParts)[]) {
    weightSum += PART_WEIGHTS[key];
    sum += PART_WEIGHTS[key] * (parts[key] ?? 0);
  }
  const score = weightSum > 0 ? Math.round((100 * sum) / weightSum) : 0;
  const band = bandOf(score);
  return {
    score,
    band,
    matched,
    missing,
    ...result,
    title,
    parts,
    summary: summarize(matched, missing, result, weightSum > 0),
  };
}

function countOf(list: readonly { required: boolean }[], required: boolean): number {
  return list.filter((item) => item.required === required).length;
}

function summarize(
  matched: readonly MatchedSkill[],
  missing: readonly MissingSkill[],
  extra: Pick<MatchResult, 'years' | 'seniority'>,
  hasAnything: boolean,
): string {
  if (!hasAnything) return 'The job has no description to compare with your CV.';
  const sentences: string[] = [];
  const requiredTotal = countOf(matched, true) + countOf(missing, true);
  const preferredTotal = countOf(matched, false) + countOf(missing, false);
  const pieces: string[] = [];
  if (requiredTotal) pieces.push(`${countOf(matched, true)} of ${requiredTotal} required skills`);
  if (preferredTotal) pieces.push(`${countOf(matched, false)} of ${preferredTotal} preferred`);
  if (pieces.length) sentences.push(`Your CV shows ${pieces.join(' and ')}.`);
  else sentences.push('The job names no skills from the vocabulary; the score compares title and wording.');
  if (extra.years) {
    sentences.push(
      `The job asks for ${extra.years.required}+ years; your CV shows about ${Math.round(extra.years.cv)}.`,
    );
  }
  return sentences.join(' ');
}

/** Convenience for one-off use (CLI, tests): prepares both sides and scores. */
export function scoreText(cvText: string, job: JobInput, options: PrepareOptions = {}): MatchResult {
  const cv = prepareCv(cvText, options);
  return scoreApplication(cv, prepareJob(job, options));
}
