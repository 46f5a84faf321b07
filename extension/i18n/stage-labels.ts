import { type BuiltInStage, DEFAULT_STAGE_LABELS } from '../model/stages';

export type Language = 'en' | 'es';

/**
 * The built-in stages' labels per language: shown while the user has not renamed a stage,
 * and the toast's words. English is what settings store by default. Kept in a module of
 * its own so the content script can use it without the app's dictionaries.
 */
export const STAGE_LABELS: Record<Language, Record<BuiltInStage, string> & Record<string, string>> = {
  en: DEFAULT_STAGE_LABELS,
  es: {
    saved: 'Guardada',
    applied: 'Inscrito',
    interviewing: 'Entrevistas',
    offer: 'Oferta',
    rejected: 'Descartada',
    withdrawn: 'Retirada',
  },
};
