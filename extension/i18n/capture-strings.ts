import type { ListingField } from '../model/application';
import type { NothingReason } from '../protocol/capture';
import { browserLanguage } from './errors';
import { type Language, STAGE_LABELS } from './stage-labels';

/**
 * Capture's words: the part of the catalogue the content script loads (the toast, in the
 * browser's language: content scripts cannot read the stored choice) and the popup's
 * "Save this job" shares (in the user's language). English and Spanish, like the app.
 */
const EN = {
  lang: 'en' as Language,
  savedApplied: 'Saved to JobTrack as Applied',
  saved: 'Saved to JobTrack',
  moved: (status: string) => `Moved to ${status} in JobTrack`,
  already: (status: string) => `Already in JobTrack (${status})`,
  removed: 'Removed from JobTrack',
  back: (status: string) => `Back to ${status} in JobTrack`,
  saveFailed: 'JobTrack could not save this job',
  readFailed: 'JobTrack could not read this page',
  noJob: 'JobTrack could not read this job',
  noJobDetail: 'Nothing was saved. If a job is open, "Save this job" in the JobTrack menu adds it.',
  nothing: 'Nothing to capture on this page',
  undo: 'Undo',
  open: 'Open',
  incomplete: (heading: string) => `${heading} (incomplete)`,
  missing: (fields: string) => `Could not read: ${fields}. Complete it in the tracker.`,
  complete: 'Complete it',
  fields: {
    title: 'title',
    company: 'company',
    location: 'location',
    salary: 'salary',
    description: 'description',
    workplace: 'workplace',
    employmentType: 'job type',
    experience: 'experience',
    skills: 'skills',
  } satisfies Record<ListingField, string>,
  dismiss: 'Dismiss',
  // The popup's "Save this job"
  save: 'Save this job',
  saving: 'Saving…',
  alreadyTracked: 'Already in JobTrack',
  failed: 'Could not save this page',
  status: STAGE_LABELS.en as Record<string, string>,
  reasons: {
    'bot-check': 'This page is a security check, not a job. Try again once the job is showing.',
    'no-job': 'No open job on this page. Open a job, then save it.',
    'unsupported-page': 'JobTrack reads secure (https) web pages only.',
    'no-access': 'JobTrack cannot read this page (browser pages and the Web Store are off limits).',
  } satisfies Record<NothingReason, string>,
};

export type ToastStrings = typeof EN;

const ES: ToastStrings = {
  lang: 'es',
  savedApplied: 'Guardada en JobTrack como Inscrito',
  saved: 'Guardada en JobTrack',
  moved: (status) => `Movida a ${status} en JobTrack`,
  already: (status) => `Ya está en JobTrack (${status})`,
  removed: 'Quitada de JobTrack',
  back: (status) => `De vuelta a ${status} en JobTrack`,
  saveFailed: 'JobTrack no pudo guardar esta oferta',
  readFailed: 'JobTrack no pudo leer esta página',
  noJob: 'JobTrack no pudo leer esta oferta',
  noJobDetail:
    'No se guardó nada. Si hay una oferta abierta, «Guardar esta oferta» en el menú de JobTrack la añade.',
  nothing: 'No hay nada que guardar en esta página',
  undo: 'Deshacer',
  open: 'Abrir',
  incomplete: (heading) => `${heading} (incompleta)`,
  missing: (fields) => `No se pudo leer: ${fields}. Complétala en el tracker.`,
  complete: 'Completar',
  fields: {
    title: 'título',
    company: 'empresa',
    location: 'ubicación',
    salary: 'salario',
    description: 'descripción',
    workplace: 'modalidad',
    employmentType: 'tipo de contrato',
    experience: 'experiencia',
    skills: 'habilidades',
  },
  dismiss: 'Cerrar',
  save: 'Guardar esta oferta',
  saving: 'Guardando…',
  alreadyTracked: 'Ya está en JobTrack',
  failed: 'No se pudo guardar esta página',
  status: STAGE_LABELS.es,
  reasons: {
    'bot-check': 'Esta página es una comprobación de seguridad. Vuelve a intentarlo cuando se vea la oferta.',
    'no-job': 'No hay ninguna oferta abierta en esta página. Abre una oferta y guárdala.',
    'unsupported-page': 'JobTrack solo lee páginas web seguras (https).',
    'no-access':
      'JobTrack no puede leer esta página (las páginas del navegador y la Web Store no se pueden leer).',
  },
};

/** The words for a language tag (the browser's by default), or for the app's language. */
export function toastStrings(language?: string): ToastStrings {
  return browserLanguage(language) === 'es' ? ES : EN;
}
