import { describe, expect, it } from 'vitest';
import { detectCriteria } from '../../../extension/pro/criteria';
import {
  type CriterionKind,
  countWords,
  parseInterviewPrep,
  parseStatement,
  wordBudget,
} from '../../../shared/pro-tools';

/**
 * Person specifications as the boards' text keeps them (invented content): NHS Jobs'
 * table with Essential / Desirable columns (cells tab-separated by innerText), a marker
 * column table, heading-and-bullet lists with category lines, and inline markers; with
 * the page's other sections around them, which must not leak in.
 */

const NHS_TABLE = [
  'Band 6 Staff Nurse – Acute Medical Unit',
  'Job summary',
  'We are looking for a motivated nurse to join our busy unit. Please read the person specification.',
  'Person Specification',
  'Criteria\tEssential\tDesirable',
  'Qualifications\tRegistered Nurse with current NMC registration\tMentorship qualification',
  'Experience\tPost-registration experience in acute medicine\tExperience of leading a shift',
  'Skills\tAbility to prioritise workload; Good IT skills\t',
  'Knowledge\t\tKnowledge of NEWS2',
  'Employer details',
  'Riverside Hospitals NHS Foundation Trust is an equal opportunities employer.',
].join('\n');

const MARKER_TABLE = [
  'Person specification',
  'Attribute | Requirement | E/D',
  'Education | Degree in health informatics or equivalent experience | E',
  'Experience | Managing clinical systems projects | Essential',
  'Experience | PRINCE2 Practitioner | D',
  'Skills | Excellent written communication | E',
  'How to apply',
  'Send your CV to the recruitment team by Friday.',
].join('\n');

const BULLETS = [
  'About the role',
  'You will support the finance team with month-end close and reporting.',
  'Essential criteria:',
  'Qualifications',
  '• AAT Level 3 or equivalent',
  '• GCSE Maths and English at grade C/4 or above',
  'Experience',
  '• Experience of purchase ledger in a busy office',
  '• Confident with Excel (pivot tables, lookups)',
  'Desirable criteria:',
  '• Experience of Oracle Financials',
  '• Knowledge of public-sector finance',
  'We offer 27 days of annual leave and a generous pension, plus flexible working for everyone.',
  'Benefits',
  '• Cycle to work scheme',
].join('\n');

const NHS_STACKED = [
  'Person Specification',
  'Qualifications',
  'Essential',
  'Degree in Psychology',
  'Doctorate in Clinical Psychology (or equivalent)',
  'Desirable',
  'Post-doctoral training in CBT',
  'Experience',
  'Essential',
  'Experience of working with adults with complex needs',
  'Desirable',
  'Experience of supervising trainees',
].join('\n');

const INLINE = [
  'About you',
  '- Essential: Full UK driving licence',
  '- Two years in customer service (essential)',
  '- Welsh language skills – desirable',
  '- A friendly attitude',
].join('\n');

const ES = [
  'Requisitos imprescindibles',
  '- Grado en Enfermería',
  '- Colegiación en vigor',
  'Se valorará',
  '- Experiencia en urgencias',
  'Qué ofrecemos',
  '- Contrato indefinido',
].join('\n');

const pairs = (text: string) => detectCriteria(text).map((c) => [c.kind, c.text]);

describe('detectCriteria', () => {
  it('reads an NHS table with Essential and Desirable columns, cell by cell, with categories', () => {
    const found = detectCriteria(NHS_TABLE);
    expect(found.map((c) => [c.kind, c.text])).toEqual([
      ['essential', 'Registered Nurse with current NMC registration'],
      ['desirable', 'Mentorship qualification'],
      ['essential', 'Post-registration experience in acute medicine'],
      ['desirable', 'Experience of leading a shift'],
      ['essential', 'Ability to prioritise workload'],
      ['essential', 'Good IT skills'],
      ['desirable', 'Knowledge of NEWS2'],
    ]);
    expect(found[0]?.category).toBe('Qualifications');
    expect(found.some((c) => /equal opportunities|motivated nurse/.test(c.text))).toBe(false);
  });

  it('reads a table with a marker column (E / D / Essential)', () => {
    expect(pairs(MARKER_TABLE)).toEqual([
      ['essential', 'Degree in health informatics or equivalent experience'],
      ['essential', 'Managing clinical systems projects'],
      ['desirable', 'PRINCE2 Practitioner'],
      ['essential', 'Excellent written communication'],
    ]);
  });

  it('reads bullet lists under Essential / Desirable headings, skipping category lines and what follows', () => {
    const found = detectCriteria(BULLETS);
    expect(found.map((c) => [c.kind, c.text])).toEqual([
      ['essential', 'AAT Level 3 or equivalent'],
      ['essential', 'GCSE Maths and English at grade C/4 or above'],
      ['essential', 'Experience of purchase ledger in a busy office'],
      ['essential', 'Confident with Excel (pivot tables, lookups)'],
      ['desirable', 'Experience of Oracle Financials'],
      ['desirable', 'Knowledge of public-sector finance'],
    ]);
    expect(found[2]?.category).toBe('Experience');
  });

  it('reads stacked NHS sections (category, Essential, lines, Desirable, lines) without bullets', () => {
    expect(pairs(NHS_STACKED)).toEqual([
      ['essential', 'Degree in Psychology'],
      ['essential', 'Doctorate in Clinical Psychology (or equivalent)'],
      ['desirable', 'Post-doctoral training in CBT'],
      ['essential', 'Experience of working with adults with complex needs'],
      ['desirable', 'Experience of supervising trainees'],
    ]);
  });

  it('reads inline markers and leaves unmarked lines out', () => {
    expect(pairs(INLINE)).toEqual([
      ['essential', 'Full UK driving licence'],
      ['essential', 'Two years in customer service'],
      ['desirable', 'Welsh language skills'],
    ]);
  });

  it('reads Spanish headings and stops at the next section', () => {
    expect(pairs(ES)).toEqual([
      ['essential', 'Grado en Enfermería'],
      ['essential', 'Colegiación en vigor'],
      ['desirable', 'Experiencia en urgencias'],
    ]);
  });

  it('finds nothing in an ordinary job post, and caps and de-duplicates', () => {
    expect(
      detectCriteria('We are hiring a React developer.\nYou will build dashboards.\nApply today!'),
    ).toEqual([]);
    const many = [
      'Essential',
      ...Array.from({ length: 30 }, (_, i) => `- Criterion number ${i}`),
      '- Criterion number 1',
    ];
    const found = detectCriteria(many.join('\n'));
    expect(found).toHaveLength(20);
    expect(new Set(found.map((c) => c.text)).size).toBe(20);
  });
});

describe('word limits', () => {
  it('counts words, not spaces or punctuation', () => {
    expect(countWords('  In my role — I led  a team of 5.\n\nResult: 20% faster. ')).toBe(12);
    expect(countWords('')).toBe(0);
  });

  it('shares the limit: essential double, at least 25 each, never over the limit', () => {
    const budget = wordBudget(['essential', 'essential', 'desirable'], 500);
    expect(budget[0]).toBe(budget[1]);
    expect(budget[0]).toBeGreaterThan(budget[2] ?? 0);
    expect(Math.min(...budget)).toBeGreaterThanOrEqual(25);
    expect(budget.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(500);
    for (const limit of [100, 137, 999, 1_500]) {
      const kinds = Array.from({ length: 20 }, (_, i): CriterionKind => (i % 3 ? 'essential' : 'desirable'));
      expect(wordBudget(kinds, limit).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(limit);
    }
    expect(wordBudget([], 300)).toEqual([]);
  });
});

describe('answer formats', () => {
  it('parses interview prep lines, tolerating Markdown bold and numbered points', () => {
    const prep = parseInterviewPrep(
      [
        'Here you go:',
        '**QUESTION (technical):** How do you test a REST API?',
        '- Contract tests at Acme',
        '2. Load tests before launch',
        'QUESTION (behavioral): Tell me about a conflict.',
        '- The release dispute (S/T/A/R)',
        'GAP (Kubernetes): Say you run Docker daily and are taking a course.',
      ].join('\n'),
    );
    expect(prep.questions).toEqual([
      {
        kind: 'technical',
        question: 'How do you test a REST API?',
        points: ['Contract tests at Acme', 'Load tests before launch'],
      },
      {
        kind: 'behavioural',
        question: 'Tell me about a conflict.',
        points: ['The release dispute (S/T/A/R)'],
      },
    ]);
    expect(prep.gaps).toEqual([
      { skill: 'Kubernetes', advice: 'Say you run Docker daily and are taking a course.' },
    ]);
  });

  it('parses a statement into criterion sections', () => {
    expect(parseStatement('### Degree\nI studied.\nAnd passed.\n\n### Driving licence\nI drive.')).toEqual([
      { criterion: 'Degree', text: 'I studied.\nAnd passed.' },
      { criterion: 'Driving licence', text: 'I drive.' },
    ]);
  });
});
