import type { MatchResult } from '../match';
import { type Language, translate } from './strings';

const countOf = (list: readonly { required: boolean }[], required: boolean) =>
  list.filter((item) => item.required === required).length;

/**
 * One or two sentences saying why a job scored as it did, for a tooltip, a screen reader
 * and the explanation panel, in the user's language: the skills shown of those the job
 * requires and prefers, the years asked for, and a title that names another specialty or
 * another job.
 */
export function matchSummary(result: MatchResult, language: Language): string {
  const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) =>
    translate(language, key, vars);
  if (result.noText) return t('match.noText');
  const { matched, missing } = result;
  const requiredTotal = countOf(matched, true) + countOf(missing, true);
  const preferredTotal = countOf(matched, false) + countOf(missing, false);
  const pieces: string[] = [];
  if (requiredTotal) pieces.push(t('match.required', { got: countOf(matched, true), of: requiredTotal }));
  if (preferredTotal) pieces.push(t('match.preferred', { got: countOf(matched, false), of: preferredTotal }));
  const sentences = [
    pieces.length ? t('match.shows', { pieces: pieces.join(t('match.and')) }) : t('match.noSkills'),
  ];
  if (result.years) {
    sentences.push(t('match.years', { asked: result.years.required, cv: Math.round(result.years.cv) }));
  }
  if (result.otherSpecialty) sentences.push(t('match.specialty', result.otherSpecialty));
  if (result.roleMissing) sentences.push(t('match.role', { title: result.roleMissing }));
  return sentences.join(' ');
}
