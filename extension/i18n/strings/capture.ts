/**
 * Capture's words: the part of the catalogue the content script loads (the toast, in the
 * browser's language: content scripts cannot read the stored choice) and the popup's
 * "Save this job" shares. Kept free of imports so the content script stays small; the
 * full catalogue (../strings.ts) takes these keys as they are.
 */
export const captureEn = {
  'capture.savedApplied': 'Saved to JobTrack as Applied',
  'capture.saved': 'Saved to JobTrack',
  'capture.moved': 'Moved to {status} in JobTrack',
  'capture.already': 'Already in JobTrack ({status})',
  'capture.removed': 'Removed from JobTrack',
  'capture.back': 'Back to {status} in JobTrack',
  'capture.saveFailed': 'JobTrack could not save this job',
  'capture.readFailed': 'JobTrack could not read this page',
  'capture.noJob': 'JobTrack could not read this job',
  'capture.noJobDetail': 'Nothing was saved. If a job is open, "Save this job" in the JobTrack menu adds it.',
  'capture.nothing': 'Nothing to capture on this page',
  'capture.undo': 'Undo',
  'capture.open': 'Open',
  'capture.incomplete': '{heading} (incomplete)',
  'capture.missing': 'Could not read: {fields}. Complete it in the tracker.',
  'capture.complete': 'Complete it',
  'capture.field.title': 'title',
  'capture.field.company': 'company',
  'capture.field.location': 'location',
  'capture.field.salary': 'salary',
  'capture.field.description': 'description',
  'capture.field.workplace': 'workplace',
  'capture.field.employmentType': 'job type',
  'capture.field.experience': 'experience',
  'capture.field.skills': 'skills',
  'capture.dismiss': 'Dismiss',
  // The popup's "Save this job"
  'capture.save': 'Save this job',
  'capture.saving': 'Saving…',
  'capture.alreadyTracked': 'Already in JobTrack',
  'capture.failed': 'Could not save this page',
  'capture.reason.bot-check': 'This page is a security check, not a job. Try again once the job is showing.',
  'capture.reason.no-job': 'No open job on this page. Open a job, then save it.',
  'capture.reason.unsupported-page': 'JobTrack reads secure (https) web pages only.',
  'capture.reason.no-access':
    'JobTrack cannot read this page (browser pages and the Web Store are off limits).',
} as const;

export const captureEs: { readonly [K in keyof typeof captureEn]: string } = {
  'capture.savedApplied': 'Guardada en JobTrack como Inscrito',
  'capture.saved': 'Guardada en JobTrack',
  'capture.moved': 'Movida a {status} en JobTrack',
  'capture.already': 'Ya está en JobTrack ({status})',
  'capture.removed': 'Quitada de JobTrack',
  'capture.back': 'De vuelta a {status} en JobTrack',
  'capture.saveFailed': 'JobTrack no pudo guardar esta oferta',
  'capture.readFailed': 'JobTrack no pudo leer esta página',
  'capture.noJob': 'JobTrack no pudo leer esta oferta',
  'capture.noJobDetail':
    'No se guardó nada. Si hay una oferta abierta, «Guardar esta oferta» en el menú de JobTrack la añade.',
  'capture.nothing': 'No hay nada que guardar en esta página',
  'capture.undo': 'Deshacer',
  'capture.open': 'Abrir',
  'capture.incomplete': '{heading} (incompleta)',
  'capture.missing': 'No se pudo leer: {fields}. Complétala en el tracker.',
  'capture.complete': 'Completar',
  'capture.field.title': 'título',
  'capture.field.company': 'empresa',
  'capture.field.location': 'ubicación',
  'capture.field.salary': 'salario',
  'capture.field.description': 'descripción',
  'capture.field.workplace': 'modalidad',
  'capture.field.employmentType': 'tipo de contrato',
  'capture.field.experience': 'experiencia',
  'capture.field.skills': 'habilidades',
  'capture.dismiss': 'Cerrar',
  'capture.save': 'Guardar esta oferta',
  'capture.saving': 'Guardando…',
  'capture.alreadyTracked': 'Ya está en JobTrack',
  'capture.failed': 'No se pudo guardar esta página',
  'capture.reason.bot-check':
    'Esta página es una comprobación de seguridad. Vuelve a intentarlo cuando se vea la oferta.',
  'capture.reason.no-job': 'No hay ninguna oferta abierta en esta página. Abre una oferta y guárdala.',
  'capture.reason.unsupported-page': 'JobTrack solo lee páginas web seguras (https).',
  'capture.reason.no-access':
    'JobTrack no puede leer esta página (las páginas del navegador y la Web Store no se pueden leer).',
};
