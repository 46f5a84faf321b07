import type { Application } from '../../extension/model/application';
import { applicationItems } from '../../extension/store/records';

/**
 * Invented applications for scale tests and screenshots: deterministic, varied (boards,
 * stages, accents, salaries), with a description of realistic length.
 */
const TITLES = [
  'Backend Engineer',
  'Ingeniera de Datos',
  'Frontend Developer (React)',
  'Desarrollador Java Senior',
  'Site Reliability Engineer',
  'Product Designer',
  'Analista Programador .NET',
  'Machine Learning Engineer',
  'QA Automation Engineer',
  'Técnico de Soporte IT',
  'Platform Engineer',
  'Full Stack Developer',
];
const COMPANIES = [
  'Norvale Logistics',
  'Orbital Foods',
  'Café Telecomunicaciones S.L.',
  'Acme Robotics',
  'Brightwater Health',
  'Lumen & Co',
  'Ferrocarriles del Norte',
  'Quantum Ledger',
  'Nimbus Analytics',
  'Peña Seguros',
];
const LOCATIONS = [
  'Madrid',
  'Barcelona',
  'Leeds, England',
  'Remote',
  'Valencia',
  'London',
  'Sevilla',
  'Berlin',
];
const BOARDS = ['linkedin', 'indeed', 'glassdoor', 'infojobs', 'tecnoempleo'] as const;
const STAGES = ['saved', 'applied', 'applied', 'applied', 'interviewing', 'offer', 'rejected', 'withdrawn'];
const PARAGRAPH =
  'You will design, build and run services used by thousands of customers every day. We work in small teams, ship often and care about quality. Requirements: 3+ years with TypeScript or Go, SQL, cloud experience (AWS or GCP), good written English. Nice to have: Kubernetes, Terraform, Spanish. ';

export function seedApplications(count: number, start = Date.parse('2026-11-20T12:00:00Z')): Application[] {
  const apps: Application[] = [];
  for (let i = 0; i < count; i++) {
    const board = BOARDS[i % BOARDS.length] ?? 'linkedin';
    const created = new Date(start - i * 3_600_000).toISOString();
    const status = STAGES[(i * 7) % STAGES.length] ?? 'applied';
    apps.push({
      id: `${board}-${100000 + i}`,
      board,
      boardJobId: String(100000 + i),
      url: `https://www.example-jobs.test/${board}/job/${100000 + i}`,
      title: `${TITLES[i % TITLES.length]} ${i + 1}`,
      company: COMPANIES[(i * 3) % COMPANIES.length] ?? 'Acme',
      location: LOCATIONS[(i * 5) % LOCATIONS.length] ?? 'Remote',
      ...(i % 3 === 0 ? { salary: { text: `${40 + (i % 30)}.000 € - ${50 + (i % 30)}.000 € al año` } } : {}),
      description: PARAGRAPH.repeat(4),
      status,
      events: [{ id: `seed-${i}`, type: 'applied', date: created }],
      notes: i % 4 === 0 ? 'Referred by a friend; follow up next week.' : '',
      captureMethod: 'apply',
      captureSource: 'board',
      createdAt: created,
      updatedAt: created,
    });
  }
  return apps;
}

/**
 * The storage items for `apps`, as the service worker writes them (test setup only): each
 * application's summary, its detail and its match features (store/records.ts).
 */
export function seedItems(apps: readonly Application[]): Promise<Record<string, unknown>> {
  return applicationItems(apps);
}
