/**
 * Words of the match explanation's summary (i18n/match-summary.ts puts them together from
 * what extension/match found; match/ itself makes no sentences).
 */
export const matchEn = {
  'match.noText': 'The job has no description to compare with your CV.',
  'match.shows': 'Your CV shows {pieces}.',
  'match.and': ' and ',
  'match.required': '{got} of {of} required skills',
  'match.preferred': '{got} of {of} preferred',
  'match.noSkills': 'The job names no skills from the vocabulary; the score compares title and wording.',
  'match.years': 'The job asks for {asked}+ years; your CV shows about {cv}.',
  'match.role': 'Most words of the job title ({title}) are not in your CV.',
  'match.specialty': 'Title: {title} vs your roles: {roles} — same role, other specialty.',
} as const;

export const matchEs: { readonly [K in keyof typeof matchEn]: string } = {
  'match.noText': 'La oferta no tiene descripción que comparar con tu CV.',
  'match.shows': 'Tu CV muestra {pieces}.',
  'match.and': ' y ',
  'match.required': '{got} de {of} habilidades requeridas',
  'match.preferred': '{got} de {of} deseables',
  'match.noSkills':
    'La oferta no nombra habilidades del vocabulario; la puntuación compara el puesto y el texto.',
  'match.years': 'La oferta pide {asked}+ años; tu CV muestra unos {cv}.',
  'match.role': 'La mayoría de las palabras del puesto ({title}) no aparecen en tu CV.',
  'match.specialty': 'Puesto: {title} frente a tus puestos: {roles} — mismo oficio, otra especialidad.',
};
