import { describe, expect, it } from 'vitest';
import { en, es, resolveLanguage, translate } from '../../../extension/i18n/strings';

describe('UI strings', () => {
  it('has every English key in Spanish, translated and with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(es[key], key).toBeTruthy();
      expect(placeholders(es[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it.each([
    ['auto', 'es-ES', 'es'],
    ['auto', 'es-419', 'es'],
    ['auto', 'en-GB', 'en'],
    ['auto', 'fr-FR', 'en'],
    ['auto', undefined, 'en'],
    ['en', 'es-ES', 'en'],
    ['es', 'en-US', 'es'],
  ] as const)('preference %s with browser %s → %s', (preference, browser, expected) => {
    expect(resolveLanguage(preference, browser)).toBe(expected);
  });

  it('fills placeholders', () => {
    expect(translate('es', 'showing', { shown: 3, total: 10 })).toBe('3 de 10 candidaturas');
    expect(translate('en', 'showing', { shown: 3 })).toBe('3 of {total} applications');
  });
});
