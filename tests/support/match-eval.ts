import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldText, words } from '../../extension/match/text';

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

/** Reads the CVs, the jobs (first line = title) and the labelled pairs. */
export function loadEvaluationSet(dir = MATCH_FIXTURES): EvaluationSet {
  const cvs = new Map<string, string>();
  for (const file of readdirSync(join(dir, 'cvs'))) {
    cvs.set(basename(file, '.txt'), readFileSync(join(dir, 'cvs', file), 'utf8'));
  }
  const jobs = new Map<string, EvalJob>();
  for (const file of readdirSync(join(dir, 'jobs'))) {
    const [title = '', ...rest] = readFileSync(join(dir, 'jobs', file), 'utf8').split('\n');
    const id = basename(file, '.txt');
    jobs.set(id, { id, title: title.trim(), description: rest.join('\n').trim() });
  }
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
 * folded, no stemming, no synonyms), with document frequencies from every CV and job of
 * the set.
 */
export function tfidfCosineScorer(documents: readonly string[]): (a: string, b: string) => number {
  const tokenize = (text: string) => words(foldText(text));
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
