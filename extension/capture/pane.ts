import type { JobRef } from '../model/application';
import { glassdoorCurrentJob } from '../sites/glassdoor';
import { boardOfHost, isJobPage } from '../sites/hosts';
import { indeedCurrentJob } from '../sites/indeed';
import { linkedinCurrentJob } from '../sites/linkedin';

/** What the badge's pane read returns: the URL it read at and the job open there. */
export interface PaneRead {
  href: string;
  job: JobRef | null;
}

/**
 * The boards whose job pages can leave the job out of the URL (a search pane), each read
 * by its adapter's own currentJob: imported alone, so the injected file carries no
 * listing parser (InfoJobs and Tecnoempleo name every job in the URL).
 */
const PANE_READERS = {
  linkedin: linkedinCurrentJob,
  indeed: indeedCurrentJob,
  glassdoor: glassdoorCurrentJob,
} as const;

/**
 * The job a board page shows, read from the page (Indeed search without vjk, a pane
 * without an id: the URL names none). The background injects this only into such pages
 * and checks the answer (background/capture.ts).
 */
export function readPaneJob(doc: Document, href: string): PaneRead {
  try {
    const url = new URL(href);
    const board = boardOfHost(url.hostname);
    const read =
      board && board in PANE_READERS && isJobPage(url)
        ? PANE_READERS[board as keyof typeof PANE_READERS]
        : undefined;
    return { href, job: read?.(doc, url) ?? null };
  } catch {
    return { href, job: null };
  }
}
