import type { Application, ApplicationEvent, Board, Stage } from '../../extension/model/application';
import { makeApp } from './make-app';

/**
 * A small invented job search with known answers for the Insights figures: eleven
 * applications across boards, capture methods, built-in and custom stages, dated
 * timelines and one import without a timeline. The expected figures are worked out by
 * hand in tests/unit/insights/compute.test.ts, from the comments below.
 */

/** Wednesday 25 November 2026, noon UTC: every date below is whole days before it. */
export const NOW = Date.parse('2026-11-25T12:00:00.000Z');
const DAY = 86_400_000;
export const daysAgo = (days: number) => new Date(NOW - days * DAY).toISOString();

/** Built-ins plus three of the user's own: "to-apply" (→ saved), "phone-screen" (→ interviewing), "not-selected" (→ rejected). */
export const STAGES: Stage[] = [
  { id: 'saved', label: 'Saved' },
  { id: 'to-apply', label: 'To apply' },
  { id: 'applied', label: 'Applied' },
  { id: 'phone-screen', label: 'Phone screen' },
  { id: 'interviewing', label: 'Interviewing' },
  { id: 'offer', label: 'Offer' },
  { id: 'rejected', label: 'Rejected' },
  { id: 'not-selected', label: 'Not selected' },
  { id: 'withdrawn', label: 'Withdrawn' },
];

let n = 0;
const ev = (type: ApplicationEvent['type'], days: number, stage?: string): ApplicationEvent => ({
  id: `ev-${++n}`,
  type,
  date: daysAgo(days),
  ...(stage ? { stage } : {}),
});

function app(
  id: string,
  board: Board,
  captureMethod: Application['captureMethod'],
  created: number,
  status: string,
  events: ApplicationEvent[],
): Application {
  return makeApp(id, {
    board,
    url: `https://jobs.example.test/${board}/${id}`,
    title: `Role ${id}`,
    captureMethod,
    status,
    events,
    createdAt: daysAgo(created),
    updatedAt: daysAgo(created),
  });
}

export const HISTORY: Application[] = [
  // Sent 2 days ago, no answer yet (too recent to count as waiting).
  app('a', 'linkedin', 'apply', 2, 'applied', [ev('applied', 2, 'applied')]),
  // Interview invitation 5 days after applying.
  app('b', 'linkedin', 'apply', 20, 'interviewing', [
    ev('applied', 20, 'applied'),
    ev('status', 15, 'interviewing'),
  ]),
  // Rejected 10 days after applying, no interview.
  app('c', 'linkedin', 'apply', 40, 'rejected', [
    ev('applied', 40, 'applied'),
    ev('rejection', 30, 'rejected'),
  ]),
  // 16 days without an answer.
  app('d', 'indeed', 'apply', 16, 'applied', [ev('applied', 16, 'applied')]),
  // Saved by hand, sent two days later: 33 days without an answer.
  app('e', 'indeed', 'manual', 35, 'applied', [ev('saved', 35), ev('applied', 33, 'applied')]),
  // Saved by hand, never sent.
  app('f', 'indeed', 'manual', 10, 'saved', [ev('saved', 10)]),
  // Phone screen (custom) after 5 days, interview, offer.
  app('g', 'infojobs', 'apply', 50, 'offer', [
    ev('applied', 50, 'applied'),
    ev('status', 45, 'phone-screen'),
    ev('interview', 40),
    ev('offer', 30, 'offer'),
  ]),
  // Older than the 12 weeks; "not-selected" (custom, after Rejected) 30 days after applying.
  app('h', 'infojobs', 'apply', 100, 'not-selected', [
    ev('applied', 100, 'applied'),
    ev('status', 70, 'not-selected'),
  ]),
  // Saved, sent the next day, withdrawn by the user: no answer, but not waiting either.
  app('i', 'tecnoempleo', 'manual', 25, 'withdrawn', [
    ev('saved', 25),
    ev('applied', 24, 'applied'),
    ev('status', 5, 'withdrawn'),
  ]),
  // Imported, already interviewing, no timeline: answered, with no date to measure.
  app('j', 'glassdoor', 'import', 3, 'interviewing', []),
  // Phone screen (custom) 2 days after applying.
  app('k', 'linkedin', 'apply', 31, 'phone-screen', [
    ev('applied', 31, 'applied'),
    ev('status', 29, 'phone-screen'),
  ]),
];

/** Match scores for the score figure: bins 0–19: h; 20–39: c; 40–59: d e; 60–79: g i k; 80–100: a b j. */
export const SCORES: Record<string, number> = {
  a: 85,
  b: 90,
  c: 30,
  d: 50,
  e: 55,
  f: 60,
  g: 75,
  h: 10,
  i: 65,
  j: 95,
  k: 70,
};
