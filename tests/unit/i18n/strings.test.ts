import { describe, expect, it } from 'vitest';
import { captureWords } from '../../../extension/i18n/capture-strings';
import { en, es, resolveLanguage, translate } from '../../../extension/i18n/strings';
import { captureEn } from '../../../extension/i18n/strings/capture';
import { errorEn } from '../../../extension/i18n/strings/errors';
import { filterEn } from '../../../extension/i18n/strings/filters';
import { insightsEn } from '../../../extension/i18n/strings/insights';
import { matchEn } from '../../../extension/i18n/strings/match';
import { proEn } from '../../../extension/i18n/strings/pro';
import { toolEn } from '../../../extension/i18n/strings/pro-tools';

describe('UI strings', () => {
  it('has every English key in Spanish, translated and with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(es[key], key).toBeTruthy();
      expect(placeholders(es[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('merges each area under its own prefix, so no area hides another key', () => {
    const areas = {
      'capture.': captureEn,
      'pro.': proEn,
      'tool.': toolEn,
      'insights.': insightsEn,
      'filter.': filterEn,
      'match.': matchEn,
      'error.': errorEn,
    };
    let areaKeys = 0;
    for (const [prefix, area] of Object.entries(areas)) {
      for (const key of Object.keys(area)) expect(key.startsWith(prefix), key).toBe(true);
      areaKeys += Object.keys(area).length;
    }
    const general = Object.keys(en).filter((key) => !key.includes('.'));
    expect(general.length + areaKeys).toBe(Object.keys(en).length);
  });

  it("gives the content script the catalogue's own capture sentences", () => {
    for (const key of Object.keys(captureEn) as (keyof typeof captureEn)[]) {
      expect(captureWords('es-ES').t(key), key).toBe(translate('es', key));
      expect(captureWords('en-US').t(key), key).toBe(translate('en', key));
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
