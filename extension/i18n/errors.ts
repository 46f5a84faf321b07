import type { AppError, ErrorCode } from '../protocol/result';
import type { Language } from './stage-labels';

/**
 * Every error the background or the client can answer, worded in each language. The
 * background sends codes and parameters only; pages word them in the user's language,
 * the capture toast in the browser's. Small and free of schemas so the content script
 * can load it.
 */
const EN: Record<ErrorCode, string> = {
  'invalid-message': 'JobTrack refused this request ({field} is not valid). Reload the page and try again.',
  'forbidden-sender': 'JobTrack refused a request from an unknown sender.',
  'capture-rate-limited': 'Too many captures from this tab. Try again in a minute.',
  'quota-exceeded': 'Browser storage for JobTrack is full. Export and delete old applications to make room.',
  'storage-error': 'JobTrack could not save this. Nothing was changed; please try again.',
  unavailable: 'This is not available here.',
  'page-unreadable': 'JobTrack could not read this page.',
  unreachable: 'JobTrack is not reachable. Reload the page and try again.',
  'no-answer': 'JobTrack did not answer. Reload the page and try again.',
  'application-missing': 'This application no longer exists.',
  'event-missing': 'This event no longer exists.',
  'cv-missing': 'That CV version no longer exists. Reload the page.',
  'invalid-record': 'This change would store an invalid record ({field}). Nothing was changed.',
  'stage-missing': 'There is no stage "{stage}".',
  'stage-duplicate': 'The stage "{stage}" appears twice.',
  'stage-in-use': 'Applications are still in the stage "{stage}": move them to another stage first.',
  'too-many-stages': 'There can be at most {max} stages in all.',
  'too-many-events': 'An application keeps at most {max} events.',
  'too-many-cvs': 'You can keep up to {max} CV versions. Delete an old one first.',
  'backup-not-jobtrack': 'This is not a JobTrack backup file.',
  'backup-newer': 'This backup comes from a newer version of JobTrack: update the extension, then import it.',
  'backup-invalid': 'The backup has an invalid value at {field}.',
  'backup-duplicate-id': '{field}: the id "{id}" appears twice.',
  'backup-many-defaults': 'More than one CV in the backup is marked as the default.',
  'backup-unknown-stage': '{field}: there is no stage "{stage}".',
  'undo-expired': 'This capture can no longer be undone. Change it in the tracker instead.',
  'undo-elsewhere': 'This capture can no longer be undone from here.',
  'pro-not-pro': 'Cover letters are part of JobTrack Pro. Go Pro to write one.',
  'pro-already-pro': 'This browser already has Pro.',
  'pro-rate-limited': 'That is a lot of letters in a short time. Try again later.',
  'pro-retry-in': 'That is a lot of letters in a short time. Try again in {minutes} minutes.',
  'pro-retry-soon': 'That is a lot of letters in a short time. Try again in 1 minute.',
  'pro-service-down':
    'The JobTrack service is not answering right now. Nothing was lost: try again in a few minutes.',
  'pro-offline': 'You are offline. Connect to the internet and try again; nothing was sent.',
  'pro-too-long':
    'The text to send is too long. Shorten the CV part to 3,000 and the job part to 1,500 characters.',
  'pro-no-subscription': 'There is no subscription for this browser yet.',
  'pro-interrupted':
    'The letter stopped before it was finished. The text so far is kept below; write it again to get a full one.',
  'pro-invalid-key': 'No active subscription uses that recovery key. Check it and try again.',
  'pro-no-cv': 'Add your CV first (CV tab): the letter is written from it.',
  'pro-busy': 'A letter for this application is already being written.',
  'pro-unknown': 'Something went wrong. Try again.',
  'pro-no-criteria': 'Add at least one criterion first.',
};

const ES: Record<ErrorCode, string> = {
  'invalid-message':
    'JobTrack rechazó esta petición ({field} no es válido). Recarga la página y vuelve a intentarlo.',
  'forbidden-sender': 'JobTrack rechazó una petición de un remitente desconocido.',
  'capture-rate-limited': 'Demasiadas capturas desde esta pestaña. Vuelve a intentarlo en un minuto.',
  'quota-exceeded':
    'El almacenamiento del navegador para JobTrack está lleno. Exporta y elimina candidaturas antiguas para hacer sitio.',
  'storage-error': 'JobTrack no pudo guardar esto. No se cambió nada; vuelve a intentarlo.',
  unavailable: 'Esto no está disponible aquí.',
  'page-unreadable': 'JobTrack no pudo leer esta página.',
  unreachable: 'No se puede contactar con JobTrack. Recarga la página y vuelve a intentarlo.',
  'no-answer': 'JobTrack no respondió. Recarga la página y vuelve a intentarlo.',
  'application-missing': 'Esta candidatura ya no existe.',
  'event-missing': 'Este evento ya no existe.',
  'cv-missing': 'Esa versión del CV ya no existe. Recarga la página.',
  'invalid-record': 'Este cambio guardaría un registro no válido ({field}). No se cambió nada.',
  'stage-missing': 'No existe la etapa «{stage}».',
  'stage-duplicate': 'La etapa «{stage}» aparece dos veces.',
  'stage-in-use': 'Aún hay candidaturas en la etapa «{stage}»: muévelas antes a otra etapa.',
  'too-many-stages': 'Puede haber como máximo {max} etapas en total.',
  'too-many-events': 'Una candidatura guarda como máximo {max} eventos.',
  'too-many-cvs': 'Puedes guardar hasta {max} versiones del CV. Elimina antes una antigua.',
  'backup-not-jobtrack': 'Este archivo no es una copia de JobTrack.',
  'backup-newer':
    'Esta copia es de una versión más reciente de JobTrack: actualiza la extensión y vuelve a importarla.',
  'backup-invalid': 'La copia tiene un valor no válido en {field}.',
  'backup-duplicate-id': '{field}: el identificador «{id}» aparece dos veces.',
  'backup-many-defaults': 'Más de un CV de la copia está marcado como predeterminado.',
  'backup-unknown-stage': '{field}: no existe la etapa «{stage}».',
  'undo-expired': 'Esta captura ya no se puede deshacer. Cámbiala en el seguimiento.',
  'undo-elsewhere': 'Esta captura ya no se puede deshacer desde aquí.',
  'pro-not-pro': 'Las cartas de presentación son parte de JobTrack Pro. Hazte Pro para escribir una.',
  'pro-already-pro': 'Este navegador ya tiene Pro.',
  'pro-rate-limited': 'Son muchas cartas en poco tiempo. Vuelve a intentarlo más tarde.',
  'pro-retry-in': 'Son muchas cartas en poco tiempo. Vuelve a intentarlo dentro de {minutes} minutos.',
  'pro-retry-soon': 'Son muchas cartas en poco tiempo. Vuelve a intentarlo dentro de 1 minuto.',
  'pro-service-down':
    'El servicio de JobTrack no responde ahora mismo. No se perdió nada: inténtalo de nuevo en unos minutos.',
  'pro-offline': 'No tienes conexión. Conéctate a internet y vuelve a intentarlo; no se envió nada.',
  'pro-too-long':
    'El texto que se enviaría es demasiado largo. Deja la parte del CV en 3.000 caracteres y la de la oferta en 1.500.',
  'pro-no-subscription': 'Todavía no hay ninguna suscripción para este navegador.',
  'pro-interrupted':
    'La carta se detuvo antes de terminar. Abajo queda el texto hasta ese punto; vuelve a escribirla para tenerla completa.',
  'pro-invalid-key':
    'Ninguna suscripción activa usa esa clave de recuperación. Revísala y vuelve a intentarlo.',
  'pro-no-cv': 'Añade antes tu CV (pestaña CV): la carta se escribe a partir de él.',
  'pro-busy': 'Ya se está escribiendo una carta para esta candidatura.',
  'pro-unknown': 'Algo salió mal. Vuelve a intentarlo.',
  'pro-no-criteria': 'Añade al menos un criterio primero.',
};

export const ERROR_TEXT: Readonly<Record<Language, Readonly<Record<ErrorCode, string>>>> = { en: EN, es: ES };

/** Fills `{name}` placeholders; an unknown one stays as it is. */
export function fill(template: string, vars: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The sentence for an error, in `lang`. */
export function errorText(lang: Language, error: AppError): string {
  const template = ERROR_TEXT[lang][error.code] ?? EN['storage-error'];
  return fill(template, 'params' in error ? error.params : {});
}

/** The browser's language as the app's (content scripts cannot read the stored choice). */
export function browserLanguage(language: string | undefined = globalThis.navigator?.language): Language {
  return /^es\b/i.test(language ?? '') ? 'es' : 'en';
}
