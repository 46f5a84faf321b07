/**
 * Job ids and canonical job URLs read from a URL alone. Tiny and import-free: the
 * content script's loader uses them for the toolbar badge without loading the adapters.
 */
import type { Board } from '../model/application';

/** The first capture group of `pattern` in `text`, or undefined. */
export function matchId(text: string | null | undefined, pattern: RegExp): string | undefined {
  if (!text) return undefined;
  return text.match(pattern)?.[1];
}

/** LinkedIn: currentJobId=, /jobs/view/<id>/, /jobs/view/<slug>-<id>. */
export function linkedinIdFromUrl(url: URL): string | undefined {
  const current = url.searchParams.get('currentJobId');
  if (current && /^\d{5,}$/.test(current)) return current;
  return matchId(url.pathname, /\/jobs\/view\/(?:[^/]*?-)?(\d{5,})(?:\/|$)/);
}

/** Indeed: jk on /viewjob, vjk on the search pane. */
export function indeedIdFromUrl(url: URL): string | undefined {
  const id = url.searchParams.get('jk') ?? url.searchParams.get('vjk');
  return id && /^[0-9a-f]{8,32}$/i.test(id) ? id.toLowerCase() : undefined;
}

export function glassdoorIdFromUrl(url: URL): string | undefined {
  const id = url.searchParams.get('jl') ?? url.searchParams.get('jobListingId');
  return id && /^\d{5,}$/.test(id) ? id : undefined;
}

export function infojobsIdFromUrl(url: URL): string | undefined {
  return matchId(url.pathname, /\/of-i([0-9a-f]{10,40})(?:[/?#]|$)/i)?.toLowerCase();
}

export function tecnoempleoIdFromUrl(url: URL): string | undefined {
  return matchId(url.pathname, /\/rf-([0-9a-z]{6,40})(?:[/?#]|$)/i)?.toLowerCase();
}

export const linkedinJobUrl = (id: string) => `https://www.linkedin.com/jobs/view/${id}/`;
export const indeedJobUrl = (url: URL, id: string) => `https://${url.hostname}/viewjob?jk=${id}`;
export const glassdoorJobUrl = (url: URL, id: string) => `https://${url.hostname}/job-listing/j?jl=${id}`;
export const tecnoempleoJobUrl = (url: URL) => `https://${url.hostname}${url.pathname}`;

/** Which job a board URL names, as the adapters' currentJob would name it; else undefined. */
export function jobRefFromUrl(
  board: Exclude<Board, 'other'>,
  url: URL,
): { board: Board; boardJobId: string; url: string } | undefined {
  switch (board) {
    case 'linkedin': {
      const id = linkedinIdFromUrl(url);
      return id ? { board, boardJobId: id, url: linkedinJobUrl(id) } : undefined;
    }
    case 'indeed': {
      const id = indeedIdFromUrl(url);
      return id ? { board, boardJobId: id, url: indeedJobUrl(url, id) } : undefined;
    }
    case 'glassdoor': {
      const id = glassdoorIdFromUrl(url);
      return id ? { board, boardJobId: id, url: glassdoorJobUrl(url, id) } : undefined;
    }
    case 'infojobs': {
      const id = infojobsIdFromUrl(url);
      return id ? { board, boardJobId: id, url: url.href } : undefined;
    }
    case 'tecnoempleo': {
      const id = tecnoempleoIdFromUrl(url);
      return id ? { board, boardJobId: id, url: tecnoempleoJobUrl(url) } : undefined;
    }
  }
}
