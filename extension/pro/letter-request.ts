import type { CoverLetterRequest, LetterLanguage, LetterLength, LetterTone } from '../../shared/api';
import { LIMITS } from '../../shared/limits';
import {
  type InterviewPrepRequest,
  type StatementRequest,
  TOOL_LIMITS,
  type Tool,
  type ToolRequest,
} from '../../shared/pro-tools';
import { scoreText } from '../match';
import type { ToolOptions } from '../protocol/pro';
import { chooseCvExcerpt, chooseJobExcerpt } from './excerpt';
import { type Placeholders, Redactor } from './redact';

/**
 * The exact body of a Pro request (cover letter, interview prep, supporting statement),
 * built from an application and a CV: redacted, then cut to the limits by choosing lines. The "What will be sent" panel shows this body
 * (and lets the user edit it); the background sends what the panel shows, after the same
 * redaction runs once more over the edited text.
 */

export interface LetterOptions {
  language: LetterLanguage;
  tone: LetterTone;
  length: LetterLength;
}

export interface LetterSource {
  cvText: string;
  /** The CV owner's name: from settings, else guessed from the CV header. */
  ownerName: string | undefined;
  job: {
    title: string;
    company?: string | undefined;
    description?: string | undefined;
    skills?: readonly string[] | undefined;
  };
}

export interface Draft<B> {
  body: B;
  /** What each placeholder stands for; stays on this device. */
  placeholders: Placeholders;
}
export type LetterDraft = Draft<CoverLetterRequest>;

/** What every Pro request carries: the redacted CV and job excerpts, title and company, and the match. */
function baseRequest(source: LetterSource) {
  const redactor = new Redactor(source.ownerName);
  const description = source.job.description?.trim() || source.job.title;
  const match = scoreText(source.cvText, {
    title: source.job.title,
    description,
    skills: source.job.skills,
  });
  const evidence = match.matched.map((skill) => skill.cvLine);
  const cvText = chooseCvExcerpt(redactor.redact(source.cvText), source.cvText, evidence, LIMITS.proCvChars);
  const jobText = chooseJobExcerpt(redactor.redact(description), LIMITS.proJobChars);
  const company = source.job.company?.trim();
  const common = {
    cvText,
    jobText,
    jobTitle: redactor.redact(source.job.title).slice(0, LIMITS.titleChars),
    ...(company ? { company: redactor.redact(company).slice(0, LIMITS.companyChars) } : {}),
  };
  return { redactor, common, match };
}

export function buildLetterRequest(source: LetterSource, options: LetterOptions): LetterDraft {
  const { redactor, common } = baseRequest(source);
  return {
    body: { ...common, language: options.language, tone: options.tone, length: options.length },
    placeholders: redactor.placeholders,
  };
}

const skillList = (skills: readonly string[]) =>
  [...new Set(skills.map((skill) => skill.trim().slice(0, TOOL_LIMITS.skillChars)).filter(Boolean))].slice(
    0,
    TOOL_LIMITS.skills,
  );

/** Redacts a statement's criteria and evidence (the user types evidence; it may hold an e-mail). */
function redactCriteria(redactor: Redactor, criteria: ToolOptions['criteria']): StatementRequest['criteria'] {
  return (criteria ?? []).slice(0, TOOL_LIMITS.criteria).map((criterion) => ({
    text: redactor.redact(criterion.text).slice(0, TOOL_LIMITS.criterionChars),
    kind: criterion.kind,
    evidence: redactor.redact(criterion.evidence).slice(0, TOOL_LIMITS.evidenceChars),
  }));
}

export const DEFAULT_WORD_LIMIT = 500;

/** Interview prep: the match's matched skills are the evidence, the missing ones the gaps. */
export function buildToolRequest<T extends Tool>(
  tool: T,
  source: LetterSource,
  options: ToolOptions,
): Draft<ToolRequest[T]> {
  const { redactor, common, match } = baseRequest(source);
  const body: InterviewPrepRequest | StatementRequest =
    tool === 'prep'
      ? {
          ...common,
          language: options.language,
          matchedSkills: skillList(match.matched.map((skill) => redactor.redact(skill.skill))),
          missingSkills: skillList(match.missing.map((skill) => redactor.redact(skill.skill))),
        }
      : {
          ...common,
          language: options.language,
          criteria: redactCriteria(redactor, options.criteria),
          wordLimit: options.wordLimit ?? DEFAULT_WORD_LIMIT,
        };
  return { body: body as ToolRequest[T], placeholders: redactor.placeholders };
}

/**
 * The user's edits to the preview go through redaction again (they may have typed an
 * e-mail back in), keeping the placeholders already shown; then the limits are enforced.
 */
export function reRedact<
  B extends { cvText: string; jobText: string; criteria?: StatementRequest['criteria'] },
>(draft: Draft<B>, edited: { cvText: string; jobText: string }, ownerName: string | undefined): Draft<B> {
  const redactor = new Redactor(ownerName, draft.placeholders);
  return {
    body: {
      ...draft.body,
      cvText: redactor.redact(edited.cvText).slice(0, LIMITS.proCvChars),
      jobText: redactor.redact(edited.jobText).slice(0, LIMITS.proJobChars),
      ...(draft.body.criteria ? { criteria: redactCriteria(redactor, draft.body.criteria) } : {}),
    },
    placeholders: redactor.placeholders,
  };
}
