/**
 * The few Insights words the tracker's tab bar, the loading state and the popup's summary
 * line need before (or without) the Insights chunk: kept apart from the view's
 * dictionary so the popup does not load it.
 */
const EN = {
  nav: 'Insights',
  loading: 'Counting every application…',
  popupLine: (week: number, waiting: number) =>
    `This week: ${week} applied · ${waiting} waiting over 14 days for an answer`,
};

const ES: typeof EN = {
  nav: 'Estadísticas',
  loading: 'Contando todas las candidaturas…',
  popupLine: (week, waiting) =>
    `Esta semana: ${week} enviadas · ${waiting} llevan más de 14 días sin respuesta`,
};

export function insightsWords(lang: string): typeof EN {
  return lang === 'es' ? ES : EN;
}
