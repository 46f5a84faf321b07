import type { Application, Stage } from '../model/application';
import { weekStart } from './dates';
import { factsOf, placesOf } from './facts';
import { waitingSince } from './filters';

export interface PopupSummary {
  /** Sent since Monday 00:00, local time. */
  appliedThisWeek: number;
  /** Sent 14 or more days ago and still without an answer. */
  waiting14: number;
}

/** The popup's one-line summary: one pass, no charting code (the popup stays light). */
export function popupSummary(
  apps: readonly Application[],
  stages: readonly Stage[],
  now: number,
): PopupSummary {
  const places = placesOf(stages);
  const monday = weekStart(now);
  const summary: PopupSummary = { appliedThisWeek: 0, waiting14: 0 };
  for (const app of apps) {
    const facts = factsOf(app, places);
    if (facts.applied && facts.appliedAt >= monday && facts.appliedAt <= now) summary.appliedThisWeek++;
    if (waitingSince(facts, 14, now)) summary.waiting14++;
  }
  return summary;
}
