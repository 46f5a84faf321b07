/**
 * Words of the filters the application list and Insights share (kept in the tracker's
 * URL): the fields, and the summary line each view shows while a filter is set.
 */
export const filterEn = {
  'filter.label': 'Filters',
  'filter.summary': 'Filters:',
  'filter.clear': 'Clear filters',
  'filter.remove': 'Remove filter: {filter}',
  'filter.from': 'Captured from',
  'filter.to': 'Captured until',
  'filter.board': 'Board',
  'filter.allBoards': 'All boards',
  'filter.status': 'Status',
  'filter.allStatuses': 'All statuses',
  'filter.cut.applied': 'sent',
  'filter.cut.interviewing': 'reached an interview',
  'filter.cut.offer': 'reached an offer',
  'filter.cut.rejected': 'rejected',
  'filter.cut.withdrawn': 'withdrawn',
  'filter.cut.responded': 'answered',
  'filter.cut.no-answer-14': 'no answer after 14 days',
  'filter.cut.no-answer-30': 'no answer after 30 days',
  'filter.since': 'captured from {day}',
  'filter.until': 'captured until {day}',
} as const;

export const filterEs: { readonly [K in keyof typeof filterEn]: string } = {
  'filter.label': 'Filtros',
  'filter.summary': 'Filtros:',
  'filter.clear': 'Quitar filtros',
  'filter.remove': 'Quitar el filtro: {filter}',
  'filter.from': 'Capturadas desde',
  'filter.to': 'Capturadas hasta',
  'filter.board': 'Portal',
  'filter.allBoards': 'Todos los portales',
  'filter.status': 'Estado',
  'filter.allStatuses': 'Todos los estados',
  'filter.cut.applied': 'enviadas',
  'filter.cut.interviewing': 'llegaron a entrevista',
  'filter.cut.offer': 'llegaron a oferta',
  'filter.cut.rejected': 'descartadas',
  'filter.cut.withdrawn': 'retiradas',
  'filter.cut.responded': 'con respuesta',
  'filter.cut.no-answer-14': 'sin respuesta tras 14 días',
  'filter.cut.no-answer-30': 'sin respuesta tras 30 días',
  'filter.since': 'capturadas desde el {day}',
  'filter.until': 'capturadas hasta el {day}',
};
