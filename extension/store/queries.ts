import { foldText } from '../match/text';
import type { Application } from '../model/application';
import type { CvRecord } from './schema';

/**
 * Lists for the popup and tracker, computed from the stored records at read time (there is
 * no index to keep in sync). Search text is built once per record object and reused until
 * the record changes.
 */

export interface ApplicationFilter {
  query: string;
  /** A stage id, or '' for every stage. */
  status: string;
}

const searchText = new WeakMap<Application, string>();

function textOf(app: Application): string {
  let text = searchText.get(app);
  if (text === undefined) {
    text = foldText([app.title, app.company, app.location, app.notes].filter(Boolean).join('\n'));
    searchText.set(app, text);
  }
  return text;
}

export function filterApplications(apps: readonly Application[], filter: ApplicationFilter): Application[] {
  const words = foldText(filter.query).split(/\s+/).filter(Boolean);
  return apps.filter(
    (app) =>
      (!filter.status || app.status === filter.status) && words.every((word) => textOf(app).includes(word)),
  );
}

/** Counts per stage id, for filter labels and board column headers. */
export function countByStatus(apps: readonly Application[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const app of apps) counts.set(app.status, (counts.get(app.status) ?? 0) + 1);
  return counts;
}

/** Newest first by a date text, then by id (the same order everywhere: lists, snapshot, exports). */
export function compareNewest(aDate: string, aId: string, bDate: string, bId: string): number {
  if (aDate !== bDate) return aDate < bDate ? 1 : -1;
  return aId === bId ? 0 : aId < bId ? 1 : -1;
}

export const newestFirst = (a: Application, b: Application) =>
  compareNewest(a.createdAt, a.id, b.createdAt, b.id);
export const newestCvFirst = (a: CvRecord, b: CvRecord) => compareNewest(a.addedAt, a.id, b.addedAt, b.id);
