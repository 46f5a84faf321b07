import { type Application, BOARDS, type Board, type Stage } from '../model/application';
import { DAY_MS, localDay, weekStart } from './dates';
import { type Facts, factsOf, placesOf } from './facts';
import { type InsightsFilter, METHODS, type Method, matchesFilter, waitingSince } from './filters';

/**
 * Every figure of the Insights view, computed in one pass over plain application records
 * (whatever the tracker's data hook holds). `now` and the score function are passed in, so
 * a test can give known answers.
 */

export const WEEKS = 12;

export interface WeekRow {
  /** YYYY-MM-DD of the week's Monday (local time). */
  week: string;
  /** Applications captured that week, per board. */
  byBoard: Record<Board, number>;
  captured: number;
  /** Applications sent that week (their Applied date), wherever they were captured. */
  applied: number;
}

export interface FunnelFigures {
  /** Captured but never sent. */
  savedOnly: number;
  applied: number;
  interviewing: number;
  offer: number;
  /** Share of applied that reached an interview; undefined with nothing applied. */
  toInterview: number | undefined;
  /** Share of interviewed that reached an offer. */
  toOffer: number | undefined;
  rejected: number;
  rejectedAfterInterview: number;
  withdrawn: number;
  /** Applied, neither closed nor at offer: still waiting or in process. */
  open: number;
}

export interface ResponseRow {
  /** A board id or a capture method. */
  key: string;
  applied: number;
  responded: number;
  rate: number | undefined;
  /** Median days from applying to the first dated answer. */
  medianDays: number | undefined;
  /** Answers with a date (the median's sample size). */
  dated: number;
  /** Applied at least 14 (30) days ago… */
  due14: number;
  due30: number;
  /** …and still without an answer. */
  waiting14: number;
  waiting30: number;
}

export interface ScoreBin {
  /** Inclusive bounds, 0–100. */
  from: number;
  to: number;
  applied: number;
  interviewed: number;
  rate: number | undefined;
}

export interface ScoreFigures {
  bins: ScoreBin[];
  /** Applied applications that have a score. */
  scored: number;
  /** False when there are too few scored applications to read anything into the bins. */
  enough: boolean;
}

export interface Insights {
  /** Applications the filter kept. */
  total: number;
  weeks: WeekRow[];
  funnel: FunnelFigures;
  overall: ResponseRow;
  byBoard: ResponseRow[];
  byMethod: ResponseRow[];
}

/** At least this many scored applications, in at least two bins of MIN_BIN each. */
export const MIN_SCORED = 20;
export const MIN_BIN = 5;
const SCORE_BINS: readonly [number, number][] = [
  [0, 19],
  [20, 39],
  [40, 59],
  [60, 79],
  [80, 100],
];

export interface InsightsInput {
  apps: readonly Application[];
  stages: readonly Stage[];
  filter: InsightsFilter;
  now: number;
  /** 0–100 match score of an application, undefined when there is no CV. */
  scoreOf?: (app: Application) => number | undefined;
}

const emptyBoards = (): Record<Board, number> =>
  Object.fromEntries(BOARDS.map((board) => [board, 0])) as Record<Board, number>;

function weeksOf(facts: readonly Facts[], end: number): WeekRow[] {
  const rows: WeekRow[] = [];
  const index = new Map<string, WeekRow>();
  const last = weekStart(end);
  for (let i = WEEKS - 1; i >= 0; i--) {
    // Calendar arithmetic, not 7 × 24 h: a week across a clock change is 167 or 169 hours.
    const monday = new Date(last);
    monday.setDate(monday.getDate() - 7 * i);
    const row: WeekRow = {
      week: localDay(monday.getTime()),
      byBoard: emptyBoards(),
      captured: 0,
      applied: 0,
    };
    rows.push(row);
    index.set(row.week, row);
  }
  for (const fact of facts) {
    const captured = index.get(localDay(weekStart(Date.parse(fact.app.createdAt))));
    if (captured) {
      captured.captured++;
      captured.byBoard[fact.app.board]++;
    }
    if (fact.applied) {
      const sent = index.get(localDay(weekStart(fact.appliedAt)));
      if (sent) sent.applied++;
    }
  }
  return rows;
}

function funnelOf(facts: readonly Facts[]): FunnelFigures {
  const funnel: FunnelFigures = {
    savedOnly: 0,
    applied: 0,
    interviewing: 0,
    offer: 0,
    toInterview: undefined,
    toOffer: undefined,
    rejected: 0,
    rejectedAfterInterview: 0,
    withdrawn: 0,
    open: 0,
  };
  for (const fact of facts) {
    if (!fact.applied) {
      funnel.savedOnly++;
      continue;
    }
    funnel.applied++;
    if (fact.reachedInterview) funnel.interviewing++;
    if (fact.reachedOffer) funnel.offer++;
    if (fact.place === 'rejected') {
      funnel.rejected++;
      if (fact.reachedInterview) funnel.rejectedAfterInterview++;
    } else if (fact.place === 'withdrawn') funnel.withdrawn++;
    else if (fact.place !== 'offer') funnel.open++;
  }
  funnel.toInterview = share(funnel.interviewing, funnel.applied);
  funnel.toOffer = share(funnel.offer, funnel.interviewing);
  return funnel;
}

export const share = (part: number, whole: number): number | undefined => (whole ? part / whole : undefined);

export function median(values: number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function responseRow(key: string, facts: readonly Facts[], now: number): ResponseRow {
  const days: number[] = [];
  const row: ResponseRow = {
    key,
    applied: 0,
    responded: 0,
    rate: undefined,
    medianDays: undefined,
    dated: 0,
    due14: 0,
    due30: 0,
    waiting14: 0,
    waiting30: 0,
  };
  for (const fact of facts) {
    if (!fact.applied) continue;
    row.applied++;
    if (fact.responded) row.responded++;
    // An answer logged before the Applied event (a late-recorded application) counts as same-day.
    if (fact.respondedAt !== undefined) days.push(Math.max(0, (fact.respondedAt - fact.appliedAt) / DAY_MS));
    const age = now - fact.appliedAt;
    if (fact.place !== 'withdrawn' && age >= 14 * DAY_MS) row.due14++;
    if (fact.place !== 'withdrawn' && age >= 30 * DAY_MS) row.due30++;
    if (waitingSince(fact, 14, now)) row.waiting14++;
    if (waitingSince(fact, 30, now)) row.waiting30++;
  }
  row.rate = share(row.responded, row.applied);
  row.medianDays = median(days);
  row.dated = days.length;
  return row;
}

function groupBy<K extends string>(facts: readonly Facts[], keys: readonly K[], keyOf: (f: Facts) => K) {
  const groups = new Map<K, Facts[]>(keys.map((key) => [key, []]));
  for (const fact of facts) groups.get(keyOf(fact))?.push(fact);
  return groups;
}

function scoresOf(facts: readonly Facts[], scoreOf: (app: Application) => number | undefined): ScoreFigures {
  const bins: ScoreBin[] = SCORE_BINS.map(([from, to]) => ({
    from,
    to,
    applied: 0,
    interviewed: 0,
    rate: undefined,
  }));
  let scored = 0;
  for (const fact of facts) {
    if (!fact.applied) continue;
    const score = scoreOf(fact.app);
    if (score === undefined) continue;
    const bin = bins.find((b) => score <= b.to) ?? bins[bins.length - 1];
    if (!bin) continue;
    scored++;
    bin.applied++;
    if (fact.reachedInterview) bin.interviewed++;
  }
  for (const bin of bins) bin.rate = share(bin.interviewed, bin.applied);
  const enough = scored >= MIN_SCORED && bins.filter((bin) => bin.applied >= MIN_BIN).length >= 2;
  return { bins, scored, enough };
}

function factsFor(apps: readonly Application[], stages: readonly Stage[], filter: InsightsFilter): Facts[] {
  const places = placesOf(stages);
  const facts: Facts[] = [];
  for (const app of apps) if (matchesFilter(app, filter)) facts.push(factsOf(app, places));
  return facts;
}

/**
 * Every figure but the match-score one. Cheap at 5,000 applications (one pass); scores are
 * not: scoring 5,000 jobs cold takes about a second, so they are computed apart.
 */
export function computeInsights({ apps, stages, filter, now }: InsightsInput): Insights {
  const facts = factsFor(apps, stages, filter);
  // The 12 weeks end at the filter's end date when it has one in the past.
  const end = filter.to ? Math.min(now, new Date(`${filter.to}T12:00:00`).getTime()) : now;
  const byBoard = groupBy(facts, BOARDS, (fact) => fact.app.board);
  const byMethod = groupBy<Method>(facts, METHODS, (fact) => fact.app.captureMethod);
  return {
    total: facts.length,
    weeks: weeksOf(facts, end),
    funnel: funnelOf(facts),
    overall: responseRow('all', facts, now),
    byBoard: [...byBoard]
      .map(([key, group]) => responseRow(key, group, now))
      .filter((row) => row.applied > 0),
    byMethod: [...byMethod]
      .map(([key, group]) => responseRow(key, group, now))
      .filter((row) => row.applied > 0),
  };
}

/** The sent applications a filter keeps: the ones the score figure needs scored. */
export function sentApplications(input: Omit<InsightsInput, 'now' | 'scoreOf'>): Application[] {
  return factsFor(input.apps, input.stages, input.filter)
    .filter((fact) => fact.applied)
    .map((fact) => fact.app);
}

export function computeScores(input: Omit<InsightsInput, 'now'>): ScoreFigures {
  return scoresOf(factsFor(input.apps, input.stages, input.filter), input.scoreOf ?? (() => undefined));
}
