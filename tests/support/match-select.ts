import type { FeatureName } from '../../extension/match/score';
import { type RankingPair, rankingFigures } from './match-eval';
import {
  crossValidated,
  displayScores,
  fitLogistic,
  rjdbPairwise,
  SELECTED_FEATURES,
  scoreOwnSet,
  scoreRjdb,
  scoreSpecialtySet,
} from './match-model';

/**
 * Feature selection on the dev data only: for each candidate feature list, the group
 * k-fold figures (dev CVs of the ranking set, shared dev triples) and the full-fit signs.
 * No held-out CV, fresh or fresh2 pair is read.
 *
 *   node --import tsx tests/support/match-select.ts
 */
const own = scoreOwnSet();
const rjdb = scoreRjdb();
const specialty = scoreSpecialtySet();

// The feature list shipped before roleTitle (fitted in the previous weights.ts).
const base: FeatureName[] = [
  'similarity',
  'terms',
  'needs',
  'skills',
  'title',
  'years',
  'roleYears',
  'seniority',
];
const swap = (from: FeatureName, to: FeatureName[]) => base.flatMap((f) => (f === from ? to : [f]));
const candidates: [string, readonly FeatureName[]][] = [
  ['previous (title)', base],
  ['selected', SELECTED_FEATURES],
  ['title→roleTitle', swap('title', ['roleTitle'])],
  ['+roleTitle beside title', [...base, 'roleTitle']],
  ['title→titleWeight', swap('title', ['titleWeight'])],
  ['title→titleWeight +roleTitle', swap('title', ['titleWeight', 'roleTitle'])],
  ['+specialtyGap', [...base, 'specialtyGap']],
  ['selected +specialtyGap', [...SELECTED_FEATURES, 'specialtyGap']],
];
const figures = (f: ReturnType<typeof rankingFigures>) =>
  `AUC ${f.auc.toFixed(3)} near ${f.hardAuc.toFixed(3)} top10 ${f.top10}/${f.fits} top50 ${f.top50}`;
for (const [name, features] of candidates) {
  const cv = crossValidated(own, rjdb, specialty, features);
  const devPairs = cv.devIndex.map((i) => own.set.pairs[i] as RankingPair);
  const model = fitLogistic(cv.rows);
  console.info(
    `${name.padEnd(28)} dev ${figures(rankingFigures(devPairs, cv.ownOof))} | dev2 ${figures(rankingFigures(specialty.set.pairs, cv.specialtyOof))} | pairwise ${rjdbPairwise(cv.rjdbOof).toFixed(3)}\n    ${features
      .map((feature, i) => `${feature} ${model.coefficients[i]?.toFixed(2)}`)
      .join(', ')}`,
  );
}

// Would a band rule help? Out-of-fold "Great" pairs of the ranking-style dev data
// (dev CVs, dev2) with the selected features: fits and not, by how much of the title the
// CV's roles show.
{
  const cv = crossValidated(own, rjdb, specialty, SELECTED_FEATURES);
  const ranked = cv.rows.slice(0, cv.ownOof.length + cv.specialtyOof.length);
  // Scores under the single set of floors (before the title-off floors).
  const scores = displayScores(cv.chances, cv.floors).slice(0, ranked.length);
  for (const [name, test] of [
    ['roleTitle < 0.5', (r: number) => r < 0.5],
    ['roleTitle ≥ 0.5', (r: number) => r >= 0.5],
  ] as const) {
    const great = ranked.filter((row, i) => (scores[i] as number) >= 75 && test(row.parts.roleTitle ?? 0.5));
    console.info(
      `Great (out-of-fold), ${name}: ${great.length} pairs, ${great.filter((row) => row.y).length} fits`,
    );
  }
}
