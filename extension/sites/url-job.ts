import type { Board } from '../model/application';
import { boardOfHost, isJobPage } from './hosts';
import { jobRefFromUrl } from './job-urls';

/**
 * What a page's URL alone says about the job it shows: a job it names (board, id,
 * canonical URL), `page` when it is a job page of `board` whose URL names none (Indeed
 * search without vjk, a pane without an id: only the page knows the open job), or `none`
 * off the boards' job pages. The background sets the toolbar badge from this
 * (tabs.onUpdated) and reads the page only in the `page` case. Pure and cheap: no adapter
 * code.
 */
export type UrlJob =
  | { kind: 'job'; job: NonNullable<ReturnType<typeof jobRefFromUrl>> }
  | { kind: 'page'; board: Board; url: URL }
  | { kind: 'none' };

export function urlJob(href: string | undefined): UrlJob {
  let url: URL;
  try {
    url = new URL(href ?? '');
  } catch {
    return { kind: 'none' };
  }
  const board = boardOfHost(url.hostname);
  if (!board || url.protocol !== 'https:' || !isJobPage(url)) return { kind: 'none' };
  const job = jobRefFromUrl(board, url);
  return job ? { kind: 'job', job } : { kind: 'page', board, url };
}
