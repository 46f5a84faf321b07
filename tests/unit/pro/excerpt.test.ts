import { describe, expect, it } from 'vitest';
import { chooseCvExcerpt, chooseJobExcerpt } from '../../../extension/pro/excerpt';
import { buildLetterRequest, reRedact } from '../../../extension/pro/letter-request';
import { fillPlaceholders } from '../../../extension/pro/redact';
import { CoverLetterRequest } from '../../../shared/api';
import { LIMITS } from '../../../shared/limits';

const filler = (label: string, n: number) =>
  Array.from(
    { length: n },
    (_, i) => `${label} ${i}: organised weekly team lunches and kept the office plants alive.`,
  );

const LONG_CV = [
  'Jane Doe',
  'Backend engineer · jane.doe@example.com · +44 20 7946 0958 · github.com/janedoe',
  '221B Baker Street, London NW1 6XE',
  'Summary: backend engineer with eight years of distributed systems work.',
  ...filler('Hobby', 45),
  'Acme Payments, Senior Engineer, 2019 - present',
  'Built the Kubernetes platform that runs 300 services.',
  'Led the migration of billing to PostgreSQL with zero downtime.',
  ...filler('Volunteering', 30),
].join('\n');

const LONG_JOB = [
  'About us',
  ...filler('Our story', 25),
  'Requirements',
  '- 5+ years with Kubernetes in production',
  '- Strong PostgreSQL skills',
  'Responsibilities',
  '- Own the billing platform',
].join('\n');

describe('excerpt choice', () => {
  it('puts the match’s evidence lines in the CV excerpt, where cutting the text would lose them', () => {
    const evidence = [
      'Built the Kubernetes platform that runs 300 services.',
      'Led the migration of billing to PostgreSQL with zero downtime.',
    ];
    const excerpt = chooseCvExcerpt(LONG_CV, LONG_CV, evidence, LIMITS.proCvChars);
    expect(LONG_CV.length).toBeGreaterThan(2 * LIMITS.proCvChars);
    expect(excerpt.length).toBeLessThanOrEqual(LIMITS.proCvChars);
    for (const line of evidence) expect(excerpt).toContain(line);
    // The baseline, a plain cut, loses both.
    const cut = LONG_CV.slice(0, LIMITS.proCvChars);
    for (const line of evidence) expect(cut).not.toContain(line);
    // The header and the role line come too, and document order is kept.
    expect(excerpt.startsWith('Jane Doe\n')).toBe(true);
    expect(excerpt).toContain('Acme Payments, Senior Engineer, 2019 - present');
    expect(excerpt.indexOf('Built the Kubernetes')).toBeLessThan(excerpt.indexOf('Led the migration'));
  });

  it('puts the job’s requirements and duties first and drops “about us” first', () => {
    const excerpt = chooseJobExcerpt(LONG_JOB, LIMITS.proJobChars);
    expect(excerpt.length).toBeLessThanOrEqual(LIMITS.proJobChars);
    expect(excerpt).toContain('- 5+ years with Kubernetes in production');
    expect(excerpt).toContain('- Own the billing platform');
    expect(excerpt).toContain('Requirements');
    expect(LONG_JOB.slice(0, LIMITS.proJobChars)).not.toContain('Kubernetes');
  });

  it('keeps short texts whole', () => {
    const job = 'Requirements\n- Go\nAbout us\nWe sell tea.';
    expect(chooseJobExcerpt(job, LIMITS.proJobChars)).toBe(job);
  });

  it('splits a CV that is one long paragraph instead of dropping it', () => {
    const paragraph = Array.from(
      { length: 80 },
      (_, i) => `Sentence ${i} about shipping Rust services.`,
    ).join(' ');
    const excerpt = chooseCvExcerpt(paragraph, paragraph, [], LIMITS.proCvChars);
    expect(excerpt.length).toBeGreaterThan(LIMITS.proCvChars * 0.8);
    expect(excerpt.length).toBeLessThanOrEqual(LIMITS.proCvChars);
  });
});

describe('the request body', () => {
  const source = {
    cvText: LONG_CV,
    ownerName: 'Jane Doe',
    job: {
      title: 'Platform Engineer',
      company: 'Globex',
      description: `${LONG_JOB}\nQuestions? Write to hiring@globex.example.com or call 415-555-0132.`,
    },
  };

  it('carries no personal detail from the CV and respects both limits', () => {
    const { body, placeholders } = buildLetterRequest(source, {
      language: 'en',
      tone: 'warm',
      length: 'short',
    });
    expect(() => CoverLetterRequest.parse(body)).not.toThrow();
    const sent = JSON.stringify(body);
    for (const detail of [
      'Jane',
      'Doe',
      'jane.doe@example.com',
      '7946',
      'github.com',
      'Baker Street',
      'NW1 6XE',
      'hiring@globex',
      '555-0132',
    ]) {
      expect(sent).not.toContain(detail);
    }
    expect(body.cvText.length).toBeLessThanOrEqual(LIMITS.proCvChars);
    expect(body.jobText.length).toBeLessThanOrEqual(LIMITS.proJobChars);
    expect(body.cvText).toContain('Built the Kubernetes platform');
    expect(fillPlaceholders('Best,\n[NAME]\n[EMAIL]', placeholders)).toBe(
      'Best,\nJane Doe\njane.doe@example.com',
    );
  });

  it('re-redacts what the user typed into the preview', () => {
    const draft = buildLetterRequest(source, { language: 'es', tone: 'direct', length: 'long' });
    const edited = reRedact(
      draft,
      { cvText: `${draft.body.cvText}\nAlso: jane@home.example, Jane`, jobText: draft.body.jobText },
      'Jane Doe',
    );
    expect(edited.body.cvText).toMatch(/Also: \[EMAIL_\d\], \[NAME\]$/);
    expect(edited.placeholders.get('[EMAIL]')).toBe('jane.doe@example.com');
  });
});
