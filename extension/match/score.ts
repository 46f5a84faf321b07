import {
  cvExperience,
  datedLineYears,
  levelFromYears,
  requiredYears,
  roleYearsAsked,
  type SeniorityLevel,
  titleLevel,
} from './experience';
import {
  bagIndex,
  coverageOf,
  createLexicalCorpus,
  documentFrequencies,
  idfCoverage,
  type LexicalCorpus,
  lexicalFit,
  roleGroupOf,
  type TermBag,
  termBag,
} from './lexical';
import { classifyLines, hasRequiredSection, type LineKind } from './sections';
import {
  findSkills,
  isRoleSkill,
  type Skill,
  type SkillHit,
  type SkillIndex,
  type StemmedText,
  skillIndex,
  stemText,
} from './skills';
import { cachedStem, foldText, keepAcronyms, STOPWORDS, surfaceOf, TITLE_NOISE, words } from './text';
import type { SkillCategory } from './vocabulary/skills';
import { MATCH_MODEL } from './weights';

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

/**
 * Lower bounds of each band, in score points. The score is the fitted model's chance of a
 * fit mapped piecewise-linearly so that each band starts here at the chance floor the fit
 * script calibrated (weights.ts chanceFloors): "Great" (75+) is where at least 75% of the
 * labelled pairs are real fits, "Good" 50%, "Fair" 30%, "Weak" 10%.
 */
export const BAND_FLOORS: Readonly<Record<Band, number>> = {
  Poor: 0,
  Weak: 30,
  Fair: 45,
  Good: 60,
  Great: 75,
};

/** Maps the model's chance of a fit (0–100) to score points, keeping order. */
export function chanceToScore(
  chance: number,
  floors: Readonly<Record<Band, number>> = MATCH_MODEL.chanceFloors,
): number {
  let low = 0;
  let lowPoints = 0;
  for (const band of BANDS) {
    const floor = floors[band];
    const points = BAND_FLOORS[band];
    if (band !== 'Poor' && chance < floor) {
      return floor > low ? lowPoints + ((chance - low) / (floor - low)) * (points - lowPoints) : points;
    }
    low = floor;
    lowPoints = points;
  }
  return low < 100 ? lowPoints + ((chance - low) / (100 - low)) * (100 - lowPoints) : 100;
}

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
  /** Each dated line's stems and the years it spans. */
  readonly roles: readonly { stems: ReadonlySet<string>; years: number }[];
  readonly years: number;
  readonly level: SeniorityLevel | undefined;
  readonly index: SkillIndex;
  /** Terms for the lexical comparison, and each term's position in it. */
  readonly bag: TermBag;
  readonly bagIndex: ReadonlyMap<string, number>;
  /** Terms of the lines that say what the person is: the headline and the dated roles. */
  readonly roleIndex: ReadonlyMap<string, number>;
  /** Those lines as written, role part only ("Veterinary Nurse"), with their terms. */
  readonly roleLines: readonly { label: string; terms: ReadonlySet<string> }[];
  /** Skill index → the first headline or dated role line that shows it. */
  readonly roleSkills: ReadonlyMap<number, number>;
  /** Fields (skill categories) of the trades and specialties the headline and roles name. */
  readonly roleFields: ReadonlySet<SkillCategory>;
  /**
   * The skill terms ("~python") that show a job title's skill: tools anywhere in the CV; a
   * trade or specialty (skills.ts isRoleSkill) anywhere too, unless the headline and roles
   * name another one of its field — then only there (see specialtyShown).
   */
  readonly titleSkills: ReadonlySet<string>;
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
  /** Terms of title and description for the lexical comparison (and the corpus). */
  readonly bag: TermBag;
  /** Terms of the title alone, without level or contract words. */
  readonly titleBag: TermBag;
  /** Terms of the lines that say what the job asks for (requirements, or duties if none). */
  readonly needs: TermBag;
  /** "N years as <role>" requirements: the years and the role's stems. */
  readonly roleYears: readonly { years: number; stems: readonly string[] }[];
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
  /** Weighted share of the job's vocabulary skills the CV shows (required count double). */
  skills?: number;
  /** Share of the title's words the CV shows anywhere. */
  title?: number;
  /**
   * Share of the title's IDF weight that the CV's headline and dated role lines show: rare
   * words ("dental", "secundaria") weigh more than the generic role word ("nurse").
   */
  roleTitle?: number;
  /** The same share over the whole CV. */
  titleWeight?: number;
  /**
   * The title's role word is among the CV's roles but the rest of the title is not:
   * 1 − roleTitle when a role group is shared, else 0 (same job name, other specialty).
   */
  specialtyGap?: number;

  /** Years in matching dated roles over the years the job asks "as <role>", capped at 1. */
  roleYears?: number;
  /** TF-IDF cosine between CV and job. */
  similarity?: number;
  /** Share of the job's TF-IDF weight the CV covers. */
  terms?: number;
  /** The same over the lines that state requirements. */
  needs?: number;
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
  /** Words of the job the CV shares that weigh most (rare in job ads, frequent here). */
  sharedTerms: string[];
  /**
   * Set when the title names your role but most of its weight (the specialty: "Dental" in
   * "Dental Nurse") is not in your headline or dated roles: the title, and your role line.
   */
  otherSpecialty?: { title: string; roles: string };
  /** Set when most words of the job title are not in the CV (the title): a different job. */
  roleMissing?: string;
  /** True when the job has no text to compare (no description, no title words). */
  noText?: boolean;
  parts: ScoreParts;
}

const IMPORTANCE_WEIGHT: Readonly<Record<Importance, number>> = { required: 2, preferred: 1 };
const CV_LINE_CHARS = 200;
// Words of "N years as <role>" lines that are not the role.
const ROLE_YEARS_NOISE: ReadonlySet<string> = new Set(
  [
    'year',
    'ano',
    'yr',
    'experienc',
    'experiencia',
    'least',
    'minimum',
    'minim',
    'more',
    'plu',
    'for',
    'durante',
    'role',
    'position',
    'puesto',
  ].map((word) => cachedStem(word)),
);
const ROLE_MATCH_SHARE = 0.6;
// Below this share of the title shown, the summary says the title is not what the CV shows.
const TITLE_SHOWN = 0.5;

/** How far the CV's dated roles meet the job's "N years as <role>" lines; undefined if none apply. */
function roleYearsFit(cv: CvProfile, job: JobProfile): number | undefined {
  let sum = 0;
  let counted = 0;
  for (const asked of job.roleYears) {
    let years = 0;
    for (const role of cv.roles) {
      let found = 0;
      for (const stem of asked.stems) if (role.stems.has(stem)) found++;
      if (found / asked.stems.length >= ROLE_MATCH_SHARE) years += role.years;
    }
    // No role of the CV is named like the one asked for: that requirement is not shown.
    sum += Math.min(1, years / asked.years);
    counted++;
  }
  return counted ? sum / counted : undefined;
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
  const hits = findSkills(text, index);
  const terms = new Set<string>();
  for (const stem of text.stems) {
    terms.add(stem);
    const group = roleGroupOf(stem);
    if (group) terms.add(group);
  }
  const dated = datedLineYears(text.folded, currentYear(options));
  const lineStems = stemsByLine(text, dated, '');
  const roles = [...dated].map(([line, years]) => ({
    stems: lineStems.get(line) ?? new Set<string>(),
    years,
  }));
  for (const hit of hits) if (!skills.has(hit.skill)) skills.set(hit.skill, hit.line);
  const experience = cvExperience(text.folded, currentYear(options));
  // The headline (first lines) may say the level outright: "Senior accountant".
  const named = titleLevel(text.lines.filter(Boolean).slice(0, 3).join(' '));
  const fromYears = experience.years > 0 ? levelFromYears(experience.years) : undefined;
  const level =
    named === undefined
      ? fromYears
      : fromYears === undefined
        ? named
        : (Math.max(named, fromYears) as SeniorityLevel);
  const bag = termBag(text, hits, skillIds(index));
  const roleSide = roleLinesOf(text, hits, dated, index);
  return {
    kind: 'cv',
    text,
    skills,
    terms,
    roles,
    years: experience.years,
    level,
    index,
    bag,
    bagIndex: bagIndex(bag),
    ...roleSide,
  };
}

/** The stems of some lines, each with its role group (prefixed: '@' as in a term bag). */
function stemsByLine(
  text: StemmedText,
  lines: { has(line: number): boolean },
  groupPrefix: string,
): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  text.stems.forEach((stem, i) => {
    const line = text.lineOf[i] as number;
    if (!lines.has(line)) return;
    let set = out.get(line);
    if (!set) {
      set = new Set();
      out.set(line, set);
    }
    set.add(stem);
    const group = roleGroupOf(stem);
    if (group) set.add(`${groupPrefix}${group}`);
  });
  return out;
}

// The first non-empty lines of a CV: name, headline ("Registered Veterinary Nurse"), place.
const HEADLINE_LINES = 3;
const EMPTY_TEXT = (): StemmedText => ({ lines: [], folded: [], stems: [], words: [], lineOf: [] });

/**
 * Whether a CV that has a skill somewhere shows it as a job title's skill. A tool
 * ("Python") anywhere does; so does a trade or specialty ("Dental care"), unless the CV's
 * headline and roles name another specialty of the same field and not this one: a
 * veterinary nurse's "dental advice" duty line does not make her a dental nurse.
 */
function specialtyShown(
  cv: Pick<CvProfile, 'roleSkills' | 'roleFields'>,
  skillAt: number,
  skill: Skill | undefined,
): boolean {
  return !isRoleSkill(skill) || cv.roleSkills.has(skillAt) || !cv.roleFields.has((skill as Skill).category);
}

/** A role line's role part: "Veterinary Nurse — Riverbank Vets (2021 – present)" → "Veterinary Nurse". */
function roleLabel(line: string | undefined): string {
  return clip((line ?? '').split(/\s+[—–|-]\s+|\s*[(,]/)[0]?.trim() ?? '');
}

/** The first headline or role line of the CV that names a specialty of the skill's field. */
function fieldRoleLine(cv: CvProfile, skill: Skill): number | undefined {
  for (const [at, line] of cv.roleSkills) {
    const other = cv.index.skills[at];
    if (other && isRoleSkill(other) && other.category === skill.category) return line;
  }
  return undefined;
}

/** The CV's headline and dated role lines: their terms, and each line's role part. */
function roleLinesOf(
  text: StemmedText,
  hits: readonly SkillHit[],
  dated: ReadonlyMap<number, number>,
  index: SkillIndex,
): Pick<CvProfile, 'roleIndex' | 'roleLines' | 'roleSkills' | 'roleFields' | 'titleSkills'> {
  const lines: number[] = [];
  for (let line = 0; line < text.lines.length && lines.length < HEADLINE_LINES; line++)
    if (text.lines[line]) lines.push(line);
  for (const line of [...dated.keys()].sort((a, b) => a - b)) if (!lines.includes(line)) lines.push(line);
  const wanted = new Set(lines);
  const roleText = EMPTY_TEXT();
  text.stems.forEach((stem, i) => {
    if (!wanted.has(text.lineOf[i] as number)) return;
    roleText.stems.push(stem);
    roleText.words.push(text.words[i] as string);
  });
  const perLine = stemsByLine(text, wanted, '@');
  const roleSkills = new Map<number, number>();
  const roleFields = new Set<SkillCategory>();
  for (const hit of hits) {
    if (!wanted.has(hit.line) || roleSkills.has(hit.skill)) continue;
    roleSkills.set(hit.skill, hit.line);
    const skill = index.skills[hit.skill];
    if (skill && isRoleSkill(skill)) roleFields.add(skill.category);
  }
  const titleSkills = new Set<string>();
  const ids = skillIds(index);
  const profile = { roleSkills, roleFields };
  for (const hit of hits)
    if (specialtyShown(profile, hit.skill, index.skills[hit.skill]))
      titleSkills.add(`~${ids[hit.skill] ?? hit.skill}`);
  const roleBag = termBag(
    roleText,
    hits.filter((hit) => wanted.has(hit.line)),
    skillIds(index),
  );
  return {
    roleIndex: bagIndex(roleBag),
    roleLines: lines.map((line) => ({
      // "Veterinary Nurse — Riverbank Vets (2021 – present)" → "Veterinary Nurse"
      label: roleLabel(text.lines[line]),
      terms: perLine.get(line) ?? new Set<string>(),
    })),
    roleSkills,
    roleFields,
    titleSkills,
  };
}

const idsOf = new WeakMap<SkillIndex, string[]>();
function skillIds(index: SkillIndex): string[] {
  let ids = idsOf.get(index);
  if (!ids) {
    ids = index.skills.map((skill) => skill.id);
    idsOf.set(index, ids);
  }
  return ids;
}

/** A title word's term: its role group, else its stem (stored features derive it again). */
export function titleTermOfWord(word: string): string {
  const stem = cachedStem(word);
  return roleGroupOf(stem) ?? stem;
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
  words(foldText(keepAcronyms(title))).forEach((word, position) => {
    if (consumed.has(position)) return;
    if (STOPWORDS.has(word) || TITLE_NOISE.has(word) || /^\d+$/.test(word) || word.length < 2) return;
    const term = titleTermOfWord(word);
    if (seen.has(term)) return;
    seen.add(term);
    terms.push({ label: surfaceOf(word), term });
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

  const isKeywordLine = new Uint8Array(kinds.length);
  kinds.forEach((kind, line) => {
    if (kind === 'required' || (!hasRequirements && kind === 'duties')) isKeywordLine[line] = 1;
  });
  // The bag reads the title and the whole ad: the title's words are the role.
  const titled = stemText(title, false);
  const bagText: StemmedText = {
    lines: [],
    folded: [],
    stems: [...titled.stems, ...text.stems],
    words: [...titled.words, ...text.words],
    lineOf: [],
  };
  const textSkills = findSkills(text, index);
  const titleSkills = findSkills(titled, index);
  const bag = termBag(bagText, [...titleSkills, ...textSkills], skillIds(index));
  // Level and contract words ("Senior", "temporal") say nothing about the specialty.
  // Words a vocabulary skill covers are counted once, as the skill.
  const titleText = EMPTY_TEXT();
  const inSkill = new Set<number>();
  for (const hit of titleSkills) for (let i = hit.start; i < hit.end; i++) inSkill.add(i);
  titled.stems.forEach((stem, i) => {
    if (inSkill.has(i) || TITLE_NOISE.has(titled.words[i] as string)) return;
    titleText.stems.push(stem);
    titleText.words.push(titled.words[i] as string);
  });
  const titleBag = termBag(titleText, titleSkills, skillIds(index), true);
  const needText: StemmedText = { lines: [], folded: [], stems: [], words: [], lineOf: [] };
  text.stems.forEach((stem, i) => {
    if (isKeywordLine[text.lineOf[i] as number] !== 1) return;
    needText.stems.push(stem);
    needText.words.push(text.words[i] as string);
  });
  const needs = termBag(
    needText,
    textSkills.filter((hit) => isKeywordLine[hit.line] === 1),
    skillIds(index),
  );

  const yearLines = text.folded.filter((_, line) => isKeywordLine[line] === 1 || kinds[line] === 'duties');
  const experienceLine = job.experience ? [foldText(`${job.experience} experience`)] : [];
  const years = requiredYears([...yearLines, ...experienceLine]);
  const roleYears: { years: number; stems: string[] }[] = [];
  for (const [at, line] of text.folded.entries()) {
    if (kinds[at] === 'about') continue;
    const asked = roleYearsAsked(line);
    if (!asked) continue;
    const stems = words(asked.role)
      .filter(
        (word) => word.length > 1 && !/^\d/.test(word) && !STOPWORDS.has(word) && !TITLE_NOISE.has(word),
      )
      .map(cachedStem)
      .filter((stem) => !ROLE_YEARS_NOISE.has(stem))
      .map((stem) => roleGroupOf(stem) ?? stem);
    if (stems.length) roleYears.push({ years: asked.years, stems });
  }
  const ordered = new Map([...skills].sort((a, b) => (a[1] === b[1] ? 0 : a[1] === 'required' ? -1 : 1)));
  return {
    kind: 'job',
    title,
    skills: ordered,
    titleTerms: titleTermsOf(title, index),
    bag,
    titleBag,
    needs,
    roleYears,
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

let backgroundOnly: LexicalCorpus | undefined;
function defaultCorpus(): LexicalCorpus {
  backgroundOnly ??= createLexicalCorpus();
  return backgroundOnly;
}

/**
 * The corpus the lexical part weighs words with: the user's stored jobs (the very jobs
 * being ranked) on top of the shipped background ads. Build it once per list of jobs.
 */
export function createJobCorpus(jobs: Iterable<JobProfile>): LexicalCorpus {
  const bags: TermBag[] = [];
  for (const job of jobs) bags.push(job.bag);
  return createLexicalCorpus(documentFrequencies(bags));
}

/** Every input the model can read (weights.ts lists those it does; match-select.ts compares them). */
export type FeatureName =
  | 'similarity'
  | 'terms'
  | 'needs'
  | 'skills'
  | 'title'
  | 'years'
  | 'roleYears'
  | 'seniority'
  | 'roleTitle'
  | 'titleWeight'
  | 'specialtyGap';

/** The model's inputs, in MATCH_MODEL.features order (what the fit script reads too). */
export function featureVector(
  parts: ScoreParts,
  features: readonly FeatureName[] = MATCH_MODEL.features,
): number[] {
  return features.map((name) => {
    switch (name) {
      case 'similarity':
        return Math.sqrt(parts.similarity ?? 0);
      case 'terms':
        return parts.terms ?? 0;
      case 'needs':
        return parts.needs ?? parts.terms ?? 0;
      case 'skills':
        // A job that names no vocabulary skill says nothing either way.
        return parts.skills ?? 0.5;
      case 'title':
        return parts.title ?? 0.5;
      case 'years':
        return parts.years ?? 1;
      case 'roleYears':
        return parts.roleYears ?? 1;
      case 'seniority':
        return parts.seniority ?? 1;
      case 'roleTitle':
        return parts.roleTitle ?? 0.5;
      case 'titleWeight':
        return parts.titleWeight ?? 0.5;
      case 'specialtyGap':
        return parts.specialtyGap ?? 0;
    }
    return 0;
  });
}

/**
 * Whether the CV's headline and dated roles show less than half of the title's weight. Such
 * pairs get their own band floors (weights.ts offTitleFloors): on the dev data few of them
 * are fits even at a high chance, so "Great" needs title evidence as well as shared words.
 */
export function titleOff(parts: ScoreParts): boolean {
  return parts.roleTitle !== undefined && parts.roleTitle < TITLE_SHOWN;
}

/**
 * The fitted logistic model's chance (0–100) that the pair is a real fit, each source and
 * class of the training data weighing the same (so not the chance among your own jobs).
 */
export function fitChance(parts: ScoreParts): number {
  const x = featureVector(parts);
  let z = MATCH_MODEL.intercept;
  for (let i = 0; i < x.length; i++) z += (MATCH_MODEL.coefficients[i] ?? 0) * (x[i] as number);
  return 100 / (1 + Math.exp(-z));
}

/**
 * Scores a prepared CV against a job (prepared, or raw and prepared on the fly), with word
 * weights from `corpus` (createJobCorpus over the user's stored jobs; default: the
 * background ads alone). Adding a skill the job asks for to the CV never lowers the score.
 */
export function scoreApplication(
  cv: CvProfile,
  jobInput: JobProfile | JobInput,
  corpus: LexicalCorpus = defaultCorpus(),
): MatchResult {
  const job = 'kind' in jobInput && jobInput.kind === 'job' ? jobInput : prepareJob(jobInput as JobInput);
  const { index } = cv;
  const parts: ScoreParts = {};

  const matched: MatchedSkill[] = [];
  const missing: MissingSkill[] = [];
  let total = 0;
  let got = 0;
  // A specialty the title names ("Dental care" in "Dental Nurse") is not shown by a duty
  // line of a CV whose roles name another specialty of its field (specialtyShown).
  let hiddenSpecialty: Skill | undefined;
  const lineShowing = (skill: number): number | undefined => {
    if (
      job.titleTerms.some((term) => term.skill === skill) &&
      !specialtyShown(cv, skill, index.skills[skill])
    ) {
      if (cv.skills.has(skill)) hiddenSpecialty = index.skills[skill];
      return undefined;
    }
    return cv.skills.get(skill);
  };
  for (const [skillIndexValue, importance] of job.skills) {
    const skill = index.skills[skillIndexValue];
    if (!skill) continue;
    const weight = IMPORTANCE_WEIGHT[importance] * skill.weight;
    total += weight;
    const line = lineShowing(skillIndexValue);
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
      term.skill !== undefined
        ? lineShowing(term.skill) !== undefined
        : term.term
          ? cv.terms.has(term.term)
          : false;
    (has ? title.matched : title.missing).push(term.label);
  }
  if (job.titleTerms.length) parts.title = title.matched.length / job.titleTerms.length;
  const roleYears = roleYearsFit(cv, job);
  if (roleYears !== undefined) parts.roleYears = roleYears;

  const lexical = lexicalFit(corpus, cv.bag, cv.bagIndex, job.bag);
  const hasText = job.bag.terms.length > 0;
  if (hasText) {
    parts.similarity = lexical.cosine;
    parts.terms = lexical.coverage;
  }
  if (job.needs.terms.length) parts.needs = coverageOf(corpus, cv.bagIndex, job.needs);
  let sharedRole: string | undefined;
  // A skill of the title ("Python") may be shown anywhere in the CV; the title's other
  // words (the role and its specialty) must be among the CV's headline and dated roles.
  const roleTitle = idfCoverage(corpus, cv.roleIndex, job.titleBag, cv.titleSkills);
  if (roleTitle !== undefined) {
    parts.roleTitle = roleTitle;
    parts.titleWeight = idfCoverage(corpus, cv.bagIndex, job.titleBag) ?? 0;
    sharedRole = job.titleBag.terms.find((term) => term.charCodeAt(0) === 64 && cv.roleIndex.has(term));
    parts.specialtyGap = sharedRole ? 1 - roleTitle : 0;
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

  const floors = titleOff(parts) ? MATCH_MODEL.offTitleFloors : MATCH_MODEL.chanceFloors;
  const score = hasText ? Math.round(chanceToScore(fitChance(parts), floors)) : 0;
  const sharedTerms = lexical.shared.map((stem) => job.bag.surfaces.get(stem) ?? stem);
  // Same role word, other specialty: the title's rarer words are not among the CV's roles.
  // Or the title's specialty skill is only on a duty line of a CV whose roles name another
  // specialty of its field (Dental Nurse for a Veterinary Nurse with "dental advice").
  const otherSpecialty =
    sharedRole && parts.roleTitle !== undefined && parts.roleTitle < TITLE_SHOWN
      ? { title: job.title, roles: cv.roleLines.find((line) => line.terms.has(sharedRole))?.label ?? '' }
      : hiddenSpecialty
        ? { title: job.title, roles: roleLabel(cv.text.lines[fieldRoleLine(cv, hiddenSpecialty) ?? -1]) }
        : undefined;
  // A title whose words the CV mostly lacks is a different job, whatever else is shared.
  const roleMissing =
    !otherSpecialty && parts.title !== undefined && parts.title < TITLE_SHOWN ? job.title : undefined;
  return {
    score,
    band: bandOf(score),
    matched,
    missing,
    ...result,
    title,
    sharedTerms,
    parts,
    ...(otherSpecialty ? { otherSpecialty } : {}),
    ...(roleMissing ? { roleMissing } : {}),
    ...(hasText ? {} : { noText: true }),
  };
}

/** Convenience for one-off use (CLI, tests): prepares both sides and scores. */
export function scoreText(cvText: string, job: JobInput, options: PrepareOptions = {}): MatchResult {
  const cv = prepareCv(cvText, options);
  return scoreApplication(cv, prepareJob(job, options));
}
