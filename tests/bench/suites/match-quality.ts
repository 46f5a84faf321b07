import {
  createJobCache,
  prepareCv,
  prepareJob,
  scoreApplication,
  scoreApplications,
} from '../../../extension/match';
import { loadEvaluationSet, rocAuc, tfidfCosineScorer } from '../../support/match-eval';
import { realisticApplications } from '../../support/seed';
import type { BenchRow } from '../report';
import { median, timeRuns } from '../stats';

const asOf = new Date('2026-11-01T00:00:00Z');

/**
 * Match quality on our evaluation set (ROC AUC beside a TF-IDF cosine computed in the same
 * run), and what one screenful of rows costs. Throughput for 5,000 is in suites/match.ts.
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

    const apps = realisticApplications(40);
    const cvText = set.cvs.get('en-backend') ?? '';
    const screen = await timeRuns(() => scoreApplications(prepareCv(cvText), apps, createJobCache()), 21);

    return [
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
