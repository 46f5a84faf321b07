import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldText, STOPWORDS, words } from '../../extension/match/text';

/** The evaluation set in tests/fixtures/match (see its README). */
export const MATCH_FIXTURES = fileURLToPath(new URL('../fixtures/match/', import.meta.url));

export interface EvalJob {
  id: string;
  title: string;
  description: string;
}
export interface EvalPair {
  id: string;
  cv: string;
  job: string;
  fit: 0 | 1;
}
export interface EvaluationSet {
  cvs: Map<string, string>;
  jobs: Map<string, EvalJob>;
  pairs: EvalPair[];
}

/** The ranking set in tests/fixtures/match/hard (see its README). */
export const RANKING_FIXTURES = join(MATCH_FIXTURES, 'hard');
/** A second held-out set, written after the weights were fitted (see its README). */
export const FRESH_FIXTURES = join(MATCH_FIXTURES, 'fresh');
/** A second fresh held-out set, written before any change aimed at the first one's misses. */
export const FRESH2_FIXTURES = join(MATCH_FIXTURES, 'fresh2');
/** A third, labelled before the title-alias and cross-language changes were scored on it. */
export const FRESH3_FIXTURES = join(MATCH_FIXTURES, 'fresh3');
/** A fourth, labelled before the acronym, cross-language and adjacent-role changes were scored on it. */
export const FRESH4_FIXTURES = join(MATCH_FIXTURES, 'fresh4');
/** Training data of same-role-word, other-specialty near misses (see its README). */
export const SPECIALTY_FIXTURES = join(MATCH_FIXTURES, 'dev2');
/** The shared dev set: outside the repository, absent from a fresh clone. */
export const RJDB_DEV = fileURLToPath(new URL('../../../shared/match-dev/rjdb-dev.jsonl', import.meta.url));

function readTexts(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of readdirSync(dir).sort())
    out.set(basename(file, '.txt'), readFileSync(join(dir, file), 'utf8'));
  return out;
}

function readJobs(dir: string): Map<string, EvalJob> {
  const jobs = new Map<string, EvalJob>();
  for (const [id, text] of readTexts(dir)) {
    const [title = '', ...rest] = text.split('\n');
    jobs.set(id, { id, title: title.trim(), description: rest.join('\n').trim() });
  }
  return jobs;
}

/** Reads the CVs, the jobs (first line = title) and the labelled pairs. */
export function loadEvaluationSet(dir = MATCH_FIXTURES): EvaluationSet {
  const cvs = readTexts(join(dir, 'cvs'));
  const jobs = readJobs(join(dir, 'jobs'));
  const pairs = readFileSync(join(dir, 'pairs.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as EvalPair);
  return { cvs, jobs, pairs };
}

/**
 * ROC AUC: the probability that a random positive scores above a random negative (ties
 * count half). Exact, by comparing every positive with every negative.
 */
export function rocAuc(scores: readonly number[], labels: readonly (0 | 1)[]): number {
  let wins = 0;
  let total = 0;
  for (let i = 0; i < scores.length; i++) {
    if (labels[i] !== 1) continue;
    for (let j = 0; j < scores.length; j++) {
      if (labels[j] !== 0) continue;
      total++;
      const a = scores[i] as number;
      const b = scores[j] as number;
      wins += a > b ? 1 : a === b ? 0.5 : 0;
    }
  }
  return total ? wins / total : Number.NaN;
}

/**
 * The baseline: plain TF-IDF cosine between CV and job text (lower-cased words, accents
 * folded, no stemming, no synonyms), with document frequencies from the documents given
 * (optionally without English and Spanish function words).
 */
export function tfidfCosineScorer(
  documents: readonly string[],
  options: { stopwords?: boolean } = {},
): (a: string, b: string) => number {
  const tokenize = (text: string) => {
    const all = words(foldText(text));
    return options.stopwords ? all.filter((word) => !STOPWORDS.has(word)) : all;
  };
  const df = new Map<string, number>();
  for (const doc of documents)
    for (const word of new Set(tokenize(doc))) df.set(word, (df.get(word) ?? 0) + 1);
  const n = documents.length;
  const vector = (text: string) => {
    const tf = new Map<string, number>();
    for (const word of tokenize(text)) tf.set(word, (tf.get(word) ?? 0) + 1);
    const out = new Map<string, number>();
    for (const [word, count] of tf) out.set(word, count * Math.log((1 + n) / (1 + (df.get(word) ?? 0)) + 1));
    return out;
  };
  const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));
  return (a, b) => {
    const va = vector(a);
    const vb = vector(b);
    let dot = 0;
    for (const [word, weight] of va) dot += weight * (vb.get(word) ?? 0);
    const denominator = norm(va) * norm(vb);
    return denominator ? dot / denominator : 0;
  };
}

export type Split = 'dev' | 'heldout';
export interface RankingPair extends EvalPair {
  split: Split;
  /** A hard negative: near miss or decoy, named in the labels. */
  near: boolean;
}
export interface RankingSet {
  cvs: Map<string, string>;
  jobs: Map<string, EvalJob>;
  /** Every CV against every job. */
  pairs: RankingPair[];
}

interface LabelLine {
  cv: string;
  split: Split;
  fit: string[];
  near: string[];
}

/** The ranking set: every CV paired with every job, labelled from labels.jsonl. */
export function loadRankingSet(dir = RANKING_FIXTURES): RankingSet {
  const cvs = readTexts(join(dir, 'cvs'));
  const jobs = readJobs(join(dir, 'jobs'));
  const pairs: RankingPair[] = [];
  for (const line of readFileSync(join(dir, 'labels.jsonl'), 'utf8').split('\n').filter(Boolean)) {
    const label = JSON.parse(line) as LabelLine;
    for (const job of jobs.keys()) {
      pairs.push({
        id: `${label.cv}__${job}`,
        cv: label.cv,
        job,
        fit: label.fit.includes(job) ? 1 : 0,
        split: label.split,
        near: label.near.includes(job),
      });
    }
  }
  return { cvs, jobs, pairs };
}

export interface RjdbTriple {
  /** The ad's "## Job title" line (an application record always has a title). */
  title: string;
  job: string;
  matched: string;
  unmatched: string;
}

/** The shared dev triples, or undefined when ../shared is not there (a fresh clone). */
export function loadRjdbDev(path = RJDB_DEV): RjdbTriple[] | undefined {
  if (!existsSync(path)) return undefined;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const row = JSON.parse(line) as Record<string, string>;
      const job = row['Job-Description'] ?? '';
      return {
        title: /##\s*Job title\s*\n+\s*([^\n]+)/i.exec(job)?.[1]?.trim() ?? '',
        job,
        matched: row['Resume-matched'] ?? '',
        unmatched: row['Resume-unmatched'] ?? '',
      };
    });
}

/** Share of triples where the matching résumé scores above the other; ties count half. */
export function pairwiseAccuracy(matched: readonly number[], unmatched: readonly number[]): number {
  let wins = 0;
  matched.forEach((score, i) => {
    const other = unmatched[i] as number;
    wins += score > other ? 1 : score === other ? 0.5 : 0;
  });
  return matched.length ? wins / matched.length : Number.NaN;
}

export interface RankingFigures {
  auc: number;
  /** AUC of fits against the named near misses and decoys only. */
  hardAuc: number;
  /** Fits found among each CV's 10 best-scored jobs, summed over CVs. */
  top10: number;
  /** Fits among the 50 best-scored pairs of all CVs pooled. */
  top50: number;
  fits: number;
  pairs: number;
}

/**
 * Ranking figures of one scorer on some pairs. Ties in a top-k are broken by pair order,
 * the same for every scorer.
 */
export function rankingFigures(pairs: readonly RankingPair[], scores: readonly number[]): RankingFigures {
  const labels = pairs.map((pair) => pair.fit);
  const hard = pairs
    .map((pair, i) => ({ pair, score: scores[i] as number }))
    .filter(({ pair }) => pair.fit || pair.near);
  const byCv = new Map<string, { fit: 0 | 1; score: number }[]>();
  pairs.forEach((pair, i) => {
    const list = byCv.get(pair.cv) ?? [];
    list.push({ fit: pair.fit, score: scores[i] as number });
    byCv.set(pair.cv, list);
  });
  let top10 = 0;
  for (const list of byCv.values()) {
    top10 += [...list]
      .sort((a, b) => b.score - a.score)
      .slice(0, 10)
      .filter((entry) => entry.fit).length;
  }
  const pooled = pairs.map((pair, i) => ({ fit: pair.fit, score: scores[i] as number }));
  const top50 = pooled
    .sort((a, b) => b.score - a.score)
    .slice(0, 50)
    .filter((entry) => entry.fit).length;
  return {
    auc: rocAuc(scores, labels),
    hardAuc: rocAuc(
      hard.map((entry) => entry.score),
      hard.map((entry) => entry.pair.fit),
    ),
    top10,
    top50,
    fits: labels.filter((fit) => fit === 1).length,
    pairs: pairs.length,
  };
}
