import { BANDS, type Band } from '../../extension/match/score';
import {
  FRESH_FIXTURES,
  FRESH2_FIXTURES,
  FRESH3_FIXTURES,
  FRESH4_FIXTURES,
  loadRankingSet,
  pairwiseAccuracy,
  type RankingFigures,
  type RankingPair,
  RJDB_DEV,
  rankingFigures,
  rocAuc,
} from './match-eval';
import {
  crossValidated,
  FOLDS,
  type OwnScored,
  rjdbPairwise,
  scoreFirstSet,
  scoreOwnSet,
  scoreRjdb,
  scoreSpecialtySet,
  splitFigures,
} from './match-model';

/**
 * npm run match:eval — the match score beside a plain TF-IDF cosine, in one run, on:
 * - the ranking set (tests/fixtures/match/hard): its 8 held-out CVs (never fitted on), its
 *   16 dev CVs out-of-fold (group k-fold by CV) and with the shipped weights;
 * - the fresh held-out sets (tests/fixtures/match/fresh … fresh4), written after the fit;
 * - the specialty dev set (tests/fixtures/match/dev2) out-of-fold;
 * - the first evaluation set (tests/fixtures/match, 73 pairs);
 * - ../shared/match-dev/rjdb-dev.jsonl (pairwise), out-of-fold and shipped; skipped with a
 *   line saying so when ../shared is absent.
 */

const pct = (value: number) => value.toFixed(3);
const rows: [string, string, string, string][] = [];
const row = (set: string, metric: string, ours: string, base: string) => rows.push([set, metric, ours, base]);

function ranking(set: string, ours: RankingFigures, base: RankingFigures) {
  row(set, `ROC AUC (${ours.pairs} pairs, ${ours.fits} fits)`, pct(ours.auc), pct(base.auc));
  row(set, 'near-miss AUC (fits vs named near misses)', pct(ours.hardAuc), pct(base.hardAuc));
  row(set, "fits in each CV's top 10, summed", `${ours.top10}/${ours.fits}`, `${base.top10}/${base.fits}`);
  row(set, 'fits among the 50 best pairs pooled', `${ours.top50}/50`, `${base.top50}/50`);
}

const own = scoreOwnSet();
const rjdb = scoreRjdb();
const pick = <T>(list: readonly T[], index: readonly number[]) => index.map((i) => list[i] as T);
const held = splitFigures(own, 'heldout');
ranking('ranking set, held-out CVs', held.ours, held.base);
const freshSets = (
  [
    ['fresh', FRESH_FIXTURES],
    ['fresh2', FRESH2_FIXTURES],
    ['fresh3', FRESH3_FIXTURES],
    ['fresh4', FRESH4_FIXTURES],
  ] as const
).map(([name, dir]) => {
  const scored = scoreOwnSet(loadRankingSet(dir));
  const figures = splitFigures(scored, 'heldout');
  ranking(`${name} held-out set`, figures.ours, figures.base);
  return { name, scored, index: figures.index };
});

const specialty = scoreSpecialtySet();
const { devIndex, ownOof, specialtyOof, rjdbOof } = crossValidated(own, rjdb, specialty);
const devPairs = pick(own.set.pairs, devIndex) as RankingPair[];
ranking(
  `ranking set, dev CVs, ${FOLDS}-fold CV`,
  rankingFigures(devPairs, ownOof),
  rankingFigures(devPairs, pick(own.tfidf, devIndex)),
);
ranking(
  `specialty dev set (dev2), ${FOLDS}-fold CV`,
  rankingFigures(specialty.set.pairs, specialtyOof),
  rankingFigures(specialty.set.pairs, specialty.tfidf),
);
ranking(
  'ranking set, all 24 CVs, shipped',
  rankingFigures(own.set.pairs, own.score),
  rankingFigures(own.set.pairs, own.tfidf),
);

const first = scoreFirstSet();
row(
  `first set (${first.labels.length} pairs)`,
  'ROC AUC',
  pct(rocAuc(first.score, first.labels)),
  pct(rocAuc(first.tfidf, first.labels)),
);

let skipped = '';
if (rjdb) {
  const base = pct(pairwiseAccuracy(rjdb.tfidfMatched, rjdb.tfidfUnmatched));
  row(
    `shared dev, ${FOLDS}-fold CV`,
    `pairwise (${rjdb.triples.length} triples)`,
    pct(rjdbPairwise(rjdbOof)),
    base,
  );
  row(
    'shared dev, shipped (fitted on it too)',
    'pairwise',
    pct(pairwiseAccuracy(rjdb.matched, rjdb.unmatched)),
    base,
  );
} else {
  skipped = `shared dev set: skipped — ${RJDB_DEV} is absent (a fresh clone has no ../shared).`;
}

const widths = [0, 1, 2, 3].map((c) =>
  Math.max(...[['set', 'metric', 'JobTrack', 'TF-IDF cosine'], ...rows].map((r) => (r[c] as string).length)),
);
const line = (r: readonly string[]) =>
  `| ${r.map((cell, c) => cell.padEnd(widths[c] as number)).join(' | ')} |`;
console.info(line(['set', 'metric', 'JobTrack', 'TF-IDF cosine']));
console.info(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.info(line(r));
if (skipped) console.info(skipped);

// What each band means on held-out CVs: how many of its pairs are labelled fits.
function bands(title: string, scored: OwnScored, index: readonly number[]) {
  console.info(`\n${title} (pairs, of which fits):`);
  const byBand = new Map<Band, { n: number; fits: number }>(BANDS.map((band) => [band, { n: 0, fits: 0 }]));
  for (const i of index) {
    const entry = byBand.get(scored.bands[i] as Band) as { n: number; fits: number };
    entry.n++;
    entry.fits += scored.set.pairs[i]?.fit ?? 0;
  }
  for (const [band, { n, fits }] of byBand) {
    const share = n ? ` (${Math.round((100 * fits) / n)}%)` : '';
    console.info(`  ${band.padEnd(5)} ${String(n).padStart(4)} pairs, ${fits} fits${share}`);
  }
}
bands('Bands on the ranking set held-out CVs', own, held.index);
for (const { name, scored, index } of freshSets) bands(`Bands on the ${name} held-out set`, scored, index);
