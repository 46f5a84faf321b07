import type { AppError } from '../protocol/result';
import type { Language } from './stage-labels';
import { errorEn, errorEs } from './strings/errors';

/**
 * The catalogue's lookup pieces the content script can load without the app's whole
 * dictionary: filling placeholders, wording an error code (strings/errors.ts), and the
 * browser's language.
 */

/** Fills `{name}` placeholders; an unknown one stays as it is. */
export function fill(template: string, vars: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The sentence for an error, in `lang` (the catalogue's `error.<code>`). */
export function errorText(lang: Language, error: AppError): string {
  const words = lang === 'es' ? errorEs : errorEn;
  const template = words[`error.${error.code}`] ?? words['error.storage-error'];
  return fill(template, 'params' in error ? error.params : {});
}

/** The browser's language as the app's (content scripts cannot read the stored choice). */
export function browserLanguage(language: string | undefined = globalThis.navigator?.language): Language {
  return /^es\b/i.test(language ?? '') ? 'es' : 'en';
}
