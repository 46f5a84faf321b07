import { type Application, type CoverLetter, MAX_LETTERS } from '../../shared/application';
import { appKey, SETTINGS_KEY } from './keys';
import { readApplicationIn } from './records';
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

async function changeLetters(
  area: StorageArea,
  id: string,
  now: Date,
  change: (letters: CoverLetter[]) => CoverLetter[],
): Promise<boolean> {
  const app = await readApplicationIn(area, id);
  if (!app) return false;
  const coverLetters = change(app.coverLetters ?? []).slice(-MAX_LETTERS);
  await area.set({ [appKey(id)]: { ...app, coverLetters, updatedAt: now.toISOString() } });
  return true;
}

/** Adds a version (the oldest goes past MAX_LETTERS). False when the application is gone. */
export function addLetter(area: StorageArea, id: string, letter: CoverLetter, now: Date): Promise<boolean> {
  return changeLetters(area, id, now, (letters) => [...letters, letter]);
}

export function editLetter(area: StorageArea, id: string, letterId: string, text: string, now: Date) {
  return changeLetters(area, id, now, (letters) =>
    letters.map((letter) =>
      letter.id === letterId ? { ...letter, text, updatedAt: now.toISOString() } : letter,
    ),
  );
}

export function deleteLetter(area: StorageArea, id: string, letterId: string, now: Date) {
  return changeLetters(area, id, now, (letters) => letters.filter((letter) => letter.id !== letterId));
}
