import { LIMITS } from '../../shared/limits';
import { TOOL_LIMITS } from '../../shared/pro-tools';
import type { Language } from '../i18n/stage-labels';

/**
 * The privacy policy, in English and Spanish: shipped as the extension's privacy-policy.html
 * and written out as a static page for the store listings' policy URL
 * (extension/store-listing/build-listing.ts). Every sentence describes what the code does;
 * change it together with the code it describes.
 */

export interface PolicySection {
  heading: string;
  paragraphs: string[];
}

export interface PolicyContext {
  /** The address for privacy questions, set at build time (WXT_CONTACT_EMAIL). */
  contactEmail: string;
  /** The only origin the extension may call (WXT_BACKEND_URL). */
  backendOrigin: string;
}

/**
 * The Pro paragraphs in one place: what the repository's Pro code sends and keeps — the
 * cover letter, interview prep and the supporting statement (extension/pro/letter-request.ts,
 * shared/api.ts, shared/pro-tools.ts). Update this (and only this) when Pro changes.
 */
const count = (lang: Language, n: number) => new Intl.NumberFormat(lang, { useGrouping: 'always' }).format(n);
const PRO_SECTION: Record<Language, (c: PolicyContext) => PolicySection> = {
  en: (c) => ({
    heading: 'JobTrack Pro (cover letters, interview prep, supporting statements)',
    paragraphs: [
      `Nothing is sent to our server (${c.backendOrigin}, the only address the extension may call) unless you ask for a Pro action, with one exception for subscribers: while you are Pro, the extension checks the subscription, sending only the anonymous installation id, when Pro features open and about once a day.`,
      'Before a cover letter is requested, “What will be sent” shows you the exact request, and you can edit it. Email addresses, phone numbers, street addresses and postcodes, links (web, LinkedIn, GitHub, portfolio), ID numbers (DNI/NIE, National Insurance, SSN), a date of birth and your name are replaced by placeholders such as [EMAIL] on your device; the letter gets them back on your device. The replacement works by patterns, so check the preview.',
      `A Pro text request (a cover letter, interview prep or a supporting statement) carries at most ${count('en', LIMITS.proCvChars)} characters of your CV text and ${count('en', LIMITS.proJobChars)} of the job text, with email addresses, phone numbers, addresses, links, ID numbers, a date of birth and your name replaced by placeholders before it leaves (you see and can edit the exact request first); the job title, the company, the language, and the anonymous installation id (a random number made when JobTrack was installed). A letter adds its tone and length; interview prep adds the skills the match found and missed (at most ${TOOL_LIMITS.skills} of each); a supporting statement adds the criteria you keep (at most ${TOOL_LIMITS.criteria}, ${count('en', TOOL_LIMITS.criterionChars)} characters each), the evidence you write for each (at most ${count('en', TOOL_LIMITS.evidenceChars)} characters, redacted the same way) and your word limit. Our server checks your subscription with Stripe, passes the texts to Anthropic (Claude) to write the answer, streams it back, and keeps nothing: no database, no files, and its log has one line per request (method, path, status, time) without the request body. The answers are saved only in your browser, with the application.`,
      'Subscribing opens Stripe Checkout. Stripe keeps the customer record and the subscription, tagged with your installation id, and the payment details and email address you type into Checkout, under Stripe’s own privacy policy. Anthropic processes the texts of a request under its commercial terms, which do not allow training on them. Vercel runs our server and keeps its platform request logs (including IP addresses) for a limited time.',
      `To delete the server side: Full tracker → Pro → “Delete my subscription record” cancels the subscription and deletes the Stripe customer for your installation id (if you uninstall while Pro, the page that opens offers the same); or write to ${c.contactEmail} and we will do it.`,
    ],
  }),
  es: (c) => ({
    heading: 'JobTrack Pro (cartas, preparación de entrevistas, declaraciones de idoneidad)',
    paragraphs: [
      `No se envía nada a nuestro servidor (${c.backendOrigin}, la única dirección a la que puede llamar la extensión) salvo que pidas una acción Pro, con una excepción para suscriptores: mientras seas Pro, la extensión comprueba la suscripción, enviando solo el identificador anónimo de instalación, al abrir las funciones Pro y una vez al día.`,
      'Antes de pedir una carta, «Qué se enviará» te muestra la petición exacta y puedes editarla. Los correos, teléfonos, direcciones y códigos postales, enlaces (web, LinkedIn, GitHub, portafolio), números de identidad (DNI/NIE, National Insurance, SSN), la fecha de nacimiento y tu nombre se sustituyen en tu dispositivo por marcadores como [EMAIL]; la carta los recupera en tu dispositivo. La sustitución se hace por patrones: revisa la vista previa.',
      `Una petición de texto Pro (carta de presentación, preparación de entrevista o declaración de idoneidad) lleva como máximo ${count('es', LIMITS.proCvChars)} caracteres del texto de tu CV y ${count('es', LIMITS.proJobChars)} del texto de la oferta, con los correos, teléfonos, direcciones, enlaces, números de identidad, la fecha de nacimiento y tu nombre sustituidos por marcadores antes de salir (ves y puedes editar la petición exacta antes); el puesto, la empresa, el idioma y el identificador anónimo de instalación (un número aleatorio creado al instalar JobTrack). Una carta añade su tono y longitud; la preparación de entrevista añade las habilidades que el encaje encontró y no encontró (como máximo ${TOOL_LIMITS.skills} de cada); una declaración de idoneidad añade los criterios que conserves (como máximo ${TOOL_LIMITS.criteria}, de ${count('es', TOOL_LIMITS.criterionChars)} caracteres cada uno), la experiencia que escribas para cada uno (como máximo ${count('es', TOOL_LIMITS.evidenceChars)} caracteres, con la misma sustitución) y tu límite de palabras. Nuestro servidor comprueba tu suscripción con Stripe, pasa los textos a Anthropic (Claude) para que escriba la respuesta, te la devuelve mientras se escribe y no guarda nada: ni base de datos ni archivos, y su registro tiene una línea por petición (método, ruta, estado, tiempo) sin el contenido. Las respuestas se guardan solo en tu navegador, con la candidatura.`,
      'Suscribirte abre Stripe Checkout. Stripe guarda el cliente y la suscripción, marcados con tu identificador de instalación, y los datos de pago y el correo que escribas en Checkout, según su propia política de privacidad. Anthropic procesa los textos de una petición según sus condiciones comerciales, que no permiten entrenar con ellos. Vercel ejecuta nuestro servidor y guarda sus registros de peticiones de la plataforma (incluidas direcciones IP) durante un tiempo limitado.',
      `Para borrar lo que hay en el servidor: Tracker completo → Pro → «Eliminar el registro de mi suscripción» cancela la suscripción y elimina el cliente de Stripe de tu identificador de instalación (si desinstalas siendo Pro, la página que se abre ofrece lo mismo); o escribe a ${c.contactEmail} y lo haremos.`,
    ],
  }),
};

const TEXT: Record<Language, (c: PolicyContext) => { title: string; sections: PolicySection[] }> = {
  en: (c) => ({
    title: 'JobTrack privacy policy',
    sections: [
      {
        heading: 'In short',
        paragraphs: [
          'JobTrack keeps your job applications and your CV text in your browser. It has no analytics, no tracking, no advertising, sets no cookies and loads no remote code. We do not sell or transfer your data to anyone.',
        ],
      },
      {
        heading: 'What is stored, and where',
        paragraphs: [
          'In the browser’s extension storage on this device (storage.local, not synced): the applications you capture or save (title, company, location, salary, description, link, board, status, notes, timeline and reminders), the text of the CVs you import (the file itself is not kept), your preferences (language, theme, stages) and an anonymous installation id.',
          'In session storage, cleared when the browser closes: a copy of the newest applications so the popup opens fast, and the last capture so it can be undone.',
          'In Chrome, content scripts are denied access to this storage. Firefox has no such switch; JobTrack’s content script never reads it.',
        ],
      },
      {
        heading: 'What JobTrack reads on web pages',
        paragraphs: [
          'On job pages of LinkedIn, Indeed, Glassdoor, InfoJobs and Tecnoempleo, a content script reads the listing that is open when you click Apply (title, company, location, salary, description, link). The toolbar button shows whether the open job is already tracked: for that the extension reads the tab’s address on these job pages (and, where the address names no job, such as an Indeed search, it runs small scripts in that page that read only which job is open; in Chrome 130 or Firefox 143 and later, only once you track a job from that site). On linkedin.com it stays idle outside /jobs/ pages. It never reads cookies, passwords, messages or your account pages.',
          'On any other page, JobTrack reads the listing only when you ask: the popup’s “Save this job” button, the context menu or the keyboard shortcut (the browser’s activeTab permission).',
          'CV files (PDF or Word) are read inside the extension with bundled code (pdf.js); only the extracted text is stored. Match scores are computed on your device.',
        ],
      },
      PRO_SECTION.en(c),
      {
        heading: 'Reminders, backups and exports',
        paragraphs: [
          'Follow-up and interview reminders are browser alarms and notifications on this device. Backups (JSON), CSV exports and calendar files are files you download; they stay wherever you put them. Backups never include the installation id or subscription state.',
        ],
      },
      {
        heading: 'Deleting your data',
        paragraphs: [
          'Full tracker → Data & settings → “Delete all my data” removes every application, note, reminder and CV and resets your preferences. It keeps the anonymous installation id, because that id is what links a Pro subscription to this browser. Uninstalling JobTrack removes everything it stored, the id included.',
        ],
      },
      {
        heading: 'Contact',
        paragraphs: [c.contactEmail ? `Questions or requests: ${c.contactEmail}.` : NO_CONTACT.en],
      },
    ],
  }),
  es: (c) => ({
    title: 'Política de privacidad de JobTrack',
    sections: [
      {
        heading: 'En resumen',
        paragraphs: [
          'JobTrack guarda tus candidaturas y el texto de tu CV en tu navegador. No tiene analítica, ni seguimiento, ni publicidad, no pone cookies y no carga código remoto. No vendemos ni cedemos tus datos a nadie.',
        ],
      },
      {
        heading: 'Qué se guarda y dónde',
        paragraphs: [
          'En el almacenamiento de extensiones del navegador en este dispositivo (storage.local, sin sincronizar): las candidaturas que capturas o guardas (puesto, empresa, ubicación, salario, descripción, enlace, portal, estado, notas, cronología y recordatorios), el texto de los CV que importas (el archivo no se guarda), tus preferencias (idioma, tema, etapas) y un identificador anónimo de instalación.',
          'En el almacenamiento de sesión, que se borra al cerrar el navegador: una copia de las candidaturas más recientes para que el popup abra rápido, y la última captura para poder deshacerla.',
          'En Chrome, los scripts de contenido no tienen acceso a este almacenamiento. Firefox no ofrece ese ajuste; el script de contenido de JobTrack nunca lo lee.',
        ],
      },
      {
        heading: 'Qué lee JobTrack en las páginas web',
        paragraphs: [
          'En las páginas de ofertas de LinkedIn, Indeed, Glassdoor, InfoJobs y Tecnoempleo, un script de contenido lee la oferta abierta cuando pulsas Inscribirme/Solicitar (puesto, empresa, ubicación, salario, descripción, enlace). El botón de la barra muestra si la oferta abierta ya está guardada: para ello la extensión lee la dirección de la pestaña en esas páginas de ofertas (y, si la dirección no nombra ninguna oferta, como en una búsqueda de Indeed, ejecuta en esa página pequeños scripts que solo leen qué oferta está abierta; en Chrome 130 o Firefox 143 y posteriores, solo cuando ya guardas alguna oferta de ese sitio). En linkedin.com no hace nada fuera de las páginas /jobs/. Nunca lee cookies, contraseñas, mensajes ni las páginas de tu cuenta.',
          'En cualquier otra página, JobTrack lee la oferta solo cuando lo pides: el botón «Guardar esta oferta» del popup, el menú contextual o el atajo de teclado (el permiso activeTab del navegador).',
          'Los CV (PDF o Word) se leen dentro de la extensión con código incluido en ella (pdf.js); solo se guarda el texto extraído. Las puntuaciones de encaje se calculan en tu dispositivo.',
        ],
      },
      PRO_SECTION.es(c),
      {
        heading: 'Recordatorios, copias y exportaciones',
        paragraphs: [
          'Los recordatorios de seguimiento y de entrevista son alarmas y notificaciones del navegador en este dispositivo. Las copias (JSON), las exportaciones CSV y los archivos de calendario son archivos que descargas; quedan donde tú los guardes. Las copias nunca incluyen el identificador de instalación ni el estado de la suscripción.',
        ],
      },
      {
        heading: 'Borrar tus datos',
        paragraphs: [
          'Tracker completo → Datos y ajustes → «Eliminar todos mis datos» borra todas las candidaturas, notas, recordatorios y CV y restablece tus preferencias. Conserva el identificador anónimo de instalación, porque es lo que vincula una suscripción Pro a este navegador. Desinstalar JobTrack borra todo lo que guardó, también el identificador.',
        ],
      },
      {
        heading: 'Contacto',
        paragraphs: [c.contactEmail ? `Preguntas o solicitudes: ${c.contactEmail}.` : NO_CONTACT.es],
      },
    ],
  }),
};

/** A development build without WXT_CONTACT_EMAIL; store packages refuse to build so. */
const NO_CONTACT: Record<Language, string> = {
  en: 'This build has no contact address configured.',
  es: 'Esta compilación no tiene dirección de contacto configurada.',
};

export function privacyPolicy(lang: Language, context: PolicyContext) {
  return TEXT[lang](context);
}
