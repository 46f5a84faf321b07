import { type Application, type CoverLetter, MAX_LETTERS, type ProDocument } from '../model/application';
import { SETTINGS_KEY } from './keys';
import { readApplicationIn, writeApplications } from './records';
import { type CvRecord, Settings, type SubscriptionState } from './schema';
import type { StorageArea } from './storage-area';

/**
 * Pro's records: the cached subscription and the owner's name in settings, cover-letter
 * versions on their application. Writers run inside the background's write queue.
 */

export async function readProSettings(area: StorageArea): Promise<Settings> {
  const parsed = Settings.safeParse((await area.get(SETTINGS_KEY))[SETTINGS_KEY]);
  if (!parsed.success) throw new Error('settings are missing');
  return parsed.data;
}

/** Caches the subscription (or forgets it with `undefined`), optionally under a restored installation id. */
export async function writeSubscription(
  area: StorageArea,
  subscription: SubscriptionState | undefined,
  installationId?: string,
): Promise<Settings> {
  const { subscription: _old, ...settings } = await readProSettings(area);
  const next: Settings = {
    ...settings,
    ...(installationId ? { installationId } : {}),
    ...(subscription ? { subscription } : {}),
  };
  await area.set({ [SETTINGS_KEY]: next });
  return next;
}

export async function writeOwnerName(area: StorageArea, name: string): Promise<string> {
  const settings = await readProSettings(area);
  const { ownerName: _old, ...preferences } = settings.preferences;
  await area.set({
    [SETTINGS_KEY]: { ...settings, preferences: { ...preferences, ...(name ? { ownerName: name } : {}) } },
  });
  return name;
}

/** The CV an application is matched with: its own version while it exists, else the default. */
export function cvFor(app: Application, cvs: readonly CvRecord[]): CvRecord | undefined {
  return cvs.find((cv) => cv.id === app.cvId) ?? cvs.find((cv) => cv.isDefault);
}

/** Where each kind of Pro text is kept on its application, as a list of versions. */
export const VERSION_FIELDS = {
  letter: 'coverLetters',
  prep: 'interviewPreps',
  statement: 'statements',
} as const;
export type VersionKind = keyof typeof VERSION_FIELDS;
type Version = CoverLetter | ProDocument;

async function changeApplication(
  area: StorageArea,
  id: string,
  now: Date,
  change: (app: Application) => Partial<Application>,
): Promise<boolean> {
  const app = await readApplicationIn(area, id);
  if (!app) return false;
  await writeApplications(area, [{ ...app, ...change(app), updatedAt: now.toISOString() }], [app]);
  return true;
}

function changeVersions(
  area: StorageArea,
  kind: VersionKind,
  id: string,
  now: Date,
  change: (versions: Version[]) => Version[],
): Promise<boolean> {
  const field = VERSION_FIELDS[kind];
  return changeApplication(area, id, now, (app) => ({
    [field]: change((app[field] ?? []) as Version[]).slice(-MAX_LETTERS),
  }));
}

/** Adds a version (the oldest goes past MAX_LETTERS). False when the application is gone. */
export function addVersion(area: StorageArea, kind: VersionKind, id: string, version: Version, now: Date) {
  return changeVersions(area, kind, id, now, (versions) => [...versions, version]);
}

export function editVersion(
  area: StorageArea,
  kind: VersionKind,
  id: string,
  versionId: string,
  text: string,
  now: Date,
) {
  return changeVersions(area, kind, id, now, (versions) =>
    versions.map((version) =>
      version.id === versionId ? { ...version, text, updatedAt: now.toISOString() } : version,
    ),
  );
}

export function deleteVersion(
  area: StorageArea,
  kind: VersionKind,
  id: string,
  versionId: string,
  now: Date,
) {
  return changeVersions(area, kind, id, now, (versions) =>
    versions.filter((version) => version.id !== versionId),
  );
}

export const addLetter = (area: StorageArea, id: string, letter: CoverLetter, now: Date) =>
  addVersion(area, 'letter', id, letter, now);
export const editLetter = (area: StorageArea, id: string, letterId: string, text: string, now: Date) =>
  editVersion(area, 'letter', id, letterId, text, now);
export const deleteLetter = (area: StorageArea, id: string, letterId: string, now: Date) =>
  deleteVersion(area, 'letter', id, letterId, now);

/** The user's practice note for one interview question; an empty note removes it. */
export function writePrepNote(area: StorageArea, id: string, question: string, note: string, now: Date) {
  return changeApplication(area, id, now, (app) => {
    const { [question]: _old, ...notes } = app.prepNotes ?? {};
    return { prepNotes: note.trim() ? { ...notes, [question]: note } : notes };
  });
}
