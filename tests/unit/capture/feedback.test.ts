import { describe, expect, it } from 'vitest';
import { captureToast } from '../../../extension/capture/feedback';
import { captureWords } from '../../../extension/i18n/capture-strings';
import type { ListingDraft } from '../../../extension/model/application';

const draft: ListingDraft = {
  board: 'infojobs',
  url: 'https://www.infojobs.net/madrid/x/of-i3f2a1b0c9d8e47f6a5b4c3d2e1f0a9b8',
  title: 'Desarrollador/a Backend Java',
  company: 'Grupo Meridiano Software',
  source: 'board',
};

describe('the toast words', () => {
  it('follow the browser language: Spanish for es-*, English otherwise', () => {
    expect(captureWords('es-ES').t('capture.savedApplied')).toBe('Guardada en JobTrack como Inscrito');
    expect(captureWords('en-GB').t('capture.savedApplied')).toBe('Saved to JobTrack as Applied');
    expect(captureWords('fr-FR').t('capture.saved')).toBe('Saved to JobTrack');
  });

  it.each([
    [
      'en-US',
      { ok: true, value: { id: 'a', created: true, status: 'applied', undoToken: 't' } },
      'Saved to JobTrack as Applied',
      ['Undo', 'Open'],
    ],
    [
      'es-ES',
      {
        ok: true,
        value: { id: 'a', created: false, status: 'applied', previousStatus: 'saved', undoToken: 't' },
      },
      'Movida a Inscrito en JobTrack',
      ['Deshacer', 'Abrir'],
    ],
    [
      'en-US',
      { ok: true, value: { id: 'a', created: false, status: 'applied' } },
      'Already in JobTrack (Applied)',
      ['Open'],
    ],
    ['en-US', { ok: false, error: { code: 'quota-exceeded' } }, 'JobTrack could not save this job', []],
  ] as const)('%s %j → %s', (lang, result, heading, actions) => {
    const toast = captureToast(result as never, draft, 'apply', captureWords(lang));
    expect(toast.heading).toBe(heading);
    expect((toast.actions ?? []).map((action) => action.label)).toEqual(actions);
    if (result.ok) expect(toast.detail).toBe('Desarrollador/a Backend Java · Grupo Meridiano Software');
  });

  it('words a refused capture in the browser language, from the error code', () => {
    const failed = { ok: false, error: { code: 'quota-exceeded' } } as const;
    const es = captureToast(failed, draft, 'apply', captureWords('es-ES'));
    expect(es.heading).toBe('JobTrack no pudo guardar esta oferta');
    expect(es.detail).toMatch(/almacenamiento del navegador para JobTrack está lleno/);
    const en = captureToast(failed, draft, 'apply', captureWords('en-US'));
    expect(en.detail).toMatch(/Browser storage for JobTrack is full/);
  });
});

describe('the toast after an incomplete capture', () => {
  it('says what is missing and offers to complete it in the tracker', () => {
    const incomplete: ListingDraft = { ...draft, company: undefined, incomplete: ['company', 'description'] };
    const toast = captureToast(
      { ok: true, value: { id: 'a', created: true, status: 'applied', undoToken: 't' } },
      incomplete,
      'apply',
      captureWords('es-ES'),
    );
    expect(toast.heading).toBe('Guardada en JobTrack como Inscrito (incompleta)');
    expect(toast.detail).toContain('No se pudo leer: empresa, descripción');
    expect((toast.actions ?? []).map((action) => action.label)).toEqual(['Deshacer', 'Completar']);
  });
});
