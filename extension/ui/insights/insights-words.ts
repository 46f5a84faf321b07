/**
 * The few Insights words the tracker's tab bar, the loading state and the popup's summary
 * line need before (or without) the Insights chunk: kept apart from the view's
 * dictionary so the popup does not load it.
 */
const EN = {
  nav: 'Insights',
  loading: 'Counting every application…',
  popupLine: (week: number, waiting: number) =>
    `This week: ${week} applied · ${waiting} unanswered after 14+ days`,
};

const ES: typeof EN = {
  nav: 'Estadísticas',
  loading: 'Contando todas las candidaturas…',
  popupLine: (week, waiting) => `Esta semana: ${week} enviadas · ${waiting} sin respuesta tras 14+ días`,
};

export function insightsWords(lang: string): typeof EN {
  return lang === 'es' ? ES : EN;
}
