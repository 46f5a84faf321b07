import { createJobCache, prepareCv, scoreApplications } from '../../../extension/match';
import { loadEvaluationSet, pairwiseAccuracy, rocAuc } from '../../support/match-eval';
import { scoreFirstSet, scoreOwnSet, scoreRjdb, splitFigures } from '../../support/match-model';
import { realisticApplications } from '../../support/seed';
import type { BenchRow } from '../report';
import { median, timeRuns } from '../stats';

/**
 * Match quality beside a TF-IDF cosine computed in the same run: ROC AUC on the first
 * evaluation set, on the ranking set's held-out CVs (never fitted on) and pairwise on the
 * shared dev triples when ../shared is there; and what one screenful of rows costs.
 * Throughput for 5,000 is in suites/match.ts; cross-validated figures: npm run match:eval.
 */
export const matchQualitySuite = {
  name: 'match-quality',
  async run(): Promise<BenchRow[]> {
    const first = scoreFirstSet();

    const own = scoreOwnSet();
    const { ours: heldOurs, base: heldBase } = splitFigures(own, 'heldout');
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
    const cvText = loadEvaluationSet().cvs.get('en-backend') ?? '';
    const screen = await timeRuns(() => scoreApplications(prepareCv(cvText), apps, createJobCache()), 21);

    return [
      ...quality,
      {
        suite: 'match-quality',
        metric: `ROC AUC on ${first.labels.length} labelled CV/job pairs (EN+ES)`,
        unit: '%',
        median: 100 * rocAuc(first.score, first.labels),
        runs: 1,
        baseline: { label: 'TF-IDF cosine', median: 100 * rocAuc(first.tfidf, first.labels) },
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
