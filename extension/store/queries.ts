import type { Application } from '../../shared/application';
import { StoredApplication } from './schema';

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

/** Lowercase, accents removed: "Ingeniería" matches "ingenieria". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

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

export const newestFirst = (a: Application, b: Application) =>
  a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? 1 : -1;

/**
 * Applies a storage change (chrome.storage.onChanged) to a list already in memory: only
 * the records that changed are parsed again, so 5,000 applications stay cheap to follow.
 */
export function applyStorageChanges(
  current: readonly Application[],
  changes: Record<string, { newValue?: unknown }>,
): Application[] | undefined {
  const touched = Object.keys(changes).filter((key) => key.startsWith('app:'));
  if (!touched.length) return undefined;
  const byId = new Map(current.map((app) => [app.id, app]));
  for (const key of touched) {
    const id = key.slice('app:'.length);
    const parsed = StoredApplication.safeParse(changes[key]?.newValue);
    if (parsed.success) byId.set(id, parsed.data);
    else byId.delete(id);
  }
  return [...byId.values()].sort(newestFirst);
}

const rawCreatedAt = (value: unknown): string => {
  const createdAt = (value as { createdAt?: unknown } | null)?.createdAt;
  return typeof createdAt === 'string' ? createdAt : '';
};

/** The application records of a snapshot, unparsed, newest first by their createdAt text. */
export function rawNewestFirst(snapshot: Record<string, unknown>): [string, unknown][] {
  const entries = Object.entries(snapshot).filter(([key]) => key.startsWith('app:'));
  const dated = entries.map((entry) => [rawCreatedAt(entry[1]), entry] as const);
  dated.sort((a, b) => (a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : 0));
  return dated.map(([, entry]) => entry);
}

/** Validates raw records; invalid ones are left out (readApplications reports them). */
export function parseEntries(entries: readonly [string, unknown][]): Application[] {
  const apps: Application[] = [];
  for (const [, value] of entries) {
    const parsed = StoredApplication.safeParse(value);
    if (parsed.success) apps.push(parsed.data);
  }
  return apps;
}

/** Every valid application in a storage snapshot, newest first (invalid records are skipped). */
export function applicationsFromSnapshot(snapshot: Record<string, unknown>): Application[] {
  const apps: Application[] = [];
  for (const [key, value] of Object.entries(snapshot)) {
    if (!key.startsWith('app:')) continue;
    const parsed = StoredApplication.safeParse(value);
    if (parsed.success) apps.push(parsed.data);
  }
  return apps.sort(newestFirst);
}

/** Counts per stage id, for filter labels and board column headers. */
export function countByStatus(apps: readonly Application[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const app of apps) counts.set(app.status, (counts.get(app.status) ?? 0) + 1);
  return counts;
}
