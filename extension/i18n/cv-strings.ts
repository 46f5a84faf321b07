import { CV_ERROR_MESSAGES } from '../cv/errors';
import type { Band } from '../match';

/** Words of the CV section and the match explanation, in the tracker's two languages. */
const EN = {
  title: 'Your CV',
  help: 'Add your CV once and every application shows how well it fits, and why. The file is read here in your browser; only its text is kept, on this device.',
  choose: 'Add a CV…',
  formats: 'PDF, DOCX or plain text, up to 10 MB',
  dropHere: 'or drop the file here',
  paste: 'Paste text instead',
  pastedName: 'Pasted text',
  reading: (name: string) => `Reading ${name}…`,
  review: 'Check the text JobTrack read',
  reviewHelp:
    'This is all JobTrack keeps. Fix anything that came out wrong — missing words, a skill split across lines — then save.',
  nameLabel: 'Name of this version',
  textLabel: 'CV text',
  stats: (chars: number, pages?: number) =>
    `${chars.toLocaleString('en')} characters${pages ? `, ${pages} page${pages === 1 ? '' : 's'}` : ''}`,
  truncated: 'The text was longer than 100,000 characters and was cut at that length.',
  makeDefault: 'Use this version for match scores',
  save: 'Save CV',
  cancel: 'Cancel',
  saved: 'CV saved. Match scores now use it.',
  versions: 'Saved versions',
  none: 'No CV yet. Add one to see match scores on your applications.',
  added: (date: string) => `Added ${date}`,
  isDefault: 'Used for scores',
  setDefault: 'Use for scores',
  showText: 'View and correct text',
  hideText: 'Hide text',
  saveChanges: 'Save changes',
  changesSaved: 'Changes saved.',
  delete: 'Delete',
  confirmDelete: (name: string) =>
    `Delete “${name}”? Applications keep their scores from your other versions.`,
  working: 'Working…',
  errors: CV_ERROR_MESSAGES,
  unexpected: 'JobTrack could not read this file. Nothing was saved; try another format or paste the text.',
  // Match explanation
  match: 'Match with your CV',
  bands: { Poor: 'Poor', Weak: 'Weak', Fair: 'Fair', Good: 'Good', Great: 'Great' } satisfies Record<
    Band,
    string
  >,
  required: 'Required',
  preferred: 'Nice to have',
  youHave: 'In your CV',
  youLack: 'Not in your CV',
  shownBy: 'Shown by',
  years: (required: number, cv: number) =>
    `Asks for ${required}+ years of experience; your CV shows about ${cv}.`,
  noSkills: 'This job names no skills JobTrack knows; the score compares the title and wording.',
  scoredWith: (name: string) => `Scored with ${name}`,
};

type Strings = typeof EN;

const ES: Strings = {
  title: 'Tu CV',
  help: 'Añade tu CV una vez y cada candidatura muestra cuánto encaja y por qué. El archivo se lee aquí, en tu navegador; solo se guarda su texto, en este dispositivo.',
  choose: 'Añadir un CV…',
  formats: 'PDF, DOCX o texto, hasta 10 MB',
  dropHere: 'o suelta el archivo aquí',
  paste: 'Pegar el texto',
  pastedName: 'Texto pegado',
  reading: (name) => `Leyendo ${name}…`,
  review: 'Revisa el texto que ha leído JobTrack',
  reviewHelp:
    'Es lo único que guarda JobTrack. Corrige lo que haya salido mal —palabras que faltan, una habilidad partida en dos líneas— y guarda.',
  nameLabel: 'Nombre de esta versión',
  textLabel: 'Texto del CV',
  stats: (chars, pages) =>
    `${chars.toLocaleString('es')} caracteres${pages ? `, ${pages} página${pages === 1 ? '' : 's'}` : ''}`,
  truncated: 'El texto superaba los 100.000 caracteres y se ha cortado en ese punto.',
  makeDefault: 'Usar esta versión para el encaje',
  save: 'Guardar CV',
  cancel: 'Cancelar',
  saved: 'CV guardado. El encaje ya lo usa.',
  versions: 'Versiones guardadas',
  none: 'Aún no hay CV. Añade uno para ver el encaje de tus candidaturas.',
  added: (date) => `Añadido el ${date}`,
  isDefault: 'Se usa para el encaje',
  setDefault: 'Usar para el encaje',
  showText: 'Ver y corregir el texto',
  hideText: 'Ocultar el texto',
  saveChanges: 'Guardar cambios',
  changesSaved: 'Cambios guardados.',
  delete: 'Eliminar',
  confirmDelete: (name) => `¿Eliminar «${name}»? Las candidaturas se puntúan con tus otras versiones.`,
  working: 'Un momento…',
  errors: {
    encrypted:
      'Este PDF está protegido con contraseña. Guárdalo o imprímelo como PDF sin contraseña, o pega el texto.',
    scanned:
      'Este PDF es una imagen escaneada sin capa de texto: no hay texto que leer. Exporta el CV como PDF con texto o DOCX, o pega el texto.',
    empty: 'Este archivo no contiene texto. Comprueba que es tu CV, o pega el texto.',
    corrupt: 'Este archivo está dañado o incompleto y no se ha podido leer. Prueba a exportarlo de nuevo.',
    'wrong-type': 'JobTrack lee CV en PDF, DOCX o texto (.txt). Guarda tu CV en uno de esos formatos.',
    'too-large':
      'Este archivo supera los 10 MB. Exporta un PDF más ligero (sin imágenes grandes) o pega el texto.',
  },
  unexpected:
    'JobTrack no ha podido leer este archivo. No se ha guardado nada; prueba otro formato o pega el texto.',
  match: 'Encaje con tu CV',
  bands: { Poor: 'Bajo', Weak: 'Flojo', Fair: 'Aceptable', Good: 'Bueno', Great: 'Excelente' },
  required: 'Imprescindible',
  preferred: 'Se valora',
  youHave: 'En tu CV',
  youLack: 'No está en tu CV',
  shownBy: 'Aparece en',
  years: (required, cv) => `Pide ${required}+ años de experiencia; tu CV muestra unos ${cv}.`,
  noSkills: 'Esta oferta no nombra habilidades que JobTrack conozca; el encaje compara el título y el texto.',
  scoredWith: (name) => `Puntuado con ${name}`,
};

export function cvStrings(lang: string): Strings {
  return lang === 'es' ? ES : EN;
}
