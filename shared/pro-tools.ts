import { z } from 'zod';
import { LetterLanguage } from './api.js';
import { LIMITS } from './limits.js';

/**
 * The Pro tools beyond the cover letter — interview prep and the supporting-statement
 * builder — as the backend accepts them and the extension builds them: request schemas
 * with a cap on every input, and the plain-text formats the answers stream in (parsed on
 * the device). Answers stream with the cover letter's SSE events (`delta`, `done`, `error`).
 */

/** Caps beyond the CV (3,000) and job (1,500) excerpts shared with the letter. */
export const TOOL_LIMITS = {
  /** Matched or missing skills sent with an interview-prep request. */
  skills: 30,
  skillChars: 80,
  /** Criteria in one supporting statement. */
  criteria: 20,
  criterionChars: 300,
  /** The user's own evidence for one criterion. */
  evidenceChars: 600,
  /** A statement's word limit, as the user sets it. */
  minWords: 100,
  maxWords: 1_500,
  /** A saved prep or statement, and one practice note. */
  savedChars: 30_000,
  noteChars: 2_000,
} as const;

export const TOOLS = ['prep', 'statement'] as const;
export const Tool = z.enum(TOOLS);
export type Tool = z.infer<typeof Tool>;

const Text = (max: number) => z.string().trim().min(1).max(max);
const Skill = Text(TOOL_LIMITS.skillChars);

const Common = {
  cvText: Text(LIMITS.proCvChars),
  jobText: Text(LIMITS.proJobChars),
  jobTitle: Text(LIMITS.titleChars),
  company: z.string().trim().max(LIMITS.companyChars).optional(),
  language: LetterLanguage,
};

/** `POST /v1/interview-prep`: the match's matched skills are the evidence, missing ones the gaps. */
export const InterviewPrepRequest = z
  .object({
    ...Common,
    matchedSkills: z.array(Skill).max(TOOL_LIMITS.skills).default([]),
    missingSkills: z.array(Skill).max(TOOL_LIMITS.skills).default([]),
  })
  .strict();
export type InterviewPrepRequest = z.infer<typeof InterviewPrepRequest>;

export const CRITERION_KINDS = ['essential', 'desirable'] as const;
export const CriterionKind = z.enum(CRITERION_KINDS);
export type CriterionKind = z.infer<typeof CriterionKind>;

export const StatementCriterion = z
  .object({
    text: Text(TOOL_LIMITS.criterionChars),
    kind: CriterionKind,
    evidence: z.string().trim().max(TOOL_LIMITS.evidenceChars).default(''),
  })
  .strict();
export type StatementCriterion = z.infer<typeof StatementCriterion>;

/** `POST /v1/supporting-statement`: criterion by criterion, within the user's word limit. */
export const StatementRequest = z
  .object({
    ...Common,
    criteria: z.array(StatementCriterion).min(1).max(TOOL_LIMITS.criteria),
    wordLimit: z.number().int().min(TOOL_LIMITS.minWords).max(TOOL_LIMITS.maxWords),
  })
  .strict();
export type StatementRequest = z.infer<typeof StatementRequest>;

export const TOOL_REQUESTS = { prep: InterviewPrepRequest, statement: StatementRequest } as const;
export type ToolRequest = { prep: InterviewPrepRequest; statement: StatementRequest };
export const TOOL_PATHS: Record<Tool, string> = {
  prep: '/v1/interview-prep',
  statement: '/v1/supporting-statement',
};

/* ---------- Words ---------- */

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * Each criterion's share of the word limit: essential criteria count double (they are
 * what shortlisting scores), every criterion gets at least 25 words, and the shares never
 * add up to more than the limit (rounding down; a limit too small for 25 each is split evenly).
 */
export function wordBudget(kinds: readonly CriterionKind[], limit: number): number[] {
  if (kinds.length === 0) return [];
  const floor = 25;
  if (floor * kinds.length > limit) return kinds.map(() => Math.floor(limit / kinds.length));
  const weights = kinds.map((kind) => (kind === 'essential' ? 2 : 1));
  const total = weights.reduce((sum, w) => sum + w, 0);
  const spare = limit - floor * kinds.length;
  return weights.map((w) => floor + Math.floor((spare * w) / total));
}

/** Tokens to allow for a statement of `words` words plus headings (about 1.4 tokens a word, ES more). */
export function statementMaxTokens(words: number, criteria: number): number {
  return Math.ceil(words * 2 + criteria * 40 + 100);
}

/* ---------- Answer formats ---------- */

/**
 * Interview prep answers in lines, whatever the language of their content:
 *   QUESTION (technical|behavioural|company): <question>
 *   - <suggested answer point, from the CV evidence>
 *   GAP (<skill>): <how to address it>
 * Anything else (a stray sentence) is ignored by the parser.
 */
export const QUESTION_KINDS = ['technical', 'behavioural', 'company'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export interface PrepQuestion {
  kind: QuestionKind;
  question: string;
  points: string[];
}
export interface PrepGap {
  skill: string;
  advice: string;
}
export interface InterviewPrep {
  questions: PrepQuestion[];
  gaps: PrepGap[];
}

const QUESTION_LINE = /^\s*(?:\*\*)?QUESTION\s*\(\s*([a-z]+)\s*\)\s*:\s*(?:\*\*)?\s*(.+)$/i;
const GAP_LINE = /^\s*(?:\*\*)?GAP\s*\(\s*([^)]+?)\s*\)\s*:\s*(?:\*\*)?\s*(.+)$/i;
const POINT_LINE = /^\s*(?:[-*•]|\d+[.)])\s+(.+)$/;

export function parseInterviewPrep(text: string): InterviewPrep {
  const prep: InterviewPrep = { questions: [], gaps: [] };
  let current: PrepQuestion | undefined;
  for (const line of text.split('\n')) {
    const question = QUESTION_LINE.exec(line);
    if (question) {
      const raw = (question[1] ?? '').toLowerCase();
      const kind: QuestionKind = raw.startsWith('behav')
        ? 'behavioural'
        : raw.startsWith('tech')
          ? 'technical'
          : 'company';
      current = { kind, question: (question[2] ?? '').trim(), points: [] };
      prep.questions.push(current);
      continue;
    }
    const gap = GAP_LINE.exec(line);
    if (gap) {
      current = undefined;
      prep.gaps.push({ skill: (gap[1] ?? '').trim(), advice: (gap[2] ?? '').trim() });
      continue;
    }
    const point = POINT_LINE.exec(line);
    if (point && current) current.points.push((point[1] ?? '').trim());
  }
  return prep;
}

/**
 * A supporting statement answers in sections, one per criterion in the order sent:
 *   ### <criterion>
 *   <STAR paragraph(s)>
 */
export interface StatementSection {
  criterion: string;
  text: string;
}

export function parseStatement(text: string): StatementSection[] {
  const sections: StatementSection[] = [];
  for (const line of text.split('\n')) {
    const heading = /^\s*#{2,4}\s+(.+?)\s*$/.exec(line);
    if (heading) sections.push({ criterion: heading[1] ?? '', text: '' });
    else if (sections.length) {
      const last = sections[sections.length - 1] as StatementSection;
      last.text = last.text ? `${last.text}\n${line}` : line;
    }
  }
  return sections.map((s) => ({ ...s, text: s.text.trim() }));
}
