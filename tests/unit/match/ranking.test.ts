import { describe, expect, it } from 'vitest';
import { createJobCorpus, prepareCv, prepareJob, scoreApplication } from '../../../extension/match/score';
import { loadRankingSet } from '../../support/match-eval';
import { ASOF, scoreOwnSet, splitFigures } from '../../support/match-model';

/**
 * The ranking set (tests/fixtures/match/hard): every CV against every job, fits and named
 * near misses labelled before any score. The held-out CVs were never used to fit the
 * weights: the score must beat a plain TF-IDF cosine on them, measured in the same run.
 */
const own = scoreOwnSet();
const { index: held, ours, base } = splitFigures(own, 'heldout');

describe('the ranking set', () => {
  it('has at least 300 labelled pairs in English and Spanish, with near misses and a held-out part', () => {
    const set = loadRankingSet();
    expect(set.pairs.length).toBeGreaterThanOrEqual(300);
    for (const lang of ['en-', 'es-']) {
      expect([...set.cvs.keys()].filter((id) => id.startsWith(lang)).length).toBeGreaterThanOrEqual(10);
      expect([...set.jobs.keys()].filter((id) => id.startsWith(lang)).length).toBeGreaterThanOrEqual(20);
    }
    expect(set.pairs.filter((pair) => pair.near).length).toBeGreaterThanOrEqual(50);
    expect(new Set(set.pairs.map((pair) => pair.split))).toEqual(new Set(['dev', 'heldout']));
    // Every CV has a fit: ranking its jobs means something.
    for (const cv of set.cvs.keys())
      expect(
        set.pairs.some((p) => p.cv === cv && p.fit === 1),
        cv,
      ).toBe(true);
  });
});

describe('the score on the held-out CVs beats TF-IDF cosine', () => {
  it('in ROC AUC over all pairs', () => {
    console.info(`held-out AUC: JobTrack ${ours.auc.toFixed(3)} vs TF-IDF ${base.auc.toFixed(3)}`);
    expect(ours.auc).toBeGreaterThan(base.auc);
  });

  it('in AUC of fits against near misses and decoys alone', () => {
    console.info(
      `held-out near-miss AUC: JobTrack ${ours.hardAuc.toFixed(3)} vs TF-IDF ${base.hardAuc.toFixed(3)}`,
    );
    expect(ours.hardAuc).toBeGreaterThan(base.hardAuc);
  });

  it("in fits found among each CV's 10 best jobs", () => {
    expect(ours.top10).toBeGreaterThanOrEqual(base.top10);
    expect(ours.top10).toBeGreaterThanOrEqual(ours.fits - 1);
  });

  it('keeps "Great" for real fits: most held-out pairs in Great are labelled fits', () => {
    const great = held.filter((i) => own.bands[i] === 'Great');
    const fits = great.filter((i) => own.set.pairs[i]?.fit === 1).length;
    expect(great.length).toBeGreaterThan(0);
    expect(fits / great.length).toBeGreaterThan(0.5);
  });
});

describe('title fit outweighs shared generic words', () => {
  const set = loadRankingSet();
  const jobs = new Map([...set.jobs].map(([id, job]) => [id, prepareJob(job)]));
  const corpus = createJobCorpus(jobs.values());
  const score = (cv: string, job: string) =>
    scoreApplication(prepareCv(set.cvs.get(cv) ?? '', { asOf: ASOF }), jobs.get(job) as never, corpus);

  it('an ICU nurse who keeps audit data in Excel is a poor fit for a data analyst ad', () => {
    const decoy = score('en-icu-nurse', 'en-data-analyst');
    expect(decoy.sharedTerms).toEqual(expect.arrayContaining(['data', 'excel']));
    expect(decoy.band === 'Poor' || decoy.band === 'Weak').toBe(true);
    expect(decoy.score).toBeLessThan(score('en-data-analyst', 'en-data-analyst').score - 40);
  });

  it('and ranks a clinical data analyst post (her domain, not her job) below her real fits', () => {
    const decoy = score('en-icu-nurse', 'en-clinical-data-analyst');
    expect(decoy.score).toBeLessThan(score('en-icu-nurse', 'en-icu-nurse').score);
    expect(decoy.score).toBeLessThan(score('en-icu-nurse', 'es-enfermera-uci').score);
    expect(decoy.score).toBeLessThan(score('en-data-analyst', 'en-clinical-data-analyst').score);
    expect(decoy.summary).toMatch(/Most words of the job title \(Clinical Data Analyst\) are not in your CV/);
  });

  it('a data analyst ranks the Data Entry Clerk ad (same title words) below analyst posts', () => {
    const entry = score('en-data-analyst', 'en-data-entry').score;
    expect(entry).toBeLessThan(score('en-data-analyst', 'en-data-analyst').score);
    expect(entry).toBeLessThan(score('en-data-analyst', 'es-analista-bi').score);
  });
});

describe('evaluation helpers', () => {
  it('skip the shared dev set when it is absent, and count pairwise ties as half', async () => {
    const { loadRjdbDev, pairwiseAccuracy } = await import('../../support/match-eval');
    expect(loadRjdbDev('/nonexistent/rjdb-dev.jsonl')).toBeUndefined();
    expect(pairwiseAccuracy([3, 2, 5], [1, 2, 6])).toBeCloseTo(0.5);
  });
});
