import {
  createJobCache,
  prepareCv,
  prepareJob,
  scoreApplication,
  scoreApplications,
} from '../../../extension/match';
import {
  loadEvaluationSet,
  pairwiseAccuracy,
  type RankingPair,
  rankingFigures,
  rocAuc,
  tfidfCosineScorer,
} from '../../support/match-eval';
import { scoreOwnSet, scoreRjdb } from '../../support/match-model';
import { realisticApplications } from '../../support/seed';
import type { BenchRow } from '../report';
import { median, timeRuns } from '../stats';

const asOf = new Date('2026-11-01T00:00:00Z');

/**
 * Match quality beside a TF-IDF cosine computed in the same run: ROC AUC on the first
 * evaluation set, on the ranking set's held-out CVs (never fitted on) and pairwise on the
 * shared dev triples when ../shared is there; and what one screenful of rows costs.
 * Throughput for 5,000 is in suites/match.ts; cross-validated figures: npm run match:eval.
 */
export const matchQualitySuite = {
  name: 'match-quality',
  async run(): Promise<BenchRow[]> {
    const set = loadEvaluationSet();
    const jobText = (id: string) => `${set.jobs.get(id)?.title}\n${set.jobs.get(id)?.description}`;
    const baseline = tfidfCosineScorer([...set.cvs.values(), ...[...set.jobs.keys()].map(jobText)]);
    const labels = set.pairs.map((pair) => pair.fit);
    const ours = set.pairs.map(
      (pair) =>
        scoreApplication(
          prepareCv(set.cvs.get(pair.cv) ?? '', { asOf }),
          prepareJob(set.jobs.get(pair.job) ?? {}),
        ).score,
    );
    const base = set.pairs.map((pair) => baseline(set.cvs.get(pair.cv) ?? '', jobText(pair.job)));

    const own = scoreOwnSet();
    const held = own.set.pairs.flatMap((pair, i) => (pair.split === 'heldout' ? [i] : []));
    const heldPairs = held.map((i) => own.set.pairs[i] as RankingPair);
    const heldOurs = rankingFigures(
      heldPairs,
      held.map((i) => own.score[i] as number),
    );
    const heldBase = rankingFigures(
      heldPairs,
      held.map((i) => own.tfidf[i] as number),
    );
    const rjdb = scoreRjdb();
    const quality: BenchRow[] = [
      {
        suite: 'match-quality',
        metric: `ROC AUC, ranking set held-out CVs (${heldOurs.pairs} pairs)`,
        unit: '%',
        median: 100 * heldOurs.auc,
        runs: 1,
        baseline: { label: 'TF-IDF cosine', median: 100 * heldBase.auc },
      },
      {
        suite: 'match-quality',
        metric: 'near-miss AUC, ranking set held-out CVs (fits vs named near misses)',
        unit: '%',
        median: 100 * heldOurs.hardAuc,
        runs: 1,
        baseline: { label: 'TF-IDF cosine', median: 100 * heldBase.hardAuc },
      },
    ];
    if (rjdb) {
      quality.push({
        suite: 'match-quality',
        metric: `pairwise accuracy, shared dev triples (${rjdb.triples.length}; weights fitted on them too)`,
        unit: '%',
        median: 100 * pairwiseAccuracy(rjdb.matched, rjdb.unmatched),
        runs: 1,
        baseline: {
          label: 'TF-IDF cosine',
          median: 100 * pairwiseAccuracy(rjdb.tfidfMatched, rjdb.tfidfUnmatched),
        },
      });
    }

    const apps = realisticApplications(40);
    const cvText = set.cvs.get('en-backend') ?? '';
    const screen = await timeRuns(() => scoreApplications(prepareCv(cvText), apps, createJobCache()), 21);

    return [
      ...quality,
      {
        suite: 'match-quality',
        metric: `ROC AUC on ${labels.length} labelled CV/job pairs (EN+ES)`,
        unit: '%',
        median: 100 * rocAuc(ours, labels),
        runs: 1,
        baseline: { label: 'TF-IDF cosine', median: 100 * rocAuc(base, labels) },
        budget: { limit: 93, better: 'higher' },
      },
      {
        suite: 'match-quality',
        metric: 'read + score one screenful (40 applications)',
        unit: 'ms',
        median: median(screen),
        runs: screen.length,
        budget: { limit: 50, better: 'lower' },
      },
    ];
  },
};
