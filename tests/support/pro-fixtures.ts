/**
 * An invented CV full of personal details and a job to write a letter for, shared by the
 * Pro unit and e2e tests. `PERSONAL_DETAILS` lists every detail that must never reach the
 * backend. Nobody real: the names, numbers and addresses are made up (phone numbers from
 * the ranges reserved for fiction where there is one).
 */

export const OWNER_NAME = 'Lucía Fernández Ortega';

export const PRO_CV = `LUCÍA FERNÁNDEZ ORTEGA
Backend engineer · lucia.fernandez.dev@example.com · +34 612 345 678 · (415) 555-0132
Calle de Alcalá 123, 4º B, 28009 Madrid · linkedin.com/in/lucia-fernandez-ortega · https://github.com/lferortega
DNI 12345678Z · Fecha de nacimiento: 14/03/1990

Summary
Backend engineer with eight years building payment systems in TypeScript and Go.

Experience
Acme Payments, Senior Backend Engineer, 2019 - present
- Built the Kubernetes platform that runs 300 services.
- Led the migration of billing to PostgreSQL with zero downtime.
- Mentored four engineers; Lucía ran the on-call rota.
Globex, Backend Engineer, 2016 - 2019
- Wrote Node.js services for card authorisation.
${Array.from({ length: 40 }, (_, i) => `- Side project ${i}: tidied the team wiki and catalogued office plants for the newsletter.`).join('\n')}

Education
BSc Computer Science, Universidad Politécnica de Madrid, 2016
`;

export const PERSONAL_DETAILS = [
  'Lucía',
  'LUCÍA',
  'Fernández',
  'FERNÁNDEZ',
  'Ortega',
  'ORTEGA',
  'lucia.fernandez.dev@example.com',
  '612 345 678',
  '555-0132',
  'Alcalá 123',
  '28009',
  'linkedin.com',
  'github.com',
  'lferortega',
  '12345678Z',
  '14/03/1990',
];

export const PRO_JOB_DESCRIPTION = `About us
${Array.from({ length: 20 }, (_, i) => `Our story ${i}: we started in a garage and now serve card payments across Europe.`).join('\n')}
Requirements
- 5+ years with Kubernetes in production
- Strong PostgreSQL and TypeScript
Responsibilities
- Own the billing platform end to end
Questions? Write to talent@globex.example.com or call +44 20 7946 0958.`;

/** The CV above as a stored default CV record. */
export const PRO_CV_RECORD = {
  id: 'cv1',
  fileName: 'cv.pdf',
  addedAt: '2026-11-01T00:00:00.000Z',
  text: PRO_CV,
  isDefault: true,
};
