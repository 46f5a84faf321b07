import type { Cut, Method } from '../../insights/filters';
import type { Board } from '../../model/application';

/** Words of the Insights view and the popup's summary line, in the tracker's two languages. */

const BOARD_NAMES: Record<Board, string> = {
  linkedin: 'LinkedIn',
  indeed: 'Indeed',
  glassdoor: 'Glassdoor',
  infojobs: 'InfoJobs',
  tecnoempleo: 'Tecnoempleo',
  other: '',
};

const EN = {
  title: 'Your search at a glance',
  empty:
    'No applications yet. Once you apply to a few jobs, this page shows how many you send each week, where you get answers and where the process stalls.',
  noneMatch: 'No application matches these filters.',
  filters: 'Insights filters',
  from: 'Captured from',
  to: 'Captured until',
  board: 'Board',
  allBoards: 'All boards',
  status: 'Status',
  allStatuses: 'All statuses',
  reset: 'Clear filters',
  counted: (n: number) => `${n.toLocaleString('en')} application${n === 1 ? '' : 's'} counted.`,
  showTable: 'Show as table',
  csv: 'Download CSV',
  openList: 'Open in the list',
  // Weekly
  weeklyTitle: 'Applications per week',
  weeklyCaption: 'Applications captured each of the last 12 weeks, by board, and how many were sent',
  weeklySummary: (captured: number, applied: number, best: string, bestCount: number) =>
    captured
      ? `In the last 12 weeks you captured ${captured} and sent ${applied}; the busiest week was the week of ${best} with ${bestCount}.`
      : 'Nothing was captured in these 12 weeks.',
  weekOf: 'Week of',
  captured: 'Captured',
  applied: 'Applied',
  // Funnel
  funnelTitle: 'From applied to offer',
  funnelCaption: 'How many applications reached each stage, and the share that moved on',
  funnelSummary: (
    applied: number,
    interviewing: number,
    offer: number,
    toInterview: string,
    toOffer: string,
  ) =>
    `Of ${applied} sent, ${interviewing} reached an interview (${toInterview}) and ${offer} an offer (${toOffer} of those interviewed).`,
  closedSummary: (
    rejected: number,
    afterInterview: number,
    withdrawn: number,
    open: number,
    savedOnly: number,
  ) =>
    `${rejected} rejected (${afterInterview} after an interview), ${withdrawn} withdrawn, ${open} still open; ${savedOnly} saved but not sent.`,
  stage: 'Stage',
  count: 'Applications',
  conversion: 'Moved on from the step before',
  rejected: 'Rejected',
  rejectedAfterInterview: 'Rejected after an interview',
  withdrawn: 'Withdrawn',
  open: 'Still open',
  savedOnly: 'Saved, not sent',
  interviewing: 'Interviewing',
  offer: 'Offer',
  // Responses
  responsesTitle: 'Where you get answers',
  responsesCaption:
    'Response rate and median days to the first answer (interview, offer or rejection), by board and by how the application was captured',
  responsesSummary: (
    rate: string,
    days: string,
    waiting14: number,
    due14: number,
    waiting30: number,
    due30: number,
  ) =>
    `${rate} of your applications got an answer, after ${days} (median). No answer yet: ${waiting14} of ${due14} sent 14+ days ago, ${waiting30} of ${due30} sent 30+ days ago.`,
  group: 'Group',
  byBoard: 'By board',
  byMethod: 'By how it was captured',
  answered: 'Answered',
  rate: 'Response rate',
  medianDays: 'Median days to answer',
  noAnswer14: 'No answer after 14 days',
  noAnswer30: 'No answer after 30 days',
  days: (d: number) => `${d.toLocaleString('en', { maximumFractionDigits: 1 })} ${d === 1 ? 'day' : 'days'}`,
  noDate: 'no dated answer',
  ofDue: (waiting: number, due: number) => `${waiting} of ${due}`,
  allApplications: 'All applications',
  methods: { apply: 'Apply click', manual: 'Saved by hand', import: 'Imported' } as Record<Method, string>,
  // Scores
  scoresTitle: 'Match score and interviews',
  scoresCaption: 'Share of sent applications that reached an interview, by match score',
  scoresSummary: (high: string, low: string) =>
    `Interview rate for scores of 60 and above: ${high}; below 60: ${low}.`,
  noScores: 'Add your CV (CV tab) to see whether better-matching jobs get more interviews.',
  tooLittle: (scored: number, min: number, bin: number) =>
    `Too little data to tell: ${scored} sent application${scored === 1 ? '' : 's'} with a score. Wait for at least ${min}, with ${bin} or more in two score ranges; until then the counts below are only counts.`,
  scoreRange: 'Match score',
  interviewRate: 'Reached an interview',
  interviewed: 'Interviewed',
  // List link notice (the application list, opened from a figure)
  fromInsights: 'Filtered from Insights:',
  showAll: 'Show all applications',
  cuts: {
    applied: 'sent',
    interviewing: 'reached an interview',
    offer: 'reached an offer',
    rejected: 'rejected',
    withdrawn: 'withdrawn',
    responded: 'answered',
    'no-answer-14': 'no answer after 14 days',
    'no-answer-30': 'no answer after 30 days',
  } as Record<Cut, string>,
  since: (day: string) => `captured from ${day}`,
  until: (day: string) => `captured until ${day}`,
  boards: { ...BOARD_NAMES, other: 'Other sites' } as Record<Board, string>,
};

type Strings = typeof EN;

const ES: Strings = {
  title: 'Tu búsqueda de un vistazo',
  empty:
    'Aún no hay candidaturas. Cuando te inscribas en algunas ofertas, aquí verás cuántas envías cada semana, dónde te responden y dónde se atasca el proceso.',
  noneMatch: 'Ninguna candidatura coincide con estos filtros.',
  filters: 'Filtros de estadísticas',
  from: 'Capturadas desde',
  to: 'Capturadas hasta',
  board: 'Portal',
  allBoards: 'Todos los portales',
  status: 'Estado',
  allStatuses: 'Todos los estados',
  reset: 'Quitar filtros',
  counted: (n) => `${n.toLocaleString('es')} candidatura${n === 1 ? '' : 's'} contada${n === 1 ? '' : 's'}.`,
  showTable: 'Ver como tabla',
  csv: 'Descargar CSV',
  openList: 'Abrir en la lista',
  weeklyTitle: 'Candidaturas por semana',
  weeklyCaption:
    'Candidaturas capturadas en cada una de las últimas 12 semanas, por portal, y cuántas se enviaron',
  weeklySummary: (captured, applied, best, bestCount) =>
    captured
      ? `En las últimas 12 semanas capturaste ${captured} y enviaste ${applied}; la semana con más fue la del ${best}, con ${bestCount}.`
      : 'No se capturó nada en estas 12 semanas.',
  weekOf: 'Semana del',
  captured: 'Capturadas',
  applied: 'Enviadas',
  funnelTitle: 'De la inscripción a la oferta',
  funnelCaption: 'Cuántas candidaturas llegaron a cada etapa y qué parte pasó a la siguiente',
  funnelSummary: (applied, interviewing, offer, toInterview, toOffer) =>
    `De ${applied} enviadas, ${interviewing} llegaron a entrevista (${toInterview}) y ${offer} a oferta (${toOffer} de las entrevistadas).`,
  closedSummary: (rejected, afterInterview, withdrawn, open, savedOnly) =>
    `${rejected} descartadas (${afterInterview} tras una entrevista), ${withdrawn} retiradas, ${open} aún abiertas; ${savedOnly} guardadas sin enviar.`,
  stage: 'Etapa',
  count: 'Candidaturas',
  conversion: 'Pasaron desde la etapa anterior',
  rejected: 'Descartadas',
  rejectedAfterInterview: 'Descartadas tras entrevista',
  withdrawn: 'Retiradas',
  open: 'Aún abiertas',
  savedOnly: 'Guardadas, sin enviar',
  interviewing: 'Entrevistas',
  offer: 'Oferta',
  responsesTitle: 'Dónde te responden',
  responsesCaption:
    'Tasa de respuesta y mediana de días hasta la primera respuesta (entrevista, oferta o descarte), por portal y por cómo se capturó la candidatura',
  responsesSummary: (rate, days, waiting14, due14, waiting30, due30) =>
    `El ${rate} de tus candidaturas recibió respuesta, tras ${days} (mediana). Sin respuesta aún: ${waiting14} de ${due14} enviadas hace 14 días o más, ${waiting30} de ${due30} hace 30 días o más.`,
  group: 'Grupo',
  byBoard: 'Por portal',
  byMethod: 'Por cómo se capturó',
  answered: 'Con respuesta',
  rate: 'Tasa de respuesta',
  medianDays: 'Mediana de días hasta respuesta',
  noAnswer14: 'Sin respuesta tras 14 días',
  noAnswer30: 'Sin respuesta tras 30 días',
  days: (d) => `${d.toLocaleString('es', { maximumFractionDigits: 1 })} ${d === 1 ? 'día' : 'días'}`,
  noDate: 'sin respuesta fechada',
  ofDue: (waiting, due) => `${waiting} de ${due}`,
  allApplications: 'Todas las candidaturas',
  methods: { apply: 'Clic en Inscribirme', manual: 'Guardada a mano', import: 'Importada' },
  scoresTitle: 'Encaje y entrevistas',
  scoresCaption: 'Parte de las candidaturas enviadas que llegó a entrevista, según el encaje',
  scoresSummary: (high, low) =>
    `Tasa de entrevista con encaje de 60 o más: ${high}; por debajo de 60: ${low}.`,
  noScores: 'Añade tu CV (pestaña CV) para ver si las ofertas que mejor encajan consiguen más entrevistas.',
  tooLittle: (scored, min, bin) =>
    `Aún hay pocos datos para saberlo: ${scored} candidatura${scored === 1 ? '' : 's'} enviada${scored === 1 ? '' : 's'} con encaje. Hacen falta al menos ${min}, con ${bin} o más en dos tramos; hasta entonces, lo de abajo son solo recuentos.`,
  scoreRange: 'Encaje',
  interviewRate: 'Llegaron a entrevista',
  interviewed: 'Entrevistadas',
  fromInsights: 'Filtrado desde Estadísticas:',
  showAll: 'Ver todas las candidaturas',
  cuts: {
    applied: 'enviadas',
    interviewing: 'llegaron a entrevista',
    offer: 'llegaron a oferta',
    rejected: 'descartadas',
    withdrawn: 'retiradas',
    responded: 'con respuesta',
    'no-answer-14': 'sin respuesta tras 14 días',
    'no-answer-30': 'sin respuesta tras 30 días',
  },
  since: (day) => `capturadas desde el ${day}`,
  until: (day) => `capturadas hasta el ${day}`,
  boards: { ...BOARD_NAMES, other: 'Otros sitios' },
};

export type InsightsStrings = Strings;

export function insightsStrings(lang: string): Strings {
  return lang === 'es' ? ES : EN;
}

/** A share as a whole percentage in the UI language; a dash when there is nothing to divide. */
export function percent(value: number | undefined, lang: string): string {
  return value === undefined
    ? '—'
    : value.toLocaleString(lang, { style: 'percent', maximumFractionDigits: 0 });
}
