import type { Application, ApplicationEvent, Stage } from '../model/application';

/**
 * What the Insights view reads from one application: where its stage sits in the built-in
 * pipeline, whether and when it was sent, how far it got, and when the employer first
 * answered. Pure: plain records in, plain numbers out (no chrome.*, no DOM).
 */

/** The built-in pipeline every stage — built-in or the user's own — is counted under. */
export const PLACES = ['saved', 'applied', 'interviewing', 'offer', 'rejected', 'withdrawn'] as const;
export type Place = (typeof PLACES)[number];

const isPlace = (id: string): id is Place => (PLACES as readonly string[]).includes(id);

/**
 * Each stage id's place. Built-in ids are their own place. A custom stage takes its place
 * from where the user put it in the stage order:
 * - before Applied → Saved (e.g. "To apply");
 * - after Applied and before Offer → Interviewing (e.g. "Phone screen", "Take-home test":
 *   the employer has answered and the process is under way);
 * - after Offer, before any closing stage → Offer (e.g. "Negotiating", "Accepted");
 * - after Rejected or Withdrawn → the nearest of those before it (e.g. "Ghosted" placed
 *   after Rejected counts as a rejection).
 * When built-ins were removed, the nearest built-in before the stage decides; none → Saved.
 */
export function placesOf(stages: readonly Stage[]): Map<string, Place> {
  const places = new Map<string, Place>();
  let previous: Place | undefined;
  for (const stage of stages) {
    if (isPlace(stage.id)) {
      previous = stage.id;
      places.set(stage.id, stage.id);
      continue;
    }
    const place: Place =
      previous === 'applied' || previous === 'interviewing'
        ? 'interviewing'
        : previous === undefined
          ? 'saved'
          : previous;
    places.set(stage.id, place);
  }
  for (const id of PLACES) if (!places.has(id)) places.set(id, id);
  return places;
}

/** The place a timeline event stands for, if any (notes and follow-ups stand for none). */
function eventPlace(event: ApplicationEvent, places: ReadonlyMap<string, Place>): Place | undefined {
  if (event.stage) return places.get(event.stage) ?? 'saved';
  switch (event.type) {
    case 'applied':
      return 'applied';
    case 'interview':
      return 'interviewing';
    case 'offer':
      return 'offer';
    case 'rejection':
      return 'rejected';
    default:
      return undefined;
  }
}

/** Places that mean the employer answered (a withdrawal is the user's own act). */
const ANSWERS: ReadonlySet<Place> = new Set(['interviewing', 'offer', 'rejected']);

/** Places that mean the application was sent, whatever the timeline holds (e.g. an import). */
const SENT: ReadonlySet<Place> = new Set(['applied', 'interviewing', 'offer', 'rejected']);

export interface Facts {
  app: Application;
  /** The current stage's place. */
  place: Place;
  /** Sent to the employer: an Applied event, an Apply capture, or any later stage. */
  applied: boolean;
  /** ms: the first Applied event, else when it was captured. */
  appliedAt: number;
  reachedInterview: boolean;
  reachedOffer: boolean;
  /** The employer answered (interview, offer or rejection), dated or not. */
  responded: boolean;
  /** ms of the first dated answer, if the timeline has one. */
  respondedAt: number | undefined;
}

export function factsOf(app: Application, places: ReadonlyMap<string, Place>): Facts {
  const place = places.get(app.status) ?? 'saved';
  let appliedAt: number | undefined;
  let respondedAt: number | undefined;
  let reachedInterview = place === 'interviewing' || place === 'offer';
  let reachedOffer = place === 'offer';
  for (const event of app.events) {
    const at = eventPlace(event, places);
    if (!at) continue;
    const time = Date.parse(event.date);
    if (at === 'applied' && (appliedAt === undefined || time < appliedAt)) appliedAt = time;
    if (ANSWERS.has(at) && (respondedAt === undefined || time < respondedAt)) respondedAt = time;
    if (at === 'interviewing' || at === 'offer') reachedInterview = true;
    if (at === 'offer') reachedOffer = true;
  }
  const responded = respondedAt !== undefined || ANSWERS.has(place);
  const applied =
    appliedAt !== undefined ||
    app.captureMethod === 'apply' ||
    SENT.has(place) ||
    responded ||
    reachedInterview;
  return {
    app,
    place,
    applied,
    appliedAt: appliedAt ?? Date.parse(app.createdAt),
    reachedInterview,
    reachedOffer,
    responded,
    respondedAt,
  };
}
