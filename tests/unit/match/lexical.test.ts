import { describe, expect, it } from 'vitest';
import { matchSummary } from '../../../extension/i18n/match-summary';
import {
  backgroundFrequencies,
  createLexicalCorpus,
  documentFrequencies,
} from '../../../extension/match/lexical';
import {
  BAND_FLOORS,
  bandOf,
  chanceToScore,
  createJobCorpus,
  prepareCv,
  prepareJob,
  scoreApplication,
  scoreText,
} from '../../../extension/match/score';
import { MATCH_MODEL } from '../../../extension/match/weights';

const asOf = new Date('2026-11-01T00:00:00Z');

describe('document frequencies', () => {
  it('ships a background table of EN and ES job-ad terms', () => {
    const background = backgroundFrequencies();
    expect(background.documents).toBeGreaterThanOrEqual(50);
    expect(background.df.get('experienci')).toBeGreaterThan(10);
    expect(background.df.get('requir')).toBeGreaterThan(10);
  });

  it("blends the user's stored jobs in: a word every stored ad has weighs less", () => {
    const jobs = Array.from({ length: 40 }, (_, i) =>
      prepareJob({ title: `Role ${i}`, description: `Every ad here says zorblat. Task ${i}.` }),
    );
    const alone = createLexicalCorpus();
    const withJobs = createJobCorpus(jobs);
    expect(withJobs.documents).toBe(alone.documents + 40);
    expect(withJobs.idf('zorblat')).toBeLessThan(alone.idf('zorblat') / 2);
    // A word no stored ad has keeps its rarity.
    expect(withJobs.idf('kubernet')).toBeGreaterThan(withJobs.idf('zorblat'));
    expect(documentFrequencies(jobs.map((job) => job.bag)).df.get('zorblat')).toBe(40);
  });

  it('changes the ranking: a word all stored jobs share stops counting as evidence', () => {
    const cv = prepareCv('Zorblat specialist\nZorblat and widgets (2018 – present)', { asOf });
    const jobs = Array.from({ length: 30 }, (_, i) =>
      prepareJob({ title: `Zorblat role ${i}`, description: `Requirements\n- zorblat\n- item${i}` }),
    );
    const target = prepareJob({ title: 'Widget role', description: 'Requirements\n- widgets\n- zorblat' });
    const without = scoreApplication(cv, target);
    const withCorpus = scoreApplication(cv, target, createJobCorpus([...jobs, target]));
    expect(withCorpus.sharedTerms[0]).toBe('widget');
    expect(without.sharedTerms).toContain('zorblat');
  });
});

describe('explanations', () => {
  const JOB = {
    title: 'Backend Engineer',
    description: 'Requirements\n- 4+ years of Python and Django\n- PostgreSQL\nNice to have\n- Kubernetes',
  };
  const CV =
    'Ana Pérez\nBackend Engineer\nBackend developer, Acme (2019 – present)\n- Django services on PostgreSQL';

  it('names the top shared terms as the job writes them, no internal tokens', () => {
    const result = scoreText(CV, JOB, { asOf });
    expect(result.sharedTerms).toEqual(expect.arrayContaining(['django', 'postgresql', 'backend']));
    // Folded words, or an acronym as the ad wrote it ("IT", "A&E").
    for (const term of result.sharedTerms) expect(term).toMatch(/^(?:[a-z0-9]+|[A-Z&]+)$/);
  });

  it('says the same in Spanish', () => {
    const result = scoreText(CV, JOB, { asOf });
    expect(matchSummary(result, 'en')).toBe(
      'Your CV shows 2 of 3 required skills and 0 of 1 preferred. The job asks for 4+ years; your CV shows about 7.',
    );
    expect(matchSummary(result, 'es')).toBe(
      'Tu CV muestra 2 de 3 habilidades requeridas y 0 de 1 deseables. La oferta pide 4+ años; tu CV muestra unos 7.',
    );
    expect(matchSummary(scoreText(CV, { title: '', description: '' }), 'es')).toMatch(/no tiene descripción/);
  });

  it('counts years in the role the job names ("3 years as a MongoDB engineer")', () => {
    const job = {
      title: 'Database Engineer',
      description: 'Requirements\n- At least 3 years as a MongoDB engineer.',
    };
    const longer = scoreText('Database engineer\nMongoDB Engineer (2013 - 2016)', job, { asOf });
    const shorter = scoreText('Database engineer\nMongoDB Engineer (2013 - 2014)', job, { asOf });
    expect(longer.parts.roleYears).toBe(1);
    expect(shorter.parts.roleYears).toBeCloseTo(1 / 3);
    expect(longer.score).toBeGreaterThan(shorter.score);
  });
});

describe('score points', () => {
  it('map the calibrated chance floors onto the band floors, keeping order', () => {
    for (const band of ['Weak', 'Fair', 'Good', 'Great'] as const) {
      expect(chanceToScore(MATCH_MODEL.chanceFloors[band])).toBeCloseTo(BAND_FLOORS[band]);
      expect(bandOf(Math.round(chanceToScore(MATCH_MODEL.chanceFloors[band] + 0.01)))).toBe(band);
    }
    let last = -1;
    for (let chance = 0; chance <= 100; chance += 0.5) {
      const points = chanceToScore(chance);
      expect(points).toBeGreaterThanOrEqual(last);
      last = points;
    }
    expect(chanceToScore(0)).toBe(0);
    expect(chanceToScore(100)).toBe(100);
  });
});

describe('specialty words across English and Spanish (vocabulary/specialties.ts)', () => {
  it('groups each specialty word with its translation, and no stem belongs to two groups', async () => {
    const { roleGroupOf } = await import('../../../extension/match/lexical');
    const { cachedStem, foldText, keepAcronyms } = await import('../../../extension/match/text');
    const { ROLE_WORD_GROUPS } = await import('../../../extension/match/vocabulary/roles');
    const { SPECIALTY_WORD_GROUPS } = await import('../../../extension/match/vocabulary/specialties');
    const group = (word: string) => roleGroupOf(cachedStem(foldText(keepAcronyms(word))));
    expect(group('veterinario')).toBe(group('veterinary'));
    expect(group('fiscal')).toBe(group('tax'));
    expect(group('embebido')).toBe(group('embedded'));
    expect(group('obra')).toBe(group('construction'));
    expect(group('IT')).toBe(group('informática'));
    expect(group('tax')).not.toBe(group('audit'));
    const owner = new Map<string, string>();
    for (const [name, ...words] of [...ROLE_WORD_GROUPS, ...SPECIALTY_WORD_GROUPS])
      for (const word of [name, ...words]) {
        const stem = cachedStem(foldText(keepAcronyms(word as string)));
        expect(word, 'one word per entry').not.toMatch(/\s/);
        expect(owner.get(stem) ?? name, `${word} (${stem})`).toBe(name);
        owner.set(stem, name as string);
      }
  });

  it("meets an English 'HSE Officer' title with a Spanish 'Técnico de PRL' CV, and reads 'Bilingual' as no role word", () => {
    const cv = prepareCv(
      [
        'Sergio Ruiz',
        'Técnico Superior en PRL',
        'Zaragoza',
        '',
        'Técnico de PRL — Obras Ebro (2019 – actualidad)',
        '- Evaluaciones de riesgos y planes de seguridad y salud.',
      ].join('\n'),
      { asOf },
    );
    const hse = scoreApplication(cv, {
      title: 'Bilingual HSE Officer',
      description: 'Responsibilities\n- Site safety inspections and risk assessments.',
    });
    expect(hse.title.missing).toEqual([]);
    expect(hse.parts.titleWeight).toBe(1);
  });

  it("lets an English CV show a Spanish ad's title: the specialty counts, not only the role word", () => {
    const cv = prepareCv(
      [
        'Alex Moor',
        'Registered Veterinary Nurse',
        'Leeds',
        '',
        'Veterinary Nurse — Hill Vets (2020 – present)',
        '- Anaesthetic monitoring, theatre preparation, inpatient care.',
      ].join('\n'),
      { asOf },
    );
    const vet = scoreApplication(cv, {
      title: 'Auxiliar técnico veterinario',
      description:
        'Funciones\n- Apoyo en consulta y quirófano.\nRequisitos\n- Experiencia en clínica veterinaria.',
    });
    const dentist = scoreApplication(cv, {
      title: 'Auxiliar de odontólogo',
      description: 'Funciones\n- Apoyo en consulta y esterilización.\nRequisitos\n- Experiencia en clínica.',
    });
    expect(vet.parts.titleWeight).toBeGreaterThanOrEqual(0.5);
    expect(vet.parts.roleTitle).toBeGreaterThanOrEqual(0.5);
    expect(dentist.parts.titleWeight).toBeLessThan(0.5);
    expect(vet.score).toBeGreaterThan(dentist.score);
  });
});
