import type { ProFailure } from '../../shared/pro-messages';

/** Words of Pro (plan, cover letters, every failure as a sentence) in the tracker's two languages. */
const EN = {
  nav: 'Pro',
  title: 'JobTrack Pro',
  pitch:
    'Cover letters written for each application from your CV and the job — in English or Spanish, in the tone you choose. You see exactly what is sent before it leaves.',
  free: 'You are on the free plan.',
  checking: 'Checking your plan…',
  proActive: 'Pro is active.',
  renews: (date: string) => `Renews on ${date}.`,
  cancels: (date: string) => `Cancelled: Pro stays until ${date}.`,
  endedStatus: (status: string) => `Subscription status: ${status}.`,
  checkedAt: (date: string) => `Last checked ${date}.`,
  goPro: 'Go Pro',
  checkoutOpened: 'Checkout opened in a new tab. When you have paid, Pro shows here by itself.',
  manage: 'Manage subscription',
  ownerTitle: 'Your name',
  ownerHelp:
    'Replaced by [NAME] before anything is sent, in every form and part, and put back into the letter on this device.',
  ownerFromCv: (name: string) => `Found in your CV header: ${name}. Change it if it is wrong.`,
  ownerNone: 'No name found in your CV header: type it so it is removed too.',
  ownerSave: 'Save name',
  ownerSaved: 'Saved.',
  recoveryTitle: 'Recovery key',
  recoveryHelp:
    'This key links this browser to your subscription. Keep it somewhere safe: on a new computer or after reinstalling, "Restore Pro" with it.',
  recoveryShow: 'Show recovery key',
  recoveryHide: 'Hide',
  recoveryCopy: 'Copy',
  restoreTitle: 'Restore Pro',
  restoreHelp: 'Paste the recovery key from your other installation.',
  restoreLabel: 'Recovery key',
  restore: 'Restore Pro',
  restored: 'Pro restored on this browser.',
  deleteTitle: 'Delete my subscription record',
  deleteHelp:
    'Cancels the subscription at once and deletes the customer record the payment service keeps for this browser. Your tracker is not touched.',
  deleteAsk: 'Delete the subscription record?',
  deleteConfirm: 'Yes, cancel and delete',
  deleted: 'Subscription cancelled and record deleted.',
  nothingToDelete: 'There was no subscription record to delete.',
  cancel: 'Cancel',
  // Cover letter
  letterTitle: 'Cover letter',
  letterFor: (title: string) => `Cover letter for ${title}`,
  letterUpsell: 'Cover letters are part of JobTrack Pro.',
  language: 'Language',
  languages: { en: 'English', es: 'Spanish' } as Record<string, string>,
  tone: 'Tone',
  tones: {
    professional: 'Professional',
    warm: 'Warm',
    enthusiastic: 'Enthusiastic',
    direct: 'Direct',
  } as Record<string, string>,
  length: 'Length',
  lengths: { short: 'Short', medium: 'Medium', long: 'Long' } as Record<string, string>,
  prepare: 'Prepare letter',
  preparing: 'Preparing…',
  previewTitle: 'What will be sent',
  previewHelp:
    'This is the exact request. Personal details are already replaced by placeholders such as [EMAIL]; edit anything you do not want to send.',
  previewCv: 'From your CV',
  previewJob: 'From the job',
  previewOther: (title: string, company: string) =>
    `Also sent: job title "${title}"${company ? `, company "${company}"` : ''}, language, tone, length and an anonymous installation id.`,
  count: (n: number, max: number) => `${n.toLocaleString('en')} / ${max.toLocaleString('en')} characters`,
  overLimit: 'Too long: shorten it to send.',
  placeholdersTitle: 'Replaced on this device',
  json: 'The request as JSON',
  send: 'Send and write',
  writing: 'Writing…',
  stop: 'Stop',
  stillWriting: 'You can close this page: the letter keeps being written and is saved here.',
  savedLetters: 'Saved letters',
  version: (n: number, date: string) => `Version ${n} · ${date}`,
  edit: 'Letter text',
  save: 'Save changes',
  saved: 'Saved.',
  copy: 'Copy',
  copied: 'Copied.',
  downloadTxt: 'Download .txt',
  downloadDocx: 'Download .docx',
  regenerate: 'Write another version',
  deleteVersion: 'Delete version',
  failures: {
    'not-pro': 'Cover letters are part of JobTrack Pro. Go Pro to write one.',
    'already-pro': 'This browser already has Pro.',
    'rate-limited': 'That is a lot of letters in a short time. Try again later.',
    'service-down':
      'The JobTrack service is not answering right now. Nothing was lost: try again in a few minutes.',
    offline: 'You are offline. Connect to the internet and try again; nothing was sent.',
    'too-long':
      'The text to send is too long. Shorten the CV part to 3,000 and the job part to 1,500 characters.',
    'no-subscription': 'There is no subscription for this browser yet.',
    interrupted:
      'The letter stopped before it was finished. The text so far is kept below; write it again to get a full one.',
    'invalid-key': 'No active subscription uses that recovery key. Check it and try again.',
    'no-cv': 'Add your CV first (CV tab): the letter is written from it.',
    busy: 'A letter for this application is already being written.',
    unknown: 'Something went wrong. Try again.',
  } satisfies Record<ProFailure['reason'], string>,
  retryIn: (minutes: number) =>
    `That is a lot of letters in a short time. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
};

type Strings = typeof EN;

const ES: Strings = {
  nav: 'Pro',
  title: 'JobTrack Pro',
  pitch:
    'Cartas de presentación escritas para cada candidatura a partir de tu CV y la oferta, en español o inglés y con el tono que elijas. Ves exactamente lo que se envía antes de que salga.',
  free: 'Tienes el plan gratuito.',
  checking: 'Comprobando tu plan…',
  proActive: 'Pro está activo.',
  renews: (date) => `Se renueva el ${date}.`,
  cancels: (date) => `Cancelado: Pro sigue activo hasta el ${date}.`,
  endedStatus: (status) => `Estado de la suscripción: ${status}.`,
  checkedAt: (date) => `Última comprobación: ${date}.`,
  goPro: 'Hazte Pro',
  checkoutOpened: 'El pago se abrió en otra pestaña. Cuando pagues, Pro aparecerá aquí solo.',
  manage: 'Gestionar la suscripción',
  ownerTitle: 'Tu nombre',
  ownerHelp:
    'Se sustituye por [NAME] antes de enviar nada, entero y por partes, y se vuelve a poner en la carta en este dispositivo.',
  ownerFromCv: (name) => `Encontrado en la cabecera de tu CV: ${name}. Cámbialo si no es correcto.`,
  ownerNone: 'No se encontró un nombre en la cabecera de tu CV: escríbelo para que también se quite.',
  ownerSave: 'Guardar nombre',
  ownerSaved: 'Guardado.',
  recoveryTitle: 'Clave de recuperación',
  recoveryHelp:
    'Esta clave une este navegador a tu suscripción. Guárdala en un lugar seguro: en otro ordenador o tras reinstalar, usa «Restaurar Pro» con ella.',
  recoveryShow: 'Mostrar la clave de recuperación',
  recoveryHide: 'Ocultar',
  recoveryCopy: 'Copiar',
  restoreTitle: 'Restaurar Pro',
  restoreHelp: 'Pega la clave de recuperación de tu otra instalación.',
  restoreLabel: 'Clave de recuperación',
  restore: 'Restaurar Pro',
  restored: 'Pro restaurado en este navegador.',
  deleteTitle: 'Eliminar el registro de mi suscripción',
  deleteHelp:
    'Cancela la suscripción al momento y elimina el registro de cliente que el servicio de pago guarda de este navegador. Tu seguimiento no se toca.',
  deleteAsk: '¿Eliminar el registro de la suscripción?',
  deleteConfirm: 'Sí, cancelar y eliminar',
  deleted: 'Suscripción cancelada y registro eliminado.',
  nothingToDelete: 'No había ningún registro de suscripción que eliminar.',
  cancel: 'Cancelar',
  letterTitle: 'Carta de presentación',
  letterFor: (title) => `Carta de presentación para ${title}`,
  letterUpsell: 'Las cartas de presentación son parte de JobTrack Pro.',
  language: 'Idioma',
  languages: { en: 'Inglés', es: 'Español' },
  tone: 'Tono',
  tones: { professional: 'Profesional', warm: 'Cercano', enthusiastic: 'Entusiasta', direct: 'Directo' },
  length: 'Extensión',
  lengths: { short: 'Corta', medium: 'Media', long: 'Larga' },
  prepare: 'Preparar la carta',
  preparing: 'Preparando…',
  previewTitle: 'Qué se enviará',
  previewHelp:
    'Esta es la petición exacta. Los datos personales ya están sustituidos por marcadores como [EMAIL]; edita lo que no quieras enviar.',
  previewCv: 'De tu CV',
  previewJob: 'De la oferta',
  previewOther: (title, company) =>
    `También se envía: el puesto «${title}»${company ? `, la empresa «${company}»` : ''}, el idioma, el tono, la extensión y un identificador anónimo de instalación.`,
  count: (n, max) => `${n.toLocaleString('es')} / ${max.toLocaleString('es')} caracteres`,
  overLimit: 'Demasiado largo: acórtalo para enviarlo.',
  placeholdersTitle: 'Sustituido en este dispositivo',
  json: 'La petición en JSON',
  send: 'Enviar y escribir',
  writing: 'Escribiendo…',
  stop: 'Detener',
  stillWriting: 'Puedes cerrar esta página: la carta se sigue escribiendo y se guarda aquí.',
  savedLetters: 'Cartas guardadas',
  version: (n, date) => `Versión ${n} · ${date}`,
  edit: 'Texto de la carta',
  save: 'Guardar cambios',
  saved: 'Guardado.',
  copy: 'Copiar',
  copied: 'Copiado.',
  downloadTxt: 'Descargar .txt',
  downloadDocx: 'Descargar .docx',
  regenerate: 'Escribir otra versión',
  deleteVersion: 'Eliminar versión',
  failures: {
    'not-pro': 'Las cartas de presentación son parte de JobTrack Pro. Hazte Pro para escribir una.',
    'already-pro': 'Este navegador ya tiene Pro.',
    'rate-limited': 'Son muchas cartas en poco tiempo. Vuelve a intentarlo más tarde.',
    'service-down':
      'El servicio de JobTrack no responde ahora mismo. No se perdió nada: inténtalo de nuevo en unos minutos.',
    offline: 'No tienes conexión. Conéctate a internet y vuelve a intentarlo; no se envió nada.',
    'too-long':
      'El texto que se enviaría es demasiado largo. Deja la parte del CV en 3.000 caracteres y la de la oferta en 1.500.',
    'no-subscription': 'Todavía no hay ninguna suscripción para este navegador.',
    interrupted:
      'La carta se detuvo antes de terminar. Abajo queda el texto hasta ese punto; vuelve a escribirla para tenerla completa.',
    'invalid-key':
      'Ninguna suscripción activa usa esa clave de recuperación. Revísala y vuelve a intentarlo.',
    'no-cv': 'Añade antes tu CV (pestaña CV): la carta se escribe a partir de él.',
    busy: 'Ya se está escribiendo una carta para esta candidatura.',
    unknown: 'Algo salió mal. Vuelve a intentarlo.',
  },
  retryIn: (minutes) =>
    `Son muchas cartas en poco tiempo. Vuelve a intentarlo dentro de ${minutes} minuto${minutes === 1 ? '' : 's'}.`,
};

export function proStrings(lang: string): Strings {
  return lang === 'es' ? ES : EN;
}

/** A failure as the sentence the user reads. */
export function failureSentence(strings: Strings, failure: ProFailure): string {
  if (failure.reason === 'rate-limited' && failure.retryAfterSeconds) {
    return strings.retryIn(Math.max(1, Math.ceil(failure.retryAfterSeconds / 60)));
  }
  return strings.failures[failure.reason];
}
