import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createJobCache, scoreApplications } from '../../../extension/match/batch';
import {
  decodeCounts,
  decodeWords,
  encodeCounts,
  encodeWords,
  featureWords,
  jobFeatures,
  MATCH_FEATURES_VERSION,
  profileFromFeatures,
} from '../../../extension/match/features';
import { createJobCorpus, prepareCv, prepareJob, scoreApplication } from '../../../extension/match/score';
import { skillIndex } from '../../../extension/match/skills';
import { COMMON_WORDS } from '../../../extension/match/vocabulary/common-words';
import { loadEvaluationSet, loadRankingSet } from '../../support/match-eval';
import { realisticApplications } from '../../support/seed';

/**
 * Stored match features stand in for the description: every score and every part of the
 * explanation from features equals the one from the full record.
 */
const ASOF = { asOf: new Date('2026-06-01T00:00:00Z') };

/** A JSON round trip, as chrome.storage does it. */
const stored = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('match features', () => {
  it('score 5,000 seeded applications exactly as their full records do, with the whole explanation', () => {
    const apps = realisticApplications(5_000);
    const { cvs } = loadEvaluationSet();
    const hot = apps.map(({ description: _d, ...app }, i) => ({
      ...app,
      features: stored(jobFeatures(apps[i] ?? app)),
    }));
    for (const cvText of [...cvs.values()].slice(0, 2)) {
      const cv = prepareCv(cvText, ASOF);
      const full = scoreApplications(cv, apps);
      const fromFeatures = scoreApplications(cv, hot);
      expect(fromFeatures.size).toBe(5_000);
      // Serialised: every field, in order, to the last digit (toEqual on 5,000 is slow).
      const differing = apps.filter(
        (app) => JSON.stringify(fromFeatures.get(app.id)) !== JSON.stringify(full.get(app.id)),
      );
      expect(differing.map((app) => app.id)).toEqual([]);
    }
    // Not trivially equal: the scores vary and the explanations name skills and terms.
    const cv = prepareCv([...cvs.values()][0] ?? '', ASOF);
    const results = [...scoreApplications(cv, hot).values()];
    expect(new Set(results.map((r) => r.score)).size).toBeGreaterThan(3);
    expect(results.some((r) => r.matched.length > 0 && r.matched[0]?.cvLine)).toBe(true);
    expect(results.every((r) => r.sharedTerms.length > 0)).toBe(true);
  }, 120_000);

  it('score every CV against every job of the match fixtures exactly as prepareJob does', () => {
    const sets = [loadEvaluationSet(), loadRankingSet()];
    let pairs = 0;
    for (const { cvs, jobs } of sets) {
      const profiles = [...jobs.values()].map((job) => prepareJob(job, ASOF));
      const decoded = [...jobs.values()].map((job) => {
        const profile = profileFromFeatures(job.title, stored(jobFeatures(job, ASOF)));
        if (!profile) throw new Error(`no profile for ${job.id}`);
        return profile;
      });
      const corpus = createJobCorpus(profiles);
      const corpusFromFeatures = createJobCorpus(decoded);
      for (const cvText of cvs.values()) {
        const cv = prepareCv(cvText, ASOF);
        profiles.forEach((profile, i) => {
          expect(scoreApplication(cv, decoded[i] as typeof profile, corpusFromFeatures)).toEqual(
            scoreApplication(cv, profile, corpus),
          );
          pairs++;
        });
      }
    }
    expect(pairs).toBeGreaterThan(300);
  });

  it('round-trip any list of counts: runs, pairs of small counts, counts over 35', () => {
    let state = 9;
    const next = () => {
      state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
      return state / 2 ** 32;
    };
    const pick = () => {
      const r = next();
      return r < 0.6 ? 1 : r < 0.8 ? 2 : r < 0.9 ? 3 + Math.floor(next() * 4) : 1 + Math.floor(next() * 60);
    };
    for (let round = 0; round < 500; round++) {
      const counts: number[] = [];
      while (counts.length < round % 97) {
        const count = pick();
        const repeat = next() < 0.2 ? 1 + Math.floor(next() * 9) : 1;
        for (let n = 0; n < repeat; n++) counts.push(count);
      }
      const text = encodeCounts(counts);
      expect(decodeCounts(text), text).toEqual(counts);
    }
    // Two small neighbours share a letter; a long run is one count and its length.
    expect(encodeCounts([1, 2, 3, 1, 5, 5])).toBe('BKY');
    expect(encodeCounts([1, 1, 1, 1, 1, 1, 2])).toBe('1*5*2');
  });

  it('round-trip their compact forms: runs of counts, counts over 35, position ranges, skills by position', () => {
    const job = {
      id: 'edge',
      title: 'Senior Python Developer (Django) — Backend ~ Platform',
      description: [
        'About us: a small team building payment software for clinics and shops across Spain.',
        `Requirements\n- ${'Python '.repeat(40)}\n- 5+ years with Django and PostgreSQL, REST APIs, Docker and AWS`,
        '- Strong testing habits: pytest, code review, continuous integration',
        'Nice to have\n- Kubernetes, Terraform, React',
      ].join('\n'),
    };
    const features = stored(jobFeatures(job, ASOF));
    const [, , , counts = '', , , needs = ''] = features.split('|');
    // The forms this test is about are really written.
    expect(counts).toMatch(/_[0-9a-z]+_/);
    expect(counts).toMatch(/\*[0-9a-z]+\*/);
    expect(counts).toMatch(/[A-Y]/);
    expect(needs).toMatch(/[0-9a-z]+-[0-9a-z]+/);
    const profile = profileFromFeatures(job.title, features);
    if (!profile) throw new Error('no profile');
    const direct = prepareJob(job, ASOF);
    expect([...profile.skills]).toEqual([...direct.skills]);
    expect(profile.titleTerms).toEqual(direct.titleTerms);
    expect(profile.bag.terms).toEqual(direct.bag.terms);
    expect(profile.bag.counts).toEqual(direct.bag.counts);
    expect(profile.needs).toEqual({ ...direct.needs, surfaces: profile.needs.surfaces });
    expect(profile.titleBag.terms).toEqual(direct.titleBag.terms);
    // Shorter than the plain lists they replace.
    expect(counts.length).toBeLessThan(direct.bag.counts.length);
  });

  it('are ignored when another features version wrote them (the background reads the job again)', () => {
    const [app] = realisticApplications(1);
    if (!app) throw new Error('no app');
    const features = jobFeatures(app);
    expect(profileFromFeatures(app.title, features)).toBeDefined();
    const fields = features.split('|');
    const withField = (at: number, value: string) => fields.map((f, i) => (i === at ? value : f)).join('|');
    expect(profileFromFeatures(app.title, withField(0, String(MATCH_FEATURES_VERSION + 1)))).toBeUndefined();
    // A skill position past the vocabulary.
    expect(profileFromFeatures(app.title, withField(2, 'zz'))).toBeUndefined();
    expect(profileFromFeatures(app.title, { v: MATCH_FEATURES_VERSION })).toBeUndefined();
    expect(profileFromFeatures(app.title, undefined)).toBeUndefined();
    // A cache given stale features and no description does not pretend to know the job.
    const cache = createJobCache();
    expect(cache.get({ id: 'x', title: app.title, features }).bag.terms.length).toBeGreaterThan(0);
  });

  it('name skills by vocabulary position, so each features version keeps its vocabulary', () => {
    // Stored features name a skill by its position in the vocabulary: a vocabulary edit
    // (a skill added, removed or moved) must come with a new MATCH_FEATURES_VERSION, or
    // stored positions would name other skills. Add the new version's line here; never
    // change an existing one.
    const VOCABULARY_OF_VERSION: Record<number, string> = { 3: '22f2d4f1e0007602', 4: '22f2d4f1e0007602' };
    const ids = skillIndex()
      .skills.map((skill) => skill.id)
      .join(' ');
    const fingerprint = createHash('sha256').update(ids).digest('hex').slice(0, 16);
    expect(fingerprint, 'the skill vocabulary changed: bump MATCH_FEATURES_VERSION').toBe(
      VOCABULARY_OF_VERSION[MATCH_FEATURES_VERSION],
    );
  });

  it('code common words in two characters and read every list back, plain lists of older versions too', () => {
    const table = COMMON_WORDS.join(' ').split(' ');
    const [first, second, third] = table as [string, string, string];
    const list = [first, 'IT', second, third, 'zq2391', 'of', first, 'R&D', 'kubernetesx', third];
    const coded = encodeWords(list);
    // Neighbouring codes are written together; words off the table, acronyms and words of
    // under three letters stay as they are.
    expect(coded.split(' ')).toHaveLength(9);
    expect(coded).toContain(' IT ');
    expect(coded).toContain(' R&D kubernetesx ');
    expect(coded).toContain(' zq2391 of ');
    expect(coded.length).toBeLessThan(list.join(' ').length - 20);
    expect(decodeWords(coded)).toEqual(list);
    // Lists written before version 4 (every word spelled out) read as they are.
    expect(decodeWords(list.join(' '))).toEqual(list);
    expect(decodeWords('')).toEqual([]);
    // The whole table round-trips, in one run of codes.
    expect(decodeWords(encodeWords(table))).toEqual(table);
    expect(encodeWords(table)).toHaveLength(table.length * 2);
    // A code past the table (damaged data) is kept as it is, not read as another word.
    expect(decodeWords('~~')).toEqual(['~~']);
    // Stored features carry the coded list; featureWords reads it back for packed-text.ts.
    const features = jobFeatures({
      title: 'Warehouse operative',
      description:
        'Picking and packing orders in a busy warehouse. Forklift licence required; overtime paid.',
    });
    expect(features.split('|')[1]).not.toContain('warehouse');
    expect(featureWords(features)).toContain('warehouse');
    expect(featureWords(features)).toContain('forklift');
  });

  it('keep the common-words table append-only, as stored word lists name its words by position', () => {
    const table = COMMON_WORDS.join(' ').split(' ');
    for (const word of table) expect(word, word).toMatch(/^[a-z0-9]{3,}$/);
    expect(new Set(table).size).toBe(table.length);
    // Stored lists of version 4 name the first 1,792 words: never change them; append only.
    const fingerprint = createHash('sha256')
      .update(table.slice(0, 1_792).join(' '))
      .digest('hex')
      .slice(0, 16);
    expect(table.length).toBeGreaterThanOrEqual(1_792);
    expect(fingerprint, 'a word of the table was changed, moved or removed').toBe('2bf78f7bfd05ee52');
  });
});
