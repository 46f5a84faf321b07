import type { BuiltInStage } from '../../shared/application';

export type Language = 'en' | 'es';

/**
 * The built-in stages' labels per language: the
 * labels shown while the user has not renamed a stage, and the toast's words. Kept in a
 * module of its own so the content script can use it without the app's dictionaries.
 */
export const STAGE_LABELS: Record<Language, Record<BuiltInStage, string> & Record<string, string>> = {
  en: {
    saved: 'Saved',
    applied: 'Applied',
    interviewing: 'Interviewing',
    offer: 'Offer',
    rejected: 'Rejected',
    withdrawn: 'Withdrawn',
  },
  es: {
    saved: 'Guardada',
    applied: 'Inscrito',
    interviewing: 'Entrevistas',
    offer: 'Oferta',
    rejected: 'Descartada',
    withdrawn: 'Retirada',
  },
};
