import type { CriterionKind, QuestionKind } from '../../shared/pro-tools';
import type { AppError } from '../protocol/result';
import type { ProFailure } from '../store/schema';

/** Words of the interview-prep and supporting-statement tools, EN and ES (the shared parts are in pro-strings.ts). */
const EN = {
  prepTitle: 'Interview prep',
  prepUpsell: 'Interview prep is part of JobTrack Pro.',
  prepHelp: 'Likely questions for this job with answer points from your CV, and the gaps to be ready for.',
  prepare: 'Prepare questions',
  prepareAgain: 'Prepare a new set',
  skillsSent: (matched: string, missing: string) =>
    `Also sent: skills your CV shows (${matched || 'none'}) and skills it does not show (${missing || 'none'}).`,
  alsoPrep: (title: string, company: string) =>
    `Also sent: job title "${title}"${company ? `, company "${company}"` : ''}, language and an anonymous installation id.`,
  stillWriting: 'You can close this page: the questions keep being written and are saved here.',
  savedPreps: 'Saved interview preps',
  prepText: 'Interview prep text',
  kinds: {
    technical: 'Technical',
    behavioural: 'Behavioural',
    company: 'About the company',
  } satisfies Record<QuestionKind, string>,
  gapsTitle: 'Gaps to address',
  practice: 'Practice mode',
  practiceEnd: 'Close practice',
  questionOf: (n: number, total: number) => `Question ${n} of ${total}`,
  showPoints: 'Show suggested points',
  hidePoints: 'Hide suggested points',
  yourNotes: 'Your notes for this question (kept on this device)',
  saveNote: 'Save note',
  noteSaved: 'Note saved.',
  previous: 'Previous',
  next: 'Next',
  noQuestions: 'No questions could be read from this version: edit its text below or prepare a new set.',
  // Statement
  statementTitle: 'Supporting statement',
  statementUpsell: 'The supporting-statement builder is part of JobTrack Pro.',
  statementHelp:
    'For person specifications with Essential and Desirable criteria (NHS and public-sector jobs): add a line or two of your own evidence to each criterion and get a statement answering them one by one.',
  aiNotice:
    'AI-generated: check every claim against your own experience and edit it before you submit. Many employers ask you to declare that the statement is your own work.',
  criteriaTitle: 'Criteria',
  criteriaFound: (n: number) => `${n} criteria found in the job text. Edit, remove or add any.`,
  criteriaNone:
    'No criteria found in the job text. Paste the person specification below or add them one by one.',
  criterion: 'Criterion',
  criterionKinds: { essential: 'Essential', desirable: 'Desirable' } satisfies Record<CriterionKind, string>,
  evidence: 'Your evidence (a line or two)',
  remove: 'Remove',
  addCriterion: 'Add criterion',
  detectAgain: 'Find criteria in the job again',
  pasteLabel: 'Paste a person specification',
  pasteAdd: 'Add criteria from pasted text',
  wordLimit: 'Word limit',
  criteriaSent: 'Criteria and your evidence, as they will be sent:',
  prepareStatement: 'Prepare statement',
  alsoStatement: (title: string, company: string, criteria: number, words: number) =>
    `Also sent: job title "${title}"${company ? `, company "${company}"` : ''}, ${criteria} criteria with your evidence, the ${words}-word limit, language and an anonymous installation id.`,
  statementStillWriting: 'You can close this page: the statement keeps being written and is saved here.',
  savedStatements: 'Saved statements',
  statementText: 'Statement text',
  words: (n: number, limit: number) => `${n} / ${limit} words`,
  overWords: (n: number) => `Over the limit by ${n} words: shorten it before you submit.`,
  tooManyCriteria: (max: number) => `At most ${max} criteria per statement.`,
  retryIn: (minutes: number) =>
    `That is a lot of requests in a short time. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
  /** Where the letter's failure sentences would speak of a letter. */
  failures: {
    'not-pro': 'Interview prep and supporting statements are part of JobTrack Pro. Go Pro to use them.',
    'rate-limited': 'That is a lot of requests in a short time. Try again later.',
    interrupted:
      'The text stopped before it was finished. What arrived is kept below; prepare it again to get it whole.',
    'no-cv': 'Add your CV first (CV tab): the answers are drawn from it.',
    busy: 'This is already being written for this application.',
  } as Partial<Record<ProFailure['reason'], string>>,
};

export type ToolStrings = typeof EN;
type Strings = ToolStrings;

const ES: Strings = {
  prepTitle: 'Preparación de la entrevista',
  prepUpsell: 'La preparación de entrevistas es parte de JobTrack Pro.',
  prepHelp:
    'Preguntas probables para esta oferta con puntos de respuesta sacados de tu CV, y las carencias para las que conviene prepararse.',
  prepare: 'Preparar preguntas',
  prepareAgain: 'Preparar otra tanda',
  skillsSent: (matched, missing) =>
    `También se envía: las habilidades que muestra tu CV (${matched || 'ninguna'}) y las que no muestra (${missing || 'ninguna'}).`,
  alsoPrep: (title, company) =>
    `También se envía: el puesto «${title}»${company ? `, la empresa «${company}»` : ''}, el idioma y un identificador anónimo de instalación.`,
  stillWriting: 'Puedes cerrar esta página: las preguntas se siguen escribiendo y se guardan aquí.',
  savedPreps: 'Preparaciones guardadas',
  prepText: 'Texto de la preparación',
  kinds: { technical: 'Técnica', behavioural: 'De comportamiento', company: 'Sobre la empresa' },
  gapsTitle: 'Carencias que abordar',
  practice: 'Modo práctica',
  practiceEnd: 'Cerrar la práctica',
  questionOf: (n, total) => `Pregunta ${n} de ${total}`,
  showPoints: 'Ver puntos sugeridos',
  hidePoints: 'Ocultar puntos sugeridos',
  yourNotes: 'Tus notas para esta pregunta (se guardan en este dispositivo)',
  saveNote: 'Guardar nota',
  noteSaved: 'Nota guardada.',
  previous: 'Anterior',
  next: 'Siguiente',
  noQuestions: 'No se pudieron leer preguntas de esta versión: edita su texto abajo o prepara otra tanda.',
  statementTitle: 'Declaración de idoneidad (supporting statement)',
  statementUpsell: 'El generador de declaraciones de idoneidad es parte de JobTrack Pro.',
  statementHelp:
    'Para especificaciones de perfil con criterios imprescindibles y deseables (empleos del NHS y del sector público británico): añade una o dos líneas de tu propia experiencia a cada criterio y obtén una declaración que los responde uno a uno.',
  aiNotice:
    'Generado con IA: comprueba cada afirmación con tu propia experiencia y edítalo antes de enviarlo. Muchos empleadores piden declarar que el texto es tuyo.',
  criteriaTitle: 'Criterios',
  criteriaFound: (n) => `${n} criterios encontrados en la oferta. Edítalos, quítalos o añade otros.`,
  criteriaNone:
    'No se encontraron criterios en la oferta. Pega abajo la especificación del perfil o añádelos uno a uno.',
  criterion: 'Criterio',
  criterionKinds: { essential: 'Imprescindible', desirable: 'Deseable' },
  evidence: 'Tu experiencia (una o dos líneas)',
  remove: 'Quitar',
  addCriterion: 'Añadir criterio',
  detectAgain: 'Buscar de nuevo los criterios en la oferta',
  pasteLabel: 'Pega una especificación del perfil',
  pasteAdd: 'Añadir criterios del texto pegado',
  wordLimit: 'Límite de palabras',
  criteriaSent: 'Los criterios y tu experiencia, tal como se enviarán:',
  prepareStatement: 'Preparar la declaración',
  alsoStatement: (title, company, criteria, words) =>
    `También se envía: el puesto «${title}»${company ? `, la empresa «${company}»` : ''}, ${criteria} criterios con tu experiencia, el límite de ${words} palabras, el idioma y un identificador anónimo de instalación.`,
  statementStillWriting: 'Puedes cerrar esta página: la declaración se sigue escribiendo y se guarda aquí.',
  savedStatements: 'Declaraciones guardadas',
  statementText: 'Texto de la declaración',
  words: (n, limit) => `${n} / ${limit} palabras`,
  overWords: (n) => `Supera el límite en ${n} palabras: acórtala antes de enviarla.`,
  tooManyCriteria: (max) => `Como máximo ${max} criterios por declaración.`,
  retryIn: (minutes) =>
    `Son muchas peticiones en poco tiempo. Vuelve a intentarlo dentro de ${minutes} minuto${minutes === 1 ? '' : 's'}.`,
  failures: {
    'not-pro':
      'La preparación de entrevistas y las declaraciones son parte de JobTrack Pro. Hazte Pro para usarlas.',
    'rate-limited': 'Son muchas peticiones en poco tiempo. Vuelve a intentarlo más tarde.',
    interrupted:
      'El texto se detuvo antes de terminar. Abajo queda lo que llegó; vuelve a prepararlo para tenerlo completo.',
    'no-cv': 'Añade antes tu CV (pestaña CV): las respuestas salen de él.',
    busy: 'Ya se está escribiendo para esta candidatura.',
  },
};

export function toolStrings(lang: string): Strings {
  return lang === 'es' ? ES : EN;
}

/** A failure in the tools' words where the letter's would speak of letters; undefined where they agree. */
export function toolFailure(strings: Strings, error: AppError): string | undefined {
  if (error.code === 'pro-retry-in') return strings.retryIn(error.params.minutes);
  if (error.code === 'pro-retry-soon') return strings.retryIn(1);
  if (!error.code.startsWith('pro-')) return undefined;
  return strings.failures[error.code.slice('pro-'.length) as ProFailure['reason']];
}
