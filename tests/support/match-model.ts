import {
  BANDS,
  type Band,
  chanceToScore,
  createJobCorpus,
  type FeatureName,
  featureVector,
  prepareCv,
  prepareJob,
  type ScoreParts,
  scoreApplication,
  titleOff,
} from '../../extension/match/score';
import { MATCH_MODEL } from '../../extension/match/weights';
import {
  loadEvaluationSet,
  loadRankingSet,
  loadRjdbDev,
  pairwiseAccuracy,
  type RankingPair,
  type RankingSet,
  type RjdbTriple,
  rankingFigures,
  SPECIALTY_FIXTURES,
  tfidfCosineScorer,
} from './match-eval';

/**
 * What the fit script and the evaluation command share: the features of every labelled
 * pair, a weighted logistic regression, group k-fold cross-validation and band calibration.
 */

export const ASOF = new Date('2026-11-01T00:00:00Z');
export const FOLDS = 5;

/**
 * The features the fit uses, chosen with tests/support/match-select.ts on the dev data
 * alone (dev CVs, dev2, shared dev triples; group k-fold). "titleWeight" (the share of the
 * title's IDF weight the CV shows anywhere; a title's words with a role or specialty group
 * count once, as the group, so "veterinario" meets "veterinary") replaced "roleTitle" (the
 * same share over the CV's headline and dated roles) once titles were read that way: out of
 * fold it lifts the dev CVs' near-miss AUC (0.962 → 0.969) and ROC AUC (0.997 → 0.998) at
 * a small cost in the triples' pairwise accuracy (0.973 → 0.970). roleTitle still decides
 * which band floors apply (score.ts titleOff): Great needs the title in the CV's roles.
 * Both together fitted a negative weight.
 */
export const SELECTED_FEATURES: readonly FeatureName[] = [
  'similarity',
  'terms',
  'needs',
  'skills',
  'titleWeight',
  'years',
  'roleYears',
  'seniority',
];

export interface Row {
  x: number[];
  y: 0 | 1;
  /** Rows of one group (one CV of the ranking set, one triple of the dev set) share a fold. */
  group: string;
  source: 'own' | 'rjdb';
  /** The pair's parts, to rebuild x over other features (feature selection). */
  parts: ScoreParts;
}

export interface OwnScored {
  set: RankingSet;
  rows: Row[];
  /** The shipped score and band, per pair, in set.pairs order. */
  score: number[];
  bands: Band[];
  tfidf: number[];
}

/** Features, shipped score and TF-IDF baseline of every pair of the ranking set. */
export function scoreOwnSet(set = loadRankingSet()): OwnScored {
  const jobs = new Map([...set.jobs].map(([id, job]) => [id, prepareJob(job)]));
  const cvs = new Map([...set.cvs].map(([id, text]) => [id, prepareCv(text, { asOf: ASOF })]));
  const corpus = createJobCorpus(jobs.values());
  const jobText = (id: string) => `${set.jobs.get(id)?.title}\n${set.jobs.get(id)?.description}`;
  const baseline = tfidfCosineScorer([...set.cvs.values(), ...[...set.jobs.keys()].map(jobText)]);
  const rows: Row[] = [];
  const score: number[] = [];
  const bands: Band[] = [];
  const tfidf: number[] = [];
  for (const pair of set.pairs) {
    const result = scoreApplication(cvs.get(pair.cv) as never, jobs.get(pair.job) as never, corpus);
    rows.push({
      x: featureVector(result.parts),
      y: pair.fit,
      group: `own:${pair.cv}`,
      source: 'own',
      parts: result.parts,
    });
    score.push(result.score);
    bands.push(result.band);
    tfidf.push(baseline(set.cvs.get(pair.cv) ?? '', jobText(pair.job)));
  }
  return { set, rows, score, bands, tfidf };
}

/** The specialty dev set (tests/fixtures/match/dev2), read by the fit. */
export function scoreSpecialtySet(): OwnScored {
  return scoreOwnSet(loadRankingSet(SPECIALTY_FIXTURES));
}

/** The first evaluation set (tests/fixtures/match): labels, shipped score and TF-IDF per pair. */
export function scoreFirstSet(set = loadEvaluationSet()) {
  const jobText = (id: string) => `${set.jobs.get(id)?.title}\n${set.jobs.get(id)?.description}`;
  const baseline = tfidfCosineScorer([...set.cvs.values(), ...[...set.jobs.keys()].map(jobText)]);
  return {
    labels: set.pairs.map((pair) => pair.fit),
    score: set.pairs.map(
      (pair) =>
        scoreApplication(
          prepareCv(set.cvs.get(pair.cv) ?? '', { asOf: ASOF }),
          prepareJob(set.jobs.get(pair.job) ?? {}),
        ).score,
    ),
    tfidf: set.pairs.map((pair) => baseline(set.cvs.get(pair.cv) ?? '', jobText(pair.job))),
  };
}

/** Ranking figures of the score and of TF-IDF on one split of the ranking set. */
export function splitFigures(own: OwnScored, split: RankingPair['split']) {
  const index = own.set.pairs.flatMap((pair, i) => (pair.split === split ? [i] : []));
  const pairs = index.map((i) => own.set.pairs[i] as RankingPair);
  return {
    index,
    ours: rankingFigures(
      pairs,
      index.map((i) => own.score[i] as number),
    ),
    base: rankingFigures(
      pairs,
      index.map((i) => own.tfidf[i] as number),
    ),
  };
}

export interface RjdbScored {
  triples: RjdbTriple[];
  /** Two rows per triple: matched (y 1) then unmatched (y 0). */
  rows: Row[];
  matched: number[];
  unmatched: number[];
  tfidfMatched: number[];
  tfidfUnmatched: number[];
}

/** The same for the shared dev triples; undefined when ../shared is absent. */
export function scoreRjdb(triples = loadRjdbDev()): RjdbScored | undefined {
  if (!triples) return undefined;
  const jobs = triples.map((triple) => prepareJob({ title: triple.title, description: triple.job }));
  const corpus = createJobCorpus(jobs);
  // The dev set's README: lowercase words, English stop words, idf over the job descriptions.
  const baseline = tfidfCosineScorer(
    triples.map((triple) => triple.job),
    { stopwords: true },
  );
  const out: RjdbScored = {
    triples,
    rows: [],
    matched: [],
    unmatched: [],
    tfidfMatched: [],
    tfidfUnmatched: [],
  };
  triples.forEach((triple, i) => {
    const job = jobs[i] as ReturnType<typeof prepareJob>;
    for (const [text, y] of [
      [triple.matched, 1],
      [triple.unmatched, 0],
    ] as const) {
      const result = scoreApplication(prepareCv(text, { asOf: ASOF }), job, corpus);
      out.rows.push({
        x: featureVector(result.parts),
        y,
        group: `rjdb:${i}`,
        source: 'rjdb',
        parts: result.parts,
      });
      (y ? out.matched : out.unmatched).push(result.score);
      (y ? out.tfidfMatched : out.tfidfUnmatched).push(baseline(text, triple.job));
    }
  });
  return out;
}

export interface Model {
  intercept: number;
  coefficients: number[];
}

/** The model's chance of a fit, 0–100 (unrounded). */
export function predict(model: Model, x: readonly number[]): number {
  let z = model.intercept;
  x.forEach((value, i) => {
    z += (model.coefficients[i] ?? 0) * value;
  });
  return 100 / (1 + Math.exp(-z));
}

/**
 * Each source (own set, dev set) weighs the same in total, and within a source fits and
 * non-fits weigh the same: the own set has ~3% fits, the dev set 50%.
 */
function sampleWeights(rows: readonly Row[]): number[] {
  const count = new Map<string, number>();
  for (const row of rows) count.set(`${row.source}${row.y}`, (count.get(`${row.source}${row.y}`) ?? 0) + 1);
  const raw = rows.map((row) => 1 / (count.get(`${row.source}${row.y}`) as number));
  const sum = raw.reduce((a, b) => a + b, 0);
  return raw.map((w) => (w * rows.length) / sum);
}

function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i] as number]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs(a[r]?.[col] ?? 0) > Math.abs(a[pivot]?.[col] ?? 0)) pivot = r;
    [a[col], a[pivot]] = [a[pivot] as number[], a[col] as number[]];
    const p = a[col] as number[];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const row = a[r] as number[];
      const f = (row[col] as number) / (p[col] as number);
      for (let c = col; c <= n; c++) row[c] = (row[c] as number) - f * (p[c] as number);
    }
  }
  return a.map((row, i) => (row[n] as number) / (row[i] as number));
}

/**
 * Weighted L2-regularised logistic regression by Newton's method (IRLS). `lambda` keeps
 * the few weights small when features move together; the intercept is not penalised.
 */
export function fitLogistic(rows: readonly Row[], lambda = 1): Model {
  const weights = sampleWeights(rows);
  const d = (rows[0]?.x.length ?? 0) + 1;
  let beta: number[] = new Array(d).fill(0);
  for (let iteration = 0; iteration < 50; iteration++) {
    const gradient: number[] = new Array(d).fill(0);
    const hessian: number[][] = Array.from({ length: d }, () => new Array(d).fill(0));
    rows.forEach((row, n) => {
      const x = [1, ...row.x];
      let z = 0;
      for (let i = 0; i < d; i++) z += (beta[i] as number) * (x[i] as number);
      const p = 1 / (1 + Math.exp(-z));
      const w = weights[n] as number;
      for (let i = 0; i < d; i++) {
        gradient[i] = (gradient[i] as number) + w * (row.y - p) * (x[i] as number);
        const hi = hessian[i] as number[];
        for (let j = 0; j < d; j++)
          hi[j] = (hi[j] as number) + w * p * (1 - p) * (x[i] as number) * (x[j] as number);
      }
    });
    for (let i = 1; i < d; i++) {
      gradient[i] = (gradient[i] as number) - lambda * (beta[i] as number);
      (hessian[i] as number[])[i] = ((hessian[i] as number[])[i] as number) + lambda;
    }
    const step = solve(hessian, gradient);
    beta = beta.map((b, i) => b + (step[i] as number));
    if (step.every((s) => Math.abs(s) < 1e-8)) break;
  }
  return { intercept: beta[0] as number, coefficients: beta.slice(1) };
}

/** A stable fold for a group: its order among the sorted distinct groups, modulo k. */
export function foldsOf(rows: readonly Row[], k = FOLDS): number[] {
  const groups = [...new Set(rows.map((row) => row.group))].sort();
  const fold = new Map(groups.map((group, i) => [group, i % k]));
  return rows.map((row) => fold.get(row.group) as number);
}

/** Out-of-fold predictions: each row scored by a model fitted without its group's fold. */
export function crossValidate(rows: readonly Row[], k = FOLDS, lambda = 1): number[] {
  const folds = foldsOf(rows, k);
  const out = new Array<number>(rows.length).fill(0);
  for (let f = 0; f < k; f++) {
    const model = fitLogistic(
      rows.filter((_, i) => folds[i] !== f),
      lambda,
    );
    rows.forEach((row, i) => {
      if (folds[i] === f) out[i] = predict(model, row.x);
    });
  }
  return out;
}

/** How sure each band is: the share of labelled pairs at or above its floor that are fits. */
export const BAND_PRECISION: Readonly<Record<Exclude<Band, 'Poor'>, number>> = {
  Weak: 0.1,
  Fair: 0.3,
  Good: 0.5,
  Great: 0.75,
};

/**
 * Chance floors of the bands: for each band, the lowest chance from which at least
 * BAND_PRECISION of the labelled pairs (at that chance or above) are real fits, walking
 * down from the top until the share first drops below it (3 pairs at least).
 */
export function calibrateBands(chances: readonly number[], labels: readonly (0 | 1)[]): Record<Band, number> {
  const sorted = chances
    .map((chance, i) => ({ chance, fit: labels[i] as number }))
    .sort((a, b) => b.chance - a.chance);
  const floors: Record<Band, number> = { Poor: 0, Weak: 0, Fair: 0, Good: 0, Great: 0 };
  let ceiling = 100;
  for (const band of ['Great', 'Good', 'Fair', 'Weak'] as const) {
    let fits = 0;
    let floor = ceiling;
    for (let n = 1; n <= sorted.length; n++) {
      const entry = sorted[n - 1] as { chance: number; fit: number };
      fits += entry.fit;
      const next = sorted[n]?.chance;
      if (next === entry.chance) continue;
      if (fits / n >= BAND_PRECISION[band]) floor = Math.min(floor, entry.chance);
      else if (n >= 3) break;
    }
    floors[band] = Math.round(floor * 100) / 100;
    ceiling = floors[band];
  }
  return floors;
}

/** Out-of-fold chances as the product shows them: score points, whole. */
export function displayScores(
  chances: readonly number[],
  floors: Readonly<Record<Band, number>>,
  offTitle?: { floors: Readonly<Record<Band, number>>; rows: readonly Row[] },
): number[] {
  return chances.map((chance, i) => {
    const row = offTitle?.rows[i];
    return Math.round(chanceToScore(chance, row && titleOff(row.parts) ? offTitle.floors : floors));
  });
}

export type { RankingPair };

export interface CrossValidated {
  /** Indices into own.set.pairs of the dev CVs' pairs, in row order. */
  devIndex: number[];
  /**
   * Training rows: the dev CVs' pairs, the specialty dev set's pairs (dev2), then the dev
   * triples' (matched, unmatched) pairs.
   */
  rows: Row[];
  /** Out-of-fold chance of each row, and as score points under floors calibrated on them. */
  chances: number[];
  oof: number[];
  /** The out-of-fold score points of each source, in its own order. */
  ownOof: number[];
  specialtyOof: number[];
  rjdbOof: number[];
  /** Band chance floors calibrated on the ranking-style dev pairs' out-of-fold chances. */
  floors: Record<Band, number>;
  /** The same for the pairs whose title the CV's roles do not show (score.ts titleOff). */
  offTitleFloors: Record<Band, number>;
}

/**
 * The fit's rows and their out-of-fold scores (group k-fold: a CV's pairs, a triple's two),
 * optionally over another feature list than the shipped one (feature selection).
 */
export function crossValidated(
  own: OwnScored,
  rjdb: RjdbScored | undefined,
  specialty: OwnScored | undefined,
  features: readonly FeatureName[] = MATCH_MODEL.features,
): CrossValidated {
  const devIndex = own.set.pairs.flatMap((pair, i) => (pair.split === 'dev' ? [i] : []));
  const ranked = [...devIndex.map((i) => own.rows[i] as Row), ...(specialty?.rows ?? [])];
  const rows = [...ranked, ...(rjdb?.rows ?? [])].map((row) => ({
    ...row,
    x: featureVector(row.parts, features),
  }));
  const chances = crossValidate(rows);
  // Bands are calibrated on all pairs, then again on the pairs whose title the CV's roles
  // do not show: among those, far fewer high-chance pairs are fits (a shared role word,
  // another specialty), so each band of theirs starts at the higher of the two floors.
  const calibrate = (index: number[]) =>
    calibrateBands(
      index.map((i) => chances[i] as number),
      index.map((i) => (ranked[i] as Row).y),
    );
  const floors = calibrate(ranked.map((_, i) => i));
  const off = calibrate(ranked.flatMap((row, i) => (titleOff(row.parts) ? [i] : [])));
  const offTitleFloors = Object.fromEntries(
    BANDS.map((band) => [band, Math.max(floors[band], off[band])]),
  ) as Record<Band, number>;
  const oof = displayScores(chances, floors, { floors: offTitleFloors, rows });
  return {
    devIndex,
    rows,
    chances,
    oof,
    ownOof: oof.slice(0, devIndex.length),
    specialtyOof: oof.slice(devIndex.length, ranked.length),
    rjdbOof: oof.slice(ranked.length),
    floors,
    offTitleFloors,
  };
}

/** Pairwise accuracy of out-of-fold scores of the dev triples (matched, unmatched, …). */
export function rjdbPairwise(scores: readonly number[]): number {
  return pairwiseAccuracy(
    scores.filter((_, i) => i % 2 === 0),
    scores.filter((_, i) => i % 2 === 1),
  );
}
