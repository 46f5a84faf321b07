import type { Application } from '../../extension/model/application';

/**
 * Many invented but realistic applications, deterministic for a given seed: varied boards,
 * roles beyond software, accents, salaries, events, and full descriptions of a few KB —
 * what a heavy user's storage looks like. For benchmarks and scale tests.
 */
const ROLES = [
  ['Senior Backend Engineer', 'Go, PostgreSQL, Kubernetes, AWS'],
  ['Registered Nurse — ICU', 'patient care, ventilators, medication administration, BLS'],
  ['Enfermero/a de quirófano', 'instrumentación quirúrgica, esterilización, trabajo en equipo'],
  ['Account Executive', 'B2B sales, Salesforce, pipeline management, negotiation'],
  ['Financial Analyst', 'Excel, financial modelling, IFRS, forecasting, SQL'],
  ['Warehouse Operations Lead', 'forklift licence, WMS, health and safety, shift planning'],
  ['Desarrollador/a Full Stack', 'JavaScript, React, Node.js, Docker, metodologías ágiles'],
  ['Data Scientist', 'Python, machine learning, pandas, statistics, A/B testing'],
  ['Técnico/a de logística', 'SAP, gestión de inventario, carretilla elevadora, Excel'],
  ['Customer Success Manager', 'onboarding, churn reduction, HubSpot, Spanish and English'],
] as const;
const COMPANIES = [
  'Norvale Logistics',
  'Clínica Mar Azul',
  'Orbital Foods',
  'Brightwater Health',
  'Dataforge Labs',
  'Hilo Textil S.L.',
  'Quaymark Finance',
  'Ébano Systems',
  'Riverside Care Group',
  'Lumen & Co.',
];
const PLACES = [
  'London, England',
  'Madrid',
  'Valencia',
  'Leeds, England',
  'Barcelona',
  'Remote',
  'Bristol BS1',
  'Sevilla',
  'Manchester',
  'Bilbao',
];
const BOARDS = ['linkedin', 'indeed', 'glassdoor', 'infojobs', 'tecnoempleo'] as const;
const STATUSES = ['saved', 'applied', 'applied', 'applied', 'interviewing', 'offer', 'rejected', 'withdrawn'];

function prng(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

function description(role: string, skills: string, company: string, random: () => number): string {
  const paragraphs = [
    `About ${company}\n\n${company} is growing and we are looking for a ${role} to join a friendly, ambitious team. We value ownership, clear writing and kindness.`,
    `What you will do\n\n- Own day-to-day work across ${skills}.\n- Work with colleagues in several countries, in English and Spanish.\n- Improve how the team plans, measures and reports its work.\n- Mentor newer colleagues and share what you learn.`,
    `Requirements\n\n- ${2 + Math.floor(random() * 6)}+ years of experience in a similar role.\n- Solid, hands-on knowledge of ${skills}.\n- Right to work in the country of the role.`,
    `Nice to have\n\n- Experience in a fast-growing company.\n- Certifications relevant to ${role.toLowerCase()}.\n\nRequisitos mínimos: experiencia demostrable; se valorará inglés alto.`,
    `What we offer\n\nCompetitive salary, 25 days of holiday, flexible hours, a learning budget, private health insurance and a pension plan. We are an equal opportunity employer and welcome applications from everyone — «sin excepción».`,
  ];
  const filler = `Our teams work in short cycles, write things down and review each other's work with care. `;
  return `${paragraphs.join('\n\n')}\n\n${filler.repeat(20 + Math.floor(random() * 30))}`;
}

export function realisticApplications(count: number, seed = 42): Application[] {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const start = Date.parse('2025-01-01T08:00:00.000Z');
  return Array.from({ length: count }, (_, i) => {
    const [role, skills] = pick(ROLES);
    const company = pick(COMPANIES);
    const board = pick(BOARDS);
    const created = new Date(start + i * 3_600_000 * 2 + Math.floor(random() * 3_600_000)).toISOString();
    const status = pick(STATUSES);
    const min = 20_000 + Math.floor(random() * 60) * 1_000;
    const id = `${board}-${(100_000_000 + i).toString(16)}`;
    return {
      id,
      board,
      boardJobId: id.slice(board.length + 1),
      url: `https://www.example-${board}.test/jobs/${id}`,
      title: role,
      company,
      location: pick(PLACES),
      salary: {
        text: `${min.toLocaleString('en-GB')} - ${(min + 10_000).toLocaleString('en-GB')} a year`,
        min,
        max: min + 10_000,
        currency: 'EUR',
        period: 'year',
      },
      description: description(role, skills, company, random),
      workplace: pick(['Hybrid', 'Remote', 'On-site', 'Híbrido', 'Presencial']),
      status,
      events: [
        { id: `${id}-e1`, type: status === 'saved' ? 'saved' : 'applied', date: created },
        ...(status === 'interviewing'
          ? [
              {
                id: `${id}-e2`,
                type: 'interview' as const,
                date: created,
                note: 'Video call with the hiring manager',
              },
            ]
          : []),
      ],
      notes:
        random() < 0.3
          ? `Spoke to the recruiter; follow up in a week. Salary range ${min}–${min + 10_000}.`
          : '',
      captureMethod: status === 'saved' ? 'manual' : 'apply',
      captureSource: 'board',
      createdAt: created,
      updatedAt: created,
    } satisfies Application;
  });
}
