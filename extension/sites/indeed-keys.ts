/**
 * Indeed's job keys, shared by the adapter (sites/indeed.ts) and the badge's quick pane
 * read (capture/pane-key.ts), which must agree on them. Constants and two tiny functions
 * only: the quick read bundles this module alone.
 */

/** The id of the search page's right pane (and of /viewjob's), the adapter's first pane selector. */
export const INDEED_PANE_ID = 'jobsearch-ViewjobPaneWrapper';

const JOB_KEY = /^[0-9a-f]{8,32}$/i;

/** A job key (jk: 8–32 hex digits), lowercased; anything else is no key. */
export function indeedKey(value: string | null | undefined): string | undefined {
  return value && JOB_KEY.test(value) ? value.toLowerCase() : undefined;
}

/**
 * The key of the job a search page opened by itself (`/jobs?q=…` without `vjk`), in the
 * text of one of its embedded-data scripts ("autoOpenTwoPaneJobKey"); only the 80
 * characters after the name are searched with a regex.
 */
export function autoOpenKeyIn(text: string): string | undefined {
  const at = text.indexOf('autoOpenTwoPaneJobKey');
  if (at < 0) return undefined;
  return indeedKey(
    text.slice(at, at + 80).match(/autoOpenTwoPaneJobKey\\?"\s*:\s*\\?"([0-9a-f]{8,32})/i)?.[1],
  );
}
