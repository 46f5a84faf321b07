/**
 * Where the capture content script runs: job listing pages of the five boards, never
 * account, messaging or settings pages. Paths are kept narrow on purpose.
 */
export const GLASSDOOR_TLDS = [
  'com',
  'co.uk',
  'es',
  'de',
  'fr',
  'ca',
  'com.au',
  'co.in',
  'ie',
  'nl',
  'be',
  'at',
  'ch',
  'it',
  'com.br',
  'com.mx',
  'com.ar',
  'co.nz',
  'sg',
  'com.hk',
] as const;

export const BOARD_MATCHES: string[] = [
  // LinkedIn: guest and logged-in job pages, search and collections panes (any subdomain:
  // www, es, uk … for guest pages).
  'https://*.linkedin.com/jobs/*',
  // Indeed: /viewjob?jk=, search /jobs?…&vjk=, SEO search /q-…, on every country host.
  'https://*.indeed.com/viewjob*',
  'https://*.indeed.com/jobs*',
  'https://*.indeed.com/q-*',
  'https://*.indeed.com/m/viewjob*',
  // Glassdoor: job pages and the search page's detail pane, on its country domains.
  ...GLASSDOOR_TLDS.flatMap((tld) => [
    `https://www.glassdoor.${tld}/job-listing/*`,
    `https://www.glassdoor.${tld}/Job/*`,
    `https://www.glassdoor.${tld}/Empleo/*`,
    // Localised search paths (fr, nl, pt-BR, it) and company job lists.
    `https://www.glassdoor.${tld}/Emploi/*`,
    `https://www.glassdoor.${tld}/Vacature/*`,
    `https://www.glassdoor.${tld}/Vaga/*`,
    `https://www.glassdoor.${tld}/Lavoro/*`,
    `https://www.glassdoor.${tld}/Jobs/*`,
  ]),
  // InfoJobs: offer pages /<city>/<slug>/of-i<hex>.
  'https://www.infojobs.net/*/of-i*',
  // Tecnoempleo: offer pages /<slug>/<tech>/rf-<hex>.
  'https://www.tecnoempleo.com/*/rf-*',
];
