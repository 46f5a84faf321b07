/**
 * Where the capture content script runs: job listing pages of the five boards (and, on
 * LinkedIn, the whole site but idle outside job pages), never reading account, messaging
 * or settings pages. Paths are kept narrow on purpose.
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

// Built by a call marked pure, so that code importing only boardOfHost (the page loader)
// does not carry and evaluate the list on every page load.
export const BOARD_MATCHES: string[] = /* @__PURE__ */ boardMatches();

function boardMatches(): string[] {
  return [
    // LinkedIn: the whole site, because LinkedIn moves from the feed to Jobs without a page
    // load (a script matched on /jobs/* only would never be injected). The script stays idle
    // outside job pages: see isJobPage.
    'https://*.linkedin.com/*',
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
}

/**
 * Whether the capture script may read this page. Every match above is a job page except
 * LinkedIn's, which covers the whole site for its in-app navigation: there only /jobs/
 * pages (guest and logged-in job pages, search and collections panes) are ever read —
 * never the feed, messaging, profiles or settings.
 */
export function isJobPage(url: URL): boolean {
  if (boardOfHost(url.hostname) !== 'linkedin') return true;
  return url.pathname === '/jobs' || url.pathname.startsWith('/jobs/');
}

export type BoardId = 'linkedin' | 'indeed' | 'glassdoor' | 'infojobs' | 'tecnoempleo';

const GLASSDOOR_DOMAINS = GLASSDOOR_TLDS.map((tld) => `glassdoor.${tld}`);
const onDomain = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/**
 * The board a host belongs to: its exact registrable domains and their subdomains only, so
 * that `indeed.attacker.example` or `glassdoor.evil.io` is never taken for a board.
 */
export function boardOfHost(hostname: string): BoardId | undefined {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (onDomain(host, 'linkedin.com')) return 'linkedin';
  if (onDomain(host, 'indeed.com')) return 'indeed';
  if (GLASSDOOR_DOMAINS.some((domain) => onDomain(host, domain))) return 'glassdoor';
  if (onDomain(host, 'infojobs.net')) return 'infojobs';
  if (onDomain(host, 'tecnoempleo.com')) return 'tecnoempleo';
  return undefined;
}
