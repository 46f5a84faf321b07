import { type Application, BOARDS, type Board, type Stage } from '../model/application';
import { DAY_MS, localDay } from './dates';
import { type Facts, factsOf, placesOf } from './facts';

/**
 * The filters the Insights view and the application list share (date range, board,
 * status), and the "cut" a figure links to ("LinkedIn, no answer after 14 days"). Both
 * travel in the tracker's URL, so a link opens the list already filtered, in this tab or
 * a new one.
 */

export const METHODS = ['apply', 'manual', 'import'] as const;
export type Method = (typeof METHODS)[number];

export const CUTS = [
  'applied',
  'interviewing',
  'offer',
  'rejected',
  'withdrawn',
  'responded',
  'no-answer-14',
  'no-answer-30',
] as const;
export type Cut = (typeof CUTS)[number];

export interface InsightsFilter {
  /** YYYY-MM-DD, local day the application was captured, inclusive; '' for no bound. */
  from: string;
  to: string;
  board: Board | '';
  /** A stage id, or '' for every stage. */
  status: string;
}

export interface ListLink extends InsightsFilter {
  /** How it entered the tracker (Apply click, manual save, import), or '' for any. */
  method: Method | '';
  cut: Cut | '';
}

export const NO_FILTER: InsightsFilter = { from: '', to: '', board: '', status: '' };
export const NO_LINK: ListLink = { ...NO_FILTER, method: '', cut: '' };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | '' =>
  value && (list as readonly string[]).includes(value) ? (value as T) : '';

/** The link carried by a tracker URL's query, or undefined when it carries none. */
export function readListLink(search: string): ListLink | undefined {
  const params = new URLSearchParams(search);
  const day = (name: string) => {
    const value = params.get(name) ?? '';
    return DAY.test(value) ? value : '';
  };
  const link: ListLink = {
    from: day('from'),
    to: day('to'),
    board: oneOf(BOARDS, params.get('board')),
    status: (params.get('status') ?? '').slice(0, 40),
    method: oneOf(METHODS, params.get('method')),
    cut: oneOf(CUTS, params.get('cut')),
  };
  return isEmptyLink(link) ? undefined : link;
}

export function isEmptyLink(link: ListLink): boolean {
  return !link.from && !link.to && !link.board && !link.status && !link.method && !link.cut;
}

/** The query string (no "?") that opens the list with `link` applied. */
export function listLinkQuery(link: ListLink): string {
  const params = new URLSearchParams();
  for (const key of ['from', 'to', 'board', 'status', 'method', 'cut'] as const) {
    if (link[key]) params.set(key, link[key]);
  }
  return params.toString();
}

export function matchesFilter(app: Application, filter: InsightsFilter): boolean {
  if (filter.board && app.board !== filter.board) return false;
  if (filter.status && app.status !== filter.status) return false;
  if (filter.from || filter.to) {
    const day = localDay(Date.parse(app.createdAt));
    if (filter.from && day < filter.from) return false;
    if (filter.to && day > filter.to) return false;
  }
  return true;
}

/** Applied, never answered, withdrawn by nobody, and sent at least `days` days before `now`. */
export function waitingSince(facts: Facts, days: number, now: number): boolean {
  return (
    facts.applied && !facts.responded && facts.place !== 'withdrawn' && now - facts.appliedAt >= days * DAY_MS
  );
}

export function matchesCut(facts: Facts, cut: Cut | '', now: number): boolean {
  switch (cut) {
    case '':
      return true;
    case 'applied':
      return facts.applied;
    case 'interviewing':
      return facts.applied && facts.reachedInterview;
    case 'offer':
      return facts.applied && facts.reachedOffer;
    case 'rejected':
    case 'withdrawn':
      return facts.place === cut;
    case 'responded':
      return facts.applied && facts.responded;
    case 'no-answer-14':
      return waitingSince(facts, 14, now);
    case 'no-answer-30':
      return waitingSince(facts, 30, now);
  }
}

/** The applications a link selects, in the order given. */
export function applyListLink(
  apps: readonly Application[],
  link: ListLink,
  stages: readonly Stage[],
  now: number,
): Application[] {
  const places = placesOf(stages);
  return apps.filter(
    (app) =>
      matchesFilter(app, link) &&
      (!link.method || app.captureMethod === link.method) &&
      matchesCut(factsOf(app, places), link.cut, now),
  );
}
