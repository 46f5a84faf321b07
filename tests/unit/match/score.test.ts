import { describe, expect, it } from 'vitest';
import { matchSummary } from '../../../extension/i18n/match-summary';
import {
  bandOf,
  createJobCorpus,
  prepareCv,
  prepareJob,
  scoreApplication,
  scoreText,
} from '../../../extension/match/score';
import { loadEvaluationSet } from '../../support/match-eval';

const asOf = new Date('2026-11-01T00:00:00Z');
const set = loadEvaluationSet();
const titleSkillIds = (job: ReturnType<typeof prepareJob>) =>
  job.titleTerms.flatMap((term) => (term.skill === undefined ? [] : [job.index.skills[term.skill]?.id]));

const JOB = {
  title: 'Backend Engineer',
  description: [
    'We build routing software.',
    'Requirements',
    '- 4+ years of experience with Python',
    '- PostgreSQL and Docker',
    'Nice to have',
    '- Kubernetes',
  ].join('\n'),
};
const CV = [
  'Ana Pérez',
  'Backend Engineer',
  'Backend developer, Acme (2019 – present)',
  '- Python services on PostgreSQL',
].join('\n');

describe('scoreApplication explains itself', () => {
  const result = scoreText(CV, JOB, { asOf });

  it('lists matched skills with the CV line that shows each, required first', () => {
    expect(result.matched).toEqual([
      { id: 'python', skill: 'Python', required: true, cvLine: '- Python services on PostgreSQL' },
      { id: 'postgresql', skill: 'PostgreSQL', required: true, cvLine: '- Python services on PostgreSQL' },
    ]);
  });

  it('lists missing skills, required before preferred', () => {
    expect(result.missing).toEqual([
      { id: 'docker', skill: 'Docker', required: true },
      { id: 'kubernetes', skill: 'Kubernetes', required: false },
    ]);
  });

  it('reports years asked for and shown, and a summary sentence', () => {
    expect(result.years).toEqual({ required: 4, cv: 7 });
    expect(matchSummary(result, 'en')).toBe(
      'Your CV shows 2 of 3 required skills and 0 of 1 preferred. The job asks for 4+ years; your CV shows about 7.',
    );
    expect(result.title).toEqual({ matched: ['backend', 'engineer'], missing: [] });
    expect(result.score).toBeGreaterThan(0);
    expect(result.score).toBeLessThanOrEqual(100);
    expect(result.band).toBe(bandOf(result.score));
  });

  it('is deterministic', () => {
    expect(scoreText(CV, JOB, { asOf })).toEqual(result);
  });

  it('counts an unmet seniority and years requirement against the CV', () => {
    const senior = scoreText(
      CV,
      { ...JOB, title: 'Lead Backend Engineer', description: JOB.description.replace('4+', '12+') },
      { asOf },
    );
    expect(senior.score).toBeLessThan(result.score);
    expect(senior.seniority).toEqual({ job: 4, cv: 3 });
  });

  it('treats a job without sections as requiring what it describes', () => {
    const plain = scoreText('Python developer', {
      title: 'Developer',
      description: 'You will write Python and Go (golang).',
    });
    expect(plain.missing).toEqual([{ id: 'go-language', skill: 'Go (language)', required: true }]);
  });

  it('says so when the job has nothing to compare', () => {
    const empty = scoreText(CV, { title: '', description: '' });
    expect(empty).toMatchObject({ score: 0, band: 'Poor', matched: [], missing: [] });
    expect(matchSummary(empty, 'en')).toMatch(/no description/);
  });
});

describe('bands', () => {
  it.each([
    [0, 'Poor'],
    [29, 'Poor'],
    [30, 'Weak'],
    [45, 'Fair'],
    [60, 'Good'],
    [75, 'Great'],
    [100, 'Great'],
  ])('%i is %s', (score, band) => {
    expect(bandOf(score)).toBe(band);
  });
});

describe('monotonicity', () => {
  it('adding a skill the job asks for to the CV never lowers the score (every pair, every missing skill)', () => {
    let checked = 0;
    let specialties = 0;
    for (const pair of set.pairs) {
      const cvText = set.cvs.get(pair.cv) as string;
      const job = prepareJob(set.jobs.get(pair.job) as { title: string; description: string });
      const before = scoreApplication(prepareCv(cvText, { asOf }), job);
      for (const skill of before.missing) {
        const after = scoreApplication(prepareCv(`${cvText}\n${skill.skill}`, { asOf }), job);
        expect(after.score, `${pair.id} + ${skill.skill}`).toBeGreaterThanOrEqual(before.score);
        if (!after.matched.some((m) => m.id === skill.id)) {
          // Only a specialty the title names stays missing on a loose line (the CV's roles
          // name another of its field); in the headline it shows.
          expect(titleSkillIds(job), `${pair.id} + ${skill.skill}`).toContain(skill.id);
          const headline = scoreApplication(prepareCv(`${skill.skill}\n${cvText}`, { asOf }), job);
          expect(headline.matched.map((m) => m.id)).toContain(skill.id);
          expect(headline.score).toBeGreaterThanOrEqual(before.score);
          specialties++;
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(specialties).toBeLessThan(checked / 10);
  });
});

describe('acronym titles (issue 14: "IT" was read as the stopword "it")', () => {
  const itJob = {
    title: 'IT Project Manager',
    description: [
      'Delivering software and cloud migration projects for banking clients.',
      'Requirements',
      '- 5+ years managing technology projects; PRINCE2 or PMP.',
    ].join('\n'),
  };
  const itCv = [
    'Sam Reid',
    'IT Project Manager',
    'Leeds',
    '',
    'IT Project Manager — Northgate Systems (2019 – present)',
    '- Cloud migration and ERP rollout projects; PRINCE2.',
  ].join('\n');
  const buildingCv = [
    'Lucía Gil',
    'Jefa de proyecto de construcción',
    'Madrid',
    '',
    'Jefa de proyecto — Obras Norte (2018 – actualidad)',
    '- Gestión de proyectos de edificación residencial; PMP; plazos y presupuesto.',
  ].join('\n');

  it('keeps IT in the title: a construction project manager does not show it, an IT one does', () => {
    // The word weights come from the user's stored jobs, here three project manager ads.
    const jobs = [
      prepareJob(itJob),
      prepareJob({
        title: 'Construction Project Manager',
        description: 'Residential building projects.\nRequirements\n- Site and project management; PMP.',
      }),
      prepareJob({
        title: 'Marketing Project Manager',
        description: 'Campaign projects.\nRequirements\n- Project management of product launches.',
      }),
    ];
    const corpus = createJobCorpus(jobs);
    const it_ = scoreApplication(prepareCv(itCv, { asOf }), jobs[0] as never, corpus);
    const building = scoreApplication(prepareCv(buildingCv, { asOf }), jobs[0] as never, corpus);
    expect(it_.title.matched).toContain('IT');
    expect(building.title.missing).toContain('IT');
    expect(building.parts.roleTitle).toBeLessThan(0.5);
    expect(it_.score).toBeGreaterThan(building.score + 15);
    expect(building.band).not.toBe('Great');
  });

  it('meets the Spanish "TI" of a title with an English CV\'s "IT"', () => {
    const cv = prepareCv(
      [
        'Dan Roe',
        'IT Support Technician',
        'Leeds',
        '',
        'IT Support Technician — Aire Housing (2020 – present)',
      ].join('\n'),
      { asOf },
    );
    const spanish = scoreApplication(cv, {
      title: 'Técnico/a de soporte TI',
      description: 'Funciones\n- Atención a usuarios, Active Directory y Microsoft 365.',
    });
    expect(spanish.parts.titleWeight).toBe(1);
    expect(spanish.title.missing).toEqual([]);
  });
});

describe('adjacent service roles do not compete as specialties (issue 14)', () => {
  const cv = [
    'Chloe Barnes',
    'Sales Assistant',
    'Nottingham',
    '',
    'Sales Assistant — Hartley Homeware (2021 – present)',
    '- Serving customers on the till; handling customer service queries in store and by phone.',
    '- Stock replenishment and visual merchandising.',
  ].join('\n');
  const job = {
    title: 'Customer Service Advisor',
    description: [
      'Answer customer calls and emails for a travel brand.',
      'Requirements',
      '- Customer service experience in a call centre, retail or hospitality.',
    ].join('\n'),
  };

  it("shows the title's Customer service by the CV's duty line, with no other-specialty sentence", () => {
    const result = scoreText(cv, job, { asOf });
    expect(result.otherSpecialty).toBeUndefined();
    expect(matchSummary(result, 'en')).not.toContain('other specialty');
    expect(result.matched.find((skill) => skill.skill === 'Customer service')?.cvLine).toContain(
      'customer service',
    );
    expect(result.title.missing).not.toContain('Customer service');
  });
});
