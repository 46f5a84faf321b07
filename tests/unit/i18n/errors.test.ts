import { describe, expect, it } from 'vitest';
import { errorText } from '../../../extension/i18n/errors';
import { errorEn, errorEs } from '../../../extension/i18n/strings/errors';
import { makeApp } from '../../support/make-app';
import { MemoryArea } from '../../support/memory-area';
import { testRouter, uiSender } from '../../support/test-router';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('error sentences', () => {
  it('has every error code in Spanish, translated, with the same placeholders', () => {
    for (const [code, english] of Object.entries(errorEn)) {
      const spanish = errorEs[code as keyof typeof errorEs];
      expect(spanish, code).toBeTruthy();
      expect(spanish, code).not.toBe(english);
      expect(placeholders(spanish), code).toEqual(placeholders(english));
    }
  });

  it('words a refusal the background answers as a code, in the language of the page', async () => {
    const area = new MemoryArea({ 'app:a': makeApp('a', { status: 'applied' }) });
    const route = testRouter(area);
    const result = await route({ type: 'set-stages', stages: [{ id: 'saved', label: 'Saved' }] }, uiSender);
    expect(result).toEqual({ ok: false, error: { code: 'stage-in-use', params: { stage: 'applied' } } });
    if (result.ok) return;
    expect(errorText('es', result.error)).toBe(
      'Aún hay candidaturas en la etapa «applied»: muévelas antes a otra etapa.',
    );
    expect(errorText('en', result.error)).toBe(
      'Applications are still in the stage "applied": move them to another stage first.',
    );
  });

  it('fills the parameters in either language', () => {
    expect(errorText('es', { code: 'too-many-cvs', params: { max: 20 } })).toBe(
      'Puedes guardar hasta 20 versiones del CV. Elimina antes una antigua.',
    );
  });
});
