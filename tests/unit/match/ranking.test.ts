import { describe, expect, it } from 'vitest';
import { matchSummary } from '../../../extension/i18n/match-summary';
import { createJobCorpus, prepareCv, prepareJob, scoreApplication } from '../../../extension/match/score';
import {
  FRESH_FIXTURES,
  FRESH2_FIXTURES,
  FRESH3_FIXTURES,
  FRESH4_FIXTURES,
  loadRankingSet,
  SPECIALTY_FIXTURES,
} from '../../support/match-eval';
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
    expect(matchSummary(decoy, 'en')).toMatch(
      /Most words of the job title \(Clinical Data Analyst\) are not in your CV/,
    );
  });

  it('a data analyst ranks the Data Entry Clerk ad (same title words) below analyst posts', () => {
    const entry = score('en-data-analyst', 'en-data-entry').score;
    expect(entry).toBeLessThan(score('en-data-analyst', 'en-data-analyst').score);
    expect(entry).toBeLessThan(score('en-data-analyst', 'es-analista-bi').score);
  });
});

/** Scores pairs of one set with its own jobs as the corpus, as the product does. */
function scorerOf(dir: string) {
  const set = loadRankingSet(dir);
  const jobs = new Map([...set.jobs].map(([id, job]) => [id, prepareJob(job)]));
  const corpus = createJobCorpus(jobs.values());
  return (cv: string, job: string) =>
    scoreApplication(prepareCv(set.cvs.get(cv) ?? '', { asOf: ASOF }), jobs.get(job) as never, corpus);
}

/** Share of a set's held-out pairs in "Great" that are labelled fits. */
function greatPrecision(scored: ReturnType<typeof scoreOwnSet>, index: readonly number[]): number {
  const great = index.filter((i) => scored.bands[i] === 'Great');
  return great.filter((i) => scored.set.pairs[i]?.fit === 1).length / great.length;
}

describe('the fresh held-out sets (written after the fit, never tuned on)', () => {
  // fresh2: same-title-other-specialty near misses across 10 new occupations (EN/ES).
  const fresh2 = scoreOwnSet(loadRankingSet(FRESH2_FIXTURES));
  const second = splitFigures(fresh2, 'heldout');
  // fresh: the set where a shared role word once outweighed the specialty (near-miss AUC
  // 0.938 with the weights before roleTitle; TF-IDF 1.000).
  const fresh = scoreOwnSet(loadRankingSet(FRESH_FIXTURES));
  const first = splitFigures(fresh, 'heldout');

  // fresh3: 10 of its 14 fits cross-language; labelled before the specialty rule and the
  // EN/ES specialty groups were scored on it. fresh4: acronym titles and adjacent service
  // roles, labelled before the acronym and service-role changes were scored on it.
  it.each([
    ['fresh2', FRESH2_FIXTURES],
    ['fresh3', FRESH3_FIXTURES],
    ['fresh4', FRESH4_FIXTURES],
  ])('%s: the score beats TF-IDF in AUC and in near-miss AUC', (name, dir) => {
    const figures =
      dir === FRESH2_FIXTURES ? second : splitFigures(scoreOwnSet(loadRankingSet(dir)), 'heldout');
    console.info(
      `${name} near-miss AUC: JobTrack ${figures.ours.hardAuc.toFixed(3)} vs TF-IDF ${figures.base.hardAuc.toFixed(3)}`,
    );
    expect(figures.ours.auc).toBeGreaterThan(figures.base.auc);
    expect(figures.ours.hardAuc).toBeGreaterThan(figures.base.hardAuc);
    expect(figures.ours.top10).toBe(figures.ours.fits);
  });

  it('"Great" keeps its promise on both: at least 75 % of the pairs there are fits', () => {
    expect(greatPrecision(fresh2, second.index)).toBeGreaterThanOrEqual(0.75);
    expect(greatPrecision(fresh, first.index)).toBeGreaterThanOrEqual(0.75);
  });

  it('a veterinary nurse with a "dental advice" duty line: the Dental Nurse ad is another specialty', () => {
    const score = scorerOf(FRESH_FIXTURES);
    const near = score('en-vet-nurse', 'en-dental-nurse');
    // The vocabulary reads "Dental Nurse" as the skill Dental care; her roles name Nursing.
    expect(near.missing.map((m) => m.id)).toContain('dental-care');
    expect(near.matched.map((m) => m.id)).not.toContain('dental-care');
    expect(near.otherSpecialty).toEqual({
      title: 'Qualified Dental Nurse',
      roles: 'Registered Veterinary Nurse',
    });
    expect(matchSummary(near, 'es')).toContain('mismo oficio, otra especialidad');
    expect(near.band === 'Great' || near.band === 'Good').toBe(false);
    expect(score('en-vet-nurse', 'en-vet-nurse').band).toBe('Great');
  });

  it('fresh: fewer near misses above fits than before the title evidence (near-miss AUC > 0.938)', () => {
    expect(first.ours.hardAuc).toBeGreaterThan(0.938);
    expect(first.ours.top10).toBe(first.ours.fits);
  });

  it('an infant teacher: her infant-school post far above a secondary-maths post', () => {
    const score = scorerOf(FRESH_FIXTURES);
    const fit = score('es-educadora-infantil', 'es-maestra-infantil');
    const near = score('es-educadora-infantil', 'es-profesor-matematicas');
    expect(fit.band).toBe('Great');
    expect(near.score).toBeLessThan(fit.score - 20);
    expect(near.band === 'Great' || near.band === 'Good').toBe(false);
  });
});

describe('same role word, other specialty', () => {
  const score = scorerOf(SPECIALTY_FIXTURES);

  it('is said in the summary, EN and ES, and keeps the pair out of Good and Great', () => {
    const near = score('en-hvac-engineer', 'en-fire-alarm-engineer');
    expect(near.otherSpecialty).toEqual({ title: 'Fire Alarm Engineer', roles: 'HVAC Service Engineer' });
    expect(matchSummary(near, 'en')).toContain(
      'Title: Fire Alarm Engineer vs your roles: HVAC Service Engineer — same role, other specialty.',
    );
    expect(matchSummary(near, 'es')).toContain(
      'Puesto: Fire Alarm Engineer frente a tus puestos: HVAC Service Engineer — mismo oficio, otra especialidad.',
    );
    expect(near.band === 'Great' || near.band === 'Good').toBe(false);
    const fit = score('en-hvac-engineer', 'en-hvac-service-engineer');
    expect(fit.otherSpecialty).toBeUndefined();
    expect(fit.band).toBe('Great');
  });

  it("works across the role word's forms in Spanish (conductor de autobús vs de ambulancia)", () => {
    const near = score('es-conductor-autobus', 'es-conductor-ambulancia');
    expect(near.otherSpecialty?.roles).toBe('Conductor de autobús');
    expect(near.score).toBeLessThan(score('es-conductor-autobus', 'es-conductor-autobus').score - 40);
  });

  it('the title-off floors are never below the others: Great needs title evidence', async () => {
    const { MATCH_MODEL } = await import('../../../extension/match/weights');
    for (const band of ['Weak', 'Fair', 'Good', 'Great'] as const)
      expect(MATCH_MODEL.offTitleFloors[band]).toBeGreaterThanOrEqual(MATCH_MODEL.chanceFloors[band]);
    expect(MATCH_MODEL.offTitleFloors.Great).toBeGreaterThan(MATCH_MODEL.chanceFloors.Great);
  });
});

describe('evaluation helpers', () => {
  it('skip the shared dev set when it is absent, and count pairwise ties as half', async () => {
    const { loadRjdbDev, pairwiseAccuracy } = await import('../../support/match-eval');
    expect(loadRjdbDev('/nonexistent/rjdb-dev.jsonl')).toBeUndefined();
    expect(pairwiseAccuracy([3, 2, 5], [1, 2, 6])).toBeCloseTo(0.5);
  });
});
