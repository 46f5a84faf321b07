import type { ErrorCode } from '../../protocol/result';

/**
 * Every error the background or the client can answer, worded by its code (`error.<code>`).
 * The background sends codes and parameters only; pages word them in the user's language,
 * the capture toast in the browser's. Small and free of schemas so the content script can
 * load it (through ../errors.ts).
 */
type ErrorWords = { readonly [C in ErrorCode as `error.${C}`]: string };

export const errorEn = {
  'error.invalid-message':
    'JobTrack refused this request ({field} is not valid). Reload the page and try again.',
  'error.forbidden-sender': 'JobTrack refused a request from an unknown sender.',
  'error.capture-rate-limited': 'Too many captures from this tab. Try again in a minute.',
  'error.quota-exceeded':
    'Browser storage for JobTrack is full. Export and delete old applications to make room.',
  'error.storage-error': 'JobTrack could not save this. Nothing was changed; please try again.',
  'error.unavailable': 'This is not available here.',
  'error.page-unreadable': 'JobTrack could not read this page.',
  'error.unreachable': 'JobTrack is not reachable. Reload the page and try again.',
  'error.no-answer': 'JobTrack did not answer. Reload the page and try again.',
  'error.application-missing': 'This application no longer exists.',
  'error.event-missing': 'This event no longer exists.',
  'error.cv-missing': 'That CV version no longer exists. Reload the page.',
  'error.invalid-record': 'This change would store an invalid record ({field}). Nothing was changed.',
  'error.stage-missing': 'There is no stage "{stage}".',
  'error.stage-duplicate': 'The stage "{stage}" appears twice.',
  'error.stage-in-use': 'Applications are still in the stage "{stage}": move them to another stage first.',
  'error.too-many-stages': 'There can be at most {max} stages in all.',
  'error.too-many-events': 'An application keeps at most {max} events.',
  'error.too-many-cvs': 'You can keep up to {max} CV versions. Delete an old one first.',
  'error.backup-not-jobtrack': 'This is not a JobTrack backup file.',
  'error.backup-newer':
    'This backup comes from a newer version of JobTrack: update the extension, then import it.',
  'error.backup-invalid': 'The backup has an invalid value at {field}.',
  'error.backup-duplicate-id': '{field}: the id "{id}" appears twice.',
  'error.backup-many-defaults': 'More than one CV in the backup is marked as the default.',
  'error.backup-unknown-stage': '{field}: there is no stage "{stage}".',
  'error.undo-expired': 'This capture can no longer be undone. Change it in the tracker instead.',
  'error.undo-elsewhere': 'This capture can no longer be undone from here.',
  'error.pro-not-pro': 'Cover letters are part of JobTrack Pro. Go Pro to write one.',
  'error.pro-already-pro': 'This browser already has Pro.',
  'error.pro-rate-limited': 'That is a lot of letters in a short time. Try again later.',
  'error.pro-retry-in': 'That is a lot of letters in a short time. Try again in {minutes} minutes.',
  'error.pro-retry-soon': 'That is a lot of letters in a short time. Try again in 1 minute.',
  'error.pro-service-down':
    'The JobTrack service is not answering right now. Nothing was lost: try again in a few minutes.',
  'error.pro-offline': 'You are offline. Connect to the internet and try again; nothing was sent.',
  'error.pro-too-long':
    'The text to send is too long. Shorten the CV part to 3,000 and the job part to 1,500 characters.',
  'error.pro-no-subscription': 'There is no subscription for this browser yet.',
  'error.pro-interrupted':
    'The letter stopped before it was finished. The text so far is kept below; write it again to get a full one.',
  'error.pro-invalid-key': 'No active subscription uses that recovery key. Check it and try again.',
  'error.pro-no-cv': 'Add your CV first (CV tab): the letter is written from it.',
  'error.pro-busy': 'A letter for this application is already being written.',
  'error.pro-unknown': 'Something went wrong. Try again.',
  'error.pro-no-criteria': 'Add at least one criterion first.',
} as const satisfies ErrorWords;

export const errorEs: ErrorWords = {
  'error.invalid-message':
    'JobTrack rechazó esta petición ({field} no es válido). Recarga la página y vuelve a intentarlo.',
  'error.forbidden-sender': 'JobTrack rechazó una petición de un remitente desconocido.',
  'error.capture-rate-limited': 'Demasiadas capturas desde esta pestaña. Vuelve a intentarlo en un minuto.',
  'error.quota-exceeded':
    'El almacenamiento del navegador para JobTrack está lleno. Exporta y elimina candidaturas antiguas para hacer sitio.',
  'error.storage-error': 'JobTrack no pudo guardar esto. No se cambió nada; vuelve a intentarlo.',
  'error.unavailable': 'Esto no está disponible aquí.',
  'error.page-unreadable': 'JobTrack no pudo leer esta página.',
  'error.unreachable': 'No se puede contactar con JobTrack. Recarga la página y vuelve a intentarlo.',
  'error.no-answer': 'JobTrack no respondió. Recarga la página y vuelve a intentarlo.',
  'error.application-missing': 'Esta candidatura ya no existe.',
  'error.event-missing': 'Este evento ya no existe.',
  'error.cv-missing': 'Esa versión del CV ya no existe. Recarga la página.',
  'error.invalid-record': 'Este cambio guardaría un registro no válido ({field}). No se cambió nada.',
  'error.stage-missing': 'No existe la etapa «{stage}».',
  'error.stage-duplicate': 'La etapa «{stage}» aparece dos veces.',
  'error.stage-in-use': 'Aún hay candidaturas en la etapa «{stage}»: muévelas antes a otra etapa.',
  'error.too-many-stages': 'Puede haber como máximo {max} etapas en total.',
  'error.too-many-events': 'Una candidatura guarda como máximo {max} eventos.',
  'error.too-many-cvs': 'Puedes guardar hasta {max} versiones del CV. Elimina antes una antigua.',
  'error.backup-not-jobtrack': 'Este archivo no es una copia de JobTrack.',
  'error.backup-newer':
    'Esta copia es de una versión más reciente de JobTrack: actualiza la extensión y vuelve a importarla.',
  'error.backup-invalid': 'La copia tiene un valor no válido en {field}.',
  'error.backup-duplicate-id': '{field}: el identificador «{id}» aparece dos veces.',
  'error.backup-many-defaults': 'Más de un CV de la copia está marcado como predeterminado.',
  'error.backup-unknown-stage': '{field}: no existe la etapa «{stage}».',
  'error.undo-expired': 'Esta captura ya no se puede deshacer. Cámbiala en el seguimiento.',
  'error.undo-elsewhere': 'Esta captura ya no se puede deshacer desde aquí.',
  'error.pro-not-pro': 'Las cartas de presentación son parte de JobTrack Pro. Hazte Pro para escribir una.',
  'error.pro-already-pro': 'Este navegador ya tiene Pro.',
  'error.pro-rate-limited': 'Son muchas cartas en poco tiempo. Vuelve a intentarlo más tarde.',
  'error.pro-retry-in': 'Son muchas cartas en poco tiempo. Vuelve a intentarlo dentro de {minutes} minutos.',
  'error.pro-retry-soon': 'Son muchas cartas en poco tiempo. Vuelve a intentarlo dentro de 1 minuto.',
  'error.pro-service-down':
    'El servicio de JobTrack no responde ahora mismo. No se perdió nada: inténtalo de nuevo en unos minutos.',
  'error.pro-offline': 'No tienes conexión. Conéctate a internet y vuelve a intentarlo; no se envió nada.',
  'error.pro-too-long':
    'El texto que se enviaría es demasiado largo. Deja la parte del CV en 3.000 caracteres y la de la oferta en 1.500.',
  'error.pro-no-subscription': 'Todavía no hay ninguna suscripción para este navegador.',
  'error.pro-interrupted':
    'La carta se detuvo antes de terminar. Abajo queda el texto hasta ese punto; vuelve a escribirla para tenerla completa.',
  'error.pro-invalid-key':
    'Ninguna suscripción activa usa esa clave de recuperación. Revísala y vuelve a intentarlo.',
  'error.pro-no-cv': 'Añade antes tu CV (pestaña CV): la carta se escribe a partir de él.',
  'error.pro-busy': 'Ya se está escribiendo una carta para esta candidatura.',
  'error.pro-unknown': 'Algo salió mal. Vuelve a intentarlo.',
  'error.pro-no-criteria': 'Añade al menos un criterio primero.',
};
