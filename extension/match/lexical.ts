import type { SkillHit, StemmedText } from './skills';
import { cachedStem, foldText, keepAcronyms, STOPWORDS, surfaceOf } from './text';
import { BACKGROUND_DF } from './vocabulary/background-df';
import { ROLE_WORD_GROUPS } from './vocabulary/roles';
import { SPECIALTY_WORD_GROUPS } from './vocabulary/specialties';

/**
 * The lexical side of the score: TF-IDF between a CV and a job over stems, plus two kinds of
 * bridge terms that meet across English and Spanish (a skill of the vocabulary, "~python";
 * a role-word group, "@nurse" for "enfermera"). Document frequencies blend the user's own
 * stored jobs (exactly the jobs being ranked) with a shipped background table
 * (vocabulary/background-df.ts, see SOURCES.md), so a word every stored ad has ("team",
 * "experiencia") weighs little and a rare one ("ventilated", "A3nom") weighs a lot.
 */

/** Terms of a document with their counts, in first-seen order. */
export interface TermBag {
  readonly terms: readonly string[];
  readonly counts: readonly number[];
  /** Stem → the folded word first seen for it, for showing shared terms. */
  readonly surfaces: ReadonlyMap<string, string>;
}

let stopStemSet: Set<string> | undefined;
/** STOPWORDS as stems, to filter stemmed words. */
export function stopStems(): ReadonlySet<string> {
  stopStemSet ??= new Set([...STOPWORDS].map(cachedStem));
  return stopStemSet;
}

let roleGroups: Map<string, string> | undefined;
/**
 * stem → role group name ("desarrollador" → "role:developer"; "veterinario" →
 * "role:veterinary"): role words (roles.ts), then specialty words (specialties.ts).
 */
export function roleGroupOf(stem: string): string | undefined {
  if (!roleGroups) {
    roleGroups = new Map();
    for (const [name, ...rest] of [...ROLE_WORD_GROUPS, ...SPECIALTY_WORD_GROUPS]) {
      for (const word of [name, ...rest]) {
        const key = cachedStem(foldText(keepAcronyms(word as string)).trim());
        if (!roleGroups.has(key)) roleGroups.set(key, `role:${name}`);
      }
    }
  }
  return roleGroups.get(stem);
}

/** Whether a term is a bridge (skill or role group) rather than a word of the text. */
export function isBridgeTerm(term: string): boolean {
  const first = term.charCodeAt(0);
  return first === 126 || first === 64; // '~' or '@'
}

/**
 * The bag of a stemmed text: content stems (no function words, no numbers, no single
 * letters), each role word's group and each vocabulary skill found in it. `groupsOnly`:
 * a word with a role or specialty group is counted as the group alone (job titles).
 */
export function termBag(
  text: StemmedText,
  skills: readonly SkillHit[],
  skillIds: readonly string[],
  groupsOnly = false,
): TermBag {
  const at = new Map<string, number>();
  const terms: string[] = [];
  const counts: number[] = [];
  const surfaces = new Map<string, string>();
  const add = (term: string) => {
    const i = at.get(term);
    if (i === undefined) {
      at.set(term, terms.length);
      terms.push(term);
      counts.push(1);
    } else counts[i] = (counts[i] as number) + 1;
  };
  const stops = stopStems();
  const { stems, words } = text;
  for (let i = 0; i < stems.length; i++) {
    const stem = stems[i] as string;
    if (stem.length < 2 || stops.has(stem)) continue;
    const first = stem.charCodeAt(0);
    if (first >= 48 && first <= 57) continue;
    const group = roleGroupOf(stem);
    // A title's word with a group counts once, as the group: "veterinario" and
    // "veterinary" then weigh the same whichever language the CV is in.
    if (!(group && groupsOnly)) {
      add(stem);
      if (!surfaces.has(stem)) surfaces.set(stem, surfaceOf(words[i] as string));
    }
    if (group) add(`@${group}`);
  }
  for (const hit of skills) add(`~${skillIds[hit.skill] ?? hit.skill}`);
  return { terms, counts, surfaces };
}

/** Document frequencies: how many documents have each term. */
export interface DocumentFrequencies {
  readonly documents: number;
  readonly df: ReadonlyMap<string, number>;
}

/** Counts in how many bags each term appears (the user's stored jobs, or the background ads). */
export function documentFrequencies(bags: Iterable<TermBag>): DocumentFrequencies {
  const df = new Map<string, number>();
  let documents = 0;
  for (const bag of bags) {
    documents++;
    for (const term of bag.terms) df.set(term, (df.get(term) ?? 0) + 1);
  }
  return { documents, df };
}

let background: DocumentFrequencies | undefined;
/** The shipped background table (vocabulary/background-df.ts), read once. */
export function backgroundFrequencies(): DocumentFrequencies {
  if (!background) {
    const df = new Map<string, number>();
    for (const entry of BACKGROUND_DF.terms.split(' ')) {
      const colon = entry.lastIndexOf(':');
      df.set(entry.slice(0, colon), Number(entry.slice(colon + 1)));
    }
    background = { documents: BACKGROUND_DF.documents, df };
  }
  return background;
}

/** Weighted vector of one document under one corpus. */
interface Weighted {
  terms: readonly string[];
  weights: Float64Array;
  norm: number;
  total: number;
}

/**
 * IDF over the background ads plus the user's jobs, and the weighted vectors of the
 * documents scored under it (cached: a corpus is rebuilt when the stored jobs change).
 */
export interface LexicalCorpus {
  readonly documents: number;
  idf(term: string): number;
  weigh(bag: TermBag): Weighted;
}

/**
 * Builds the corpus from the user's own jobs' bags. Sums document counts: with 20 stored
 * jobs the background dominates, with 5,000 the user's own ads do.
 */
export function createLexicalCorpus(
  own: DocumentFrequencies = { documents: 0, df: new Map() },
): LexicalCorpus {
  const base = backgroundFrequencies();
  const documents = base.documents + own.documents;
  const idfCache = new Map<string, number>();
  const weighted = new WeakMap<TermBag, Weighted>();
  const idf = (term: string) => {
    let value = idfCache.get(term);
    if (value === undefined) {
      const df = (base.df.get(term) ?? 0) + (own.df.get(term) ?? 0);
      value = Math.log((documents + 1) / (df + 0.5));
      idfCache.set(term, value);
    }
    return value;
  };
  return {
    documents,
    idf,
    weigh(bag) {
      let out = weighted.get(bag);
      if (!out) {
        const weights = new Float64Array(bag.terms.length);
        let sq = 0;
        let total = 0;
        for (let i = 0; i < bag.terms.length; i++) {
          // Sublinear term frequency: the tenth "Python" adds little to the first.
          const w = (1 + Math.log(bag.counts[i] as number)) * idf(bag.terms[i] as string);
          weights[i] = w;
          sq += w * w;
          total += w;
        }
        out = { terms: bag.terms, weights, norm: Math.sqrt(sq), total };
        weighted.set(bag, out);
      }
      return out;
    },
  };
}

export interface LexicalFit {
  /** TF-IDF cosine between CV and job, 0–1. */
  cosine: number;
  /** Share of the job's TF-IDF weight that the CV's terms cover, 0–1. */
  coverage: number;
  /** The job's words the CV shares that weigh most (stems), best first. */
  shared: string[];
}

const SHARED_TERMS = 8;
// Scratch space for the running top terms: this runs for every job of a list.
const topTerms: string[] = new Array(SHARED_TERMS).fill('');
const topWeights = new Float64Array(SHARED_TERMS);

/** Compares a CV bag with a job bag under a corpus. */
export function lexicalFit(
  corpus: LexicalCorpus,
  cv: TermBag,
  cvIndex: ReadonlyMap<string, number>,
  job: TermBag,
): LexicalFit {
  const j = corpus.weigh(job);
  const c = corpus.weigh(cv);
  let dot = 0;
  let covered = 0;
  let kept = 0;
  for (let i = 0; i < j.terms.length; i++) {
    const term = j.terms[i] as string;
    const at = cvIndex.get(term);
    if (at === undefined) continue;
    const jw = j.weights[i] as number;
    const product = jw * (c.weights[at] as number);
    dot += product;
    covered += jw;
    if (isBridgeTerm(term)) continue;
    if (kept === SHARED_TERMS && product <= (topWeights[SHARED_TERMS - 1] as number)) continue;
    // Insertion into the sorted top list.
    let k = kept < SHARED_TERMS ? kept++ : SHARED_TERMS - 1;
    while (k > 0 && (topWeights[k - 1] as number) < product) {
      topWeights[k] = topWeights[k - 1] as number;
      topTerms[k] = topTerms[k - 1] as string;
      k--;
    }
    topWeights[k] = product;
    topTerms[k] = term;
  }
  const denominator = j.norm * c.norm;
  return {
    cosine: denominator > 0 ? dot / denominator : 0,
    coverage: j.total > 0 ? covered / j.total : 0,
    shared: topTerms.slice(0, kept),
  };
}

/** Share of a job bag's TF-IDF weight whose terms the CV has (no cosine, no shared terms). */
export function coverageOf(
  corpus: LexicalCorpus,
  cvIndex: ReadonlyMap<string, number>,
  job: TermBag,
): number {
  const j = corpus.weigh(job);
  let covered = 0;
  for (let i = 0; i < j.terms.length; i++)
    if (cvIndex.has(j.terms[i] as string)) covered += j.weights[i] as number;
  return j.total > 0 ? covered / j.total : 0;
}

/** term → its position in the bag, for lookups from the other side. */
export function bagIndex(bag: TermBag): Map<string, number> {
  const index = new Map<string, number>();
  bag.terms.forEach((term, i) => {
    index.set(term, i);
  });
  return index;
}

/**
 * Share of a short bag's IDF weight (each term once: a title says each word once) whose
 * terms `index` has (skill terms: `skillsFrom`); undefined for an empty bag.
 */
export function idfCoverage(
  corpus: LexicalCorpus,
  index: ReadonlyMap<string, number>,
  bag: TermBag,
  skillsFrom: { has(term: string): boolean } = index,
): number | undefined {
  let total = 0;
  let covered = 0;
  for (const term of bag.terms) {
    const weight = Math.max(0, corpus.idf(term));
    total += weight;
    if (term.charCodeAt(0) === 126 ? skillsFrom.has(term) : index.has(term)) covered += weight;
  }
  return total > 0 ? covered / total : undefined;
}
