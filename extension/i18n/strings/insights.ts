/**
 * Words of the Insights view, the list's filter summary and the popup's summary line.
 * Numbers come in already formatted for the language; `.one`/`.other` pairs are the
 * singular and plural of one sentence.
 */
export const insightsEn = {
  'insights.nav': 'Insights',
  'insights.loading': 'Counting every application…',
  'insights.popupLine': 'This week: {week} applied · {waiting} unanswered after 14+ days',
  'insights.title': 'Your search at a glance',
  'insights.empty':
    'No applications yet. Once you apply to a few jobs, this page shows how many you send each week, where you get answers and where the process stalls.',
  'insights.noneMatch': 'No application matches these filters.',
  'insights.counted.one': '{n} application counted.',
  'insights.counted.other': '{n} applications counted.',
  'insights.showTable': 'Show as table',
  'insights.csv': 'Download CSV',
  'insights.openList': 'Open in the list',
  // Weekly
  'insights.weeklyTitle': 'Applications per week',
  'insights.weeklyCaption':
    'Applications captured each of the last 12 weeks, by board, and how many were sent',
  'insights.weeklySummary':
    'In the last 12 weeks you captured {captured} and sent {applied}; the busiest week was the week of {best} with {bestCount}.',
  'insights.weeklyNone': 'Nothing was captured in these 12 weeks.',
  'insights.weekOf': 'Week of',
  'insights.captured': 'Captured',
  'insights.applied': 'Applied',
  // Funnel
  'insights.funnelTitle': 'From applied to offer',
  'insights.funnelCaption': 'How many applications reached each stage, and the share that moved on',
  'insights.funnelSummary':
    'Of {applied} sent, {interviewing} reached an interview ({toInterview}) and {offer} an offer ({toOffer} of those interviewed).',
  'insights.closedSummary':
    '{rejected} rejected ({afterInterview} after an interview), {withdrawn} withdrawn, {open} still open; {savedOnly} saved but not sent.',
  'insights.stage': 'Stage',
  'insights.count': 'Applications',
  'insights.conversion': 'Moved on from the step before',
  'insights.rejected': 'Rejected',
  'insights.rejectedAfterInterview': 'Rejected after an interview',
  'insights.withdrawn': 'Withdrawn',
  'insights.open': 'Still open',
  'insights.savedOnly': 'Saved, not sent',
  'insights.interviewing': 'Interviewing',
  'insights.offer': 'Offer',
  // Responses
  'insights.responsesTitle': 'Where you get answers',
  'insights.responsesCaption':
    'Response rate and median days to the first answer (interview, offer or rejection), by board and by how the application was captured',
  'insights.responsesSummary':
    '{rate} of your applications got an answer, after {days} (median). No answer yet: {waiting14} of {due14} sent 14+ days ago, {waiting30} of {due30} sent 30+ days ago.',
  'insights.group': 'Group',
  'insights.byBoard': 'By board',
  'insights.byMethod': 'By how it was captured',
  'insights.answered': 'Answered',
  'insights.rate': 'Response rate',
  'insights.medianDays': 'Median days to answer',
  'insights.noAnswer14': 'No answer after 14 days',
  'insights.noAnswer30': 'No answer after 30 days',
  'insights.days.one': '{d} day',
  'insights.days.other': '{d} days',
  'insights.noDate': 'no dated answer',
  'insights.ofDue': '{waiting} of {due}',
  'insights.allApplications': 'All applications',
  'insights.method.apply': 'Apply click',
  'insights.method.manual': 'Saved by hand',
  'insights.method.import': 'Imported',
  // Scores
  'insights.scoresTitle': 'Match score and interviews',
  'insights.scoresCaption': 'Share of sent applications that reached an interview, by match score',
  'insights.scoresSummary': 'Interview rate for scores of 60 and above: {high}; below 60: {low}.',
  'insights.noScores': 'Add your CV (CV tab) to see whether better-matching jobs get more interviews.',
  'insights.tooLittle.one':
    'Too little data to tell: {scored} sent application with a score. Wait for at least {min}, with {bin} or more in two score ranges; until then the counts below are only counts.',
  'insights.tooLittle.other':
    'Too little data to tell: {scored} sent applications with a score. Wait for at least {min}, with {bin} or more in two score ranges; until then the counts below are only counts.',
  'insights.scoreRange': 'Match score',
  'insights.interviewRate': 'Reached an interview',
  'insights.interviewed': 'Interviewed',
  'insights.board.linkedin': 'LinkedIn',
  'insights.board.indeed': 'Indeed',
  'insights.board.glassdoor': 'Glassdoor',
  'insights.board.infojobs': 'InfoJobs',
  'insights.board.tecnoempleo': 'Tecnoempleo',
  'insights.board.other': 'Other sites',
} as const;

export const insightsEs: { readonly [K in keyof typeof insightsEn]: string } = {
  'insights.nav': 'Estadísticas',
  'insights.loading': 'Contando todas las candidaturas…',
  'insights.popupLine': 'Esta semana: {week} enviadas · {waiting} sin respuesta tras 14+ días',
  'insights.title': 'Tu búsqueda de un vistazo',
  'insights.empty':
    'Aún no hay candidaturas. Cuando te inscribas en algunas ofertas, aquí verás cuántas envías cada semana, dónde te responden y dónde se atasca el proceso.',
  'insights.noneMatch': 'Ninguna candidatura coincide con estos filtros.',
  'insights.counted.one': '{n} candidatura contada.',
  'insights.counted.other': '{n} candidaturas contadas.',
  'insights.showTable': 'Ver como tabla',
  'insights.csv': 'Descargar CSV',
  'insights.openList': 'Abrir en la lista',
  'insights.weeklyTitle': 'Candidaturas por semana',
  'insights.weeklyCaption':
    'Candidaturas capturadas en cada una de las últimas 12 semanas, por portal, y cuántas se enviaron',
  'insights.weeklySummary':
    'En las últimas 12 semanas capturaste {captured} y enviaste {applied}; la semana con más fue la del {best}, con {bestCount}.',
  'insights.weeklyNone': 'No se capturó nada en estas 12 semanas.',
  'insights.weekOf': 'Semana del',
  'insights.captured': 'Capturadas',
  'insights.applied': 'Enviadas',
  'insights.funnelTitle': 'De la inscripción a la oferta',
  'insights.funnelCaption': 'Cuántas candidaturas llegaron a cada etapa y qué parte pasó a la siguiente',
  'insights.funnelSummary':
    'De {applied} enviadas, {interviewing} llegaron a entrevista ({toInterview}) y {offer} a oferta ({toOffer} de las entrevistadas).',
  'insights.closedSummary':
    '{rejected} descartadas ({afterInterview} tras una entrevista), {withdrawn} retiradas, {open} aún abiertas; {savedOnly} guardadas sin enviar.',
  'insights.stage': 'Etapa',
  'insights.count': 'Candidaturas',
  'insights.conversion': 'Pasaron desde la etapa anterior',
  'insights.rejected': 'Descartadas',
  'insights.rejectedAfterInterview': 'Descartadas tras entrevista',
  'insights.withdrawn': 'Retiradas',
  'insights.open': 'Aún abiertas',
  'insights.savedOnly': 'Guardadas, sin enviar',
  'insights.interviewing': 'Entrevistas',
  'insights.offer': 'Oferta',
  'insights.responsesTitle': 'Dónde te responden',
  'insights.responsesCaption':
    'Tasa de respuesta y mediana de días hasta la primera respuesta (entrevista, oferta o descarte), por portal y por cómo se capturó la candidatura',
  'insights.responsesSummary':
    'El {rate} de tus candidaturas recibió respuesta, tras {days} (mediana). Sin respuesta aún: {waiting14} de {due14} enviadas hace 14 días o más, {waiting30} de {due30} hace 30 días o más.',
  'insights.group': 'Grupo',
  'insights.byBoard': 'Por portal',
  'insights.byMethod': 'Por cómo se capturó',
  'insights.answered': 'Con respuesta',
  'insights.rate': 'Tasa de respuesta',
  'insights.medianDays': 'Mediana de días hasta respuesta',
  'insights.noAnswer14': 'Sin respuesta tras 14 días',
  'insights.noAnswer30': 'Sin respuesta tras 30 días',
  'insights.days.one': '{d} día',
  'insights.days.other': '{d} días',
  'insights.noDate': 'sin respuesta fechada',
  'insights.ofDue': '{waiting} de {due}',
  'insights.allApplications': 'Todas las candidaturas',
  'insights.method.apply': 'Clic en Inscribirme',
  'insights.method.manual': 'Guardada a mano',
  'insights.method.import': 'Importada',
  'insights.scoresTitle': 'Encaje y entrevistas',
  'insights.scoresCaption': 'Parte de las candidaturas enviadas que llegó a entrevista, según el encaje',
  'insights.scoresSummary': 'Tasa de entrevista con encaje de 60 o más: {high}; por debajo de 60: {low}.',
  'insights.noScores':
    'Añade tu CV (pestaña CV) para ver si las ofertas que mejor encajan consiguen más entrevistas.',
  'insights.tooLittle.one':
    'Aún hay pocos datos para saberlo: {scored} candidatura enviada con encaje. Hacen falta al menos {min}, con {bin} o más en dos tramos; hasta entonces, lo de abajo son solo recuentos.',
  'insights.tooLittle.other':
    'Aún hay pocos datos para saberlo: {scored} candidaturas enviadas con encaje. Hacen falta al menos {min}, con {bin} o más en dos tramos; hasta entonces, lo de abajo son solo recuentos.',
  'insights.scoreRange': 'Encaje',
  'insights.interviewRate': 'Llegaron a entrevista',
  'insights.interviewed': 'Entrevistadas',
  'insights.board.linkedin': 'LinkedIn',
  'insights.board.indeed': 'Indeed',
  'insights.board.glassdoor': 'Glassdoor',
  'insights.board.infojobs': 'InfoJobs',
  'insights.board.tecnoempleo': 'Tecnoempleo',
  'insights.board.other': 'Otros sitios',
};
