import type { JobRef } from '../model/application';
import { currentJobRef } from '../sites/extract';

/** What the badge's pane read returns: the URL it read at and the job open there. */
export interface PaneRead {
  href: string;
  job: JobRef | null;
}

/**
 * The job a board page shows, read from the page (Indeed search without vjk, a pane
 * without an id: the URL names none). The background injects this only into such pages
 * and checks the answer (background/capture.ts).
 */
export function readPaneJob(doc: Document, href: string): PaneRead {
  try {
    return { href, job: currentJobRef(doc, new URL(href)) ?? null };
  } catch {
    return { href, job: null };
  }
}
