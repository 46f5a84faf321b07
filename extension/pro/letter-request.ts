import type { CoverLetterRequest, LetterLanguage, LetterLength, LetterTone } from '../../shared/api';
import { LIMITS } from '../../shared/limits';
import { scoreText } from '../match';
import { chooseCvExcerpt, chooseJobExcerpt } from './excerpt';
import { type Placeholders, Redactor } from './redact';

/**
 * The exact body of a cover-letter request, built from an application and a CV: redacted,
 * then cut to the limits by choosing lines. The "What will be sent" panel shows this body
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

export interface LetterDraft {
  body: CoverLetterRequest;
  /** What each placeholder stands for; stays on this device. */
  placeholders: Placeholders;
}

export function buildLetterRequest(source: LetterSource, options: LetterOptions): LetterDraft {
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
  return {
    body: {
      cvText,
      jobText,
      jobTitle: redactor.redact(source.job.title).slice(0, LIMITS.titleChars),
      ...(company ? { company: redactor.redact(company).slice(0, LIMITS.companyChars) } : {}),
      language: options.language,
      tone: options.tone,
      length: options.length,
    },
    placeholders: redactor.placeholders,
  };
}

/**
 * The user's edits to the preview go through redaction again (they may have typed an
 * e-mail back in), keeping the placeholders already shown; then the limits are enforced.
 */
export function reRedact(
  draft: LetterDraft,
  edited: { cvText: string; jobText: string },
  ownerName: string | undefined,
): LetterDraft {
  const redactor = new Redactor(ownerName, draft.placeholders);
  return {
    body: {
      ...draft.body,
      cvText: redactor.redact(edited.cvText).slice(0, LIMITS.proCvChars),
      jobText: redactor.redact(edited.jobText).slice(0, LIMITS.proJobChars),
    },
    placeholders: redactor.placeholders,
  };
}
