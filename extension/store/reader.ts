import type { MatchFeatures } from '../match/features';
import type { Application } from '../model/application';
import { type Backup, makeBackup } from './backup';
import {
  appIdOf,
  detailIdOf,
  featIdOf,
  featKey,
  isAppKey,
  isCvKey,
  isDetailKey,
  isFeatKey,
  type ProgressKind,
  progressKey,
  SETTINGS_KEY,
} from './keys';
import { storedCreatedAt, unpackSummary } from './packed-summary';
import { readSummaryItems, summaryKeys, takeFirstScreen, takeSummaryKeys } from './prefetch';
import { compareNewest, newestFirst } from './queries';
import {
  type ApplicationList,
  applicationsOf,
  cvsOf,
  parseSummary,
  preferencesOf,
  readApplicationIn,
  readCvsIn,
  type Snapshot,
  settingsOf,
} from './records';
import {
  type ApplicationSummary,
  type CvRecord,
  LetterProgress,
  type Preferences,
  Settings,
  type SubscriptionState,
} from './schema';
import type { StorageArea } from './storage-area';
import { hasSummaryShape } from './summary-shape';

/**
 * What extension pages read, and how they follow changes. Pages read storage directly
 * (only the background writes) but never name a key or call chrome.storage themselves:
 * everything goes through these readers and `subscribe`.
 */

const local = (): StorageArea => chrome.storage.local;

/**
 * Every application's summary (no description: see keys.ts), validated, newest first, with
 * the records that failed validation.
 */
export async function readApplications(area: StorageArea = local()): Promise<ApplicationList> {
  return applicationsOf(await readSummaryItems(area));
}

/** The stored value of a feat: key as features, or undefined (missing, or not a string). */
const featuresValue = (value: unknown): MatchFeatures | undefined =>
  typeof value === 'string' ? value : undefined;

/**
 * The stored match features (keys.ts feat:<id>) of the given applications, by id; those
 * with none stored are left out. The version is checked where they are used.
 */
export async function readFeatures(
  ids: readonly string[],
  area: StorageArea = local(),
): Promise<Map<string, MatchFeatures>> {
  const out = new Map<string, MatchFeatures>();
  if (!ids.length) return out;
  const stored = await area.get(ids.map(featKey));
  for (const id of ids) {
    const features = featuresValue(stored[featKey(id)]);
    if (features !== undefined) out.set(id, features);
  }
  return out;
}

/** One application in full: its summary and its detail (description, capture details, Pro texts). */
export function readApplication(id: string, area: StorageArea = local()): Promise<Application | undefined> {
  return readApplicationIn(area, id);
}

/** CV versions, newest first. */
export function readCvs(area: StorageArea = local()): Promise<CvRecord[]> {
  return readCvsIn(area);
}

/** The JSON backup of everything stored now (store/backup.ts says what it leaves out). */
export async function readBackup(now: Date, area: StorageArea = local()): Promise<Backup> {
  return makeBackup(await area.get(null), now);
}

/** Bytes in use, and the quota (undefined with unlimitedStorage). */
export async function readStorageUsage(): Promise<{ used: number; quota: number | undefined }> {
  const unlimited = chrome.runtime.getManifest().permissions?.includes('unlimitedStorage');
  return {
    used: await chrome.storage.local.getBytesInUse(null),
    quota: unlimited ? undefined : chrome.storage.local.QUOTA_BYTES,
  };
}

/** One batch of stored changes, parsed: only what changed, ready to apply to a page's state. */
export interface StoreChange {
  /** Changed application summaries by id; undefined: deleted (or no longer readable). */
  applications: Map<string, ApplicationSummary | undefined>;
  /** Applications whose detail changed (read them again with readApplication). */
  details: Set<string>;
  /** Changed match features by id; undefined: deleted (or not a string). */
  features: Map<string, MatchFeatures | undefined>;
  /** Whether any CV version changed (read them again with readCvs). */
  cvs: boolean;
  /** The new preferences, when settings changed. */
  preferences?: Preferences;
}

type RawChanges = Record<string, { newValue?: unknown }>;

function parseChanges(changes: RawChanges): StoreChange {
  const applications = new Map<string, ApplicationSummary | undefined>();
  const details = new Set<string>();
  const features = new Map<string, MatchFeatures | undefined>();
  let cvs = false;
  let preferences: Preferences | undefined;
  for (const [key, change] of Object.entries(changes)) {
    if (isAppKey(key)) applications.set(appIdOf(key), parseSummary(change.newValue));
    else if (isDetailKey(key)) details.add(detailIdOf(key));
    else if (isFeatKey(key)) features.set(featIdOf(key), featuresValue(change.newValue));
    else if (isCvKey(key)) cvs = true;
    else if (key === SETTINGS_KEY) preferences = preferencesOf({ [SETTINGS_KEY]: change.newValue });
  }
  return { applications, details, features, cvs, ...(preferences ? { preferences } : {}) };
}

/** Calls `listener` with every change to local storage; answers the unsubscribe. */
export function subscribe(listener: (change: StoreChange) => void): () => void {
  const onChanged = (changes: RawChanges, areaName: string) => {
    if (areaName === 'local') listener(parseChanges(changes));
  };
  chrome.storage.onChanged.addListener(onChanged);
  return () => chrome.storage.onChanged.removeListener(onChanged);
}

/**
 * A change applied to a list already in memory, newest first: only the changed records
 * were parsed, so 5,000 applications stay cheap to follow. Undefined when none changed.
 */
export function applyChange(
  current: readonly ApplicationSummary[],
  change: StoreChange,
): ApplicationSummary[] | undefined {
  if (!change.applications.size) return undefined;
  const byId = new Map(current.map((app) => [app.id, app]));
  for (const [id, app] of change.applications) {
    if (app) byId.set(id, app);
    else byId.delete(id);
  }
  return [...byId.values()].sort(newestFirst);
}

/** `current` with `changes` applied (a new map), or undefined when there are none. */
function withFeatures(
  current: ReadonlyMap<string, MatchFeatures>,
  changes: ReadonlyMap<string, MatchFeatures | undefined>,
): Map<string, MatchFeatures> | undefined {
  if (!changes.size) return undefined;
  const next = new Map(current);
  for (const [id, features] of changes) {
    if (features === undefined) next.delete(id);
    else next.set(id, features);
  }
  return next;
}

/** What a page shows. */
export interface PageData {
  /** Summaries: a detail panel reads the whole record with readApplication. */
  apps: ApplicationSummary[] | undefined;
  preferences: Preferences;
  cvs: CvRecord[];
  /** False while records beyond the first screenful are still being validated. */
  complete: boolean;
  /**
   * The stored match features (keys.ts feat:<id>) read so far, by application id: what
   * scoring reads (ui/use-match-scores.ts). A new map each time more arrive.
   */
  features: ReadonlyMap<string, MatchFeatures>;
  /** False while features are still being read (after the summaries). */
  featuresComplete: boolean;
}

/** A page's data before anything is read. */
export const emptyPageData = (preferences: Preferences): PageData => ({
  apps: undefined,
  preferences,
  cvs: [],
  complete: false,
  features: new Map(),
  featuresComplete: false,
});

/** Rows parsed before the first paint: a screenful, newest first. */
const FIRST_BATCH = 40;
const BATCH = 500;
/**
 * Features read first once the summaries are in: the newest rows, which are both the
 * word-weight corpus (ui/use-match-scores.ts CORPUS_JOBS) and the rows a page opens on.
 */
const FIRST_FEATURES = 200;
/**
 * Features per read after that: about 300 KB at 640 bytes each, decoded in a few ms, with
 * a task boundary between reads so typing and scrolling are never held up.
 */
const FEATURES_BATCH = 500;

/** The application records of a snapshot, unparsed, newest first by their createdAt text. */
function rawNewestFirst(snapshot: Snapshot): [string, unknown][] {
  const dated = Object.entries(snapshot)
    .filter(([key]) => isAppKey(key))
    .map((entry) => ({ entry, createdAt: storedCreatedAt(entry[1]), id: appIdOf(entry[0]) }));
  dated.sort((a, b) => compareNewest(a.createdAt, a.id, b.createdAt, b.id));
  return dated.map(({ entry }) => entry);
}

/**
 * The readable summaries among `entries`, newest first: a structural check first
 * (summary-shape.ts: the full schema costs most of a 5,000-row page's start), the full
 * schema for anything it does not accept.
 */
function parseApps(entries: readonly [string, unknown][]): ApplicationSummary[] {
  const apps: ApplicationSummary[] = [];
  for (const [, stored] of entries) {
    const value = unpackSummary(stored);
    const app = hasSummaryShape(value) ? value : parseSummary(value);
    if (app) apps.push(app);
  }
  return apps.sort(newestFirst);
}

/**
 * Lets input and rendering run between two batches of work. scheduler.yield (Chrome 129+)
 * resumes right after them; a chain of setTimeout(0) is clamped to 4 ms a step after five,
 * which at 5,000 records was tens of ms of idle waiting before search was ready.
 */
function yieldToInput(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((done) => setTimeout(done, 0));
}

/**
 * Loads a page's data in steps so the first rows appear before 5,000 records are
 * validated: the first-screen snapshot (painted at once), then the one read of every
 * summary, sorted raw by creation date, its first screenful parsed and shown, the rest
 * parsed in batches between tasks (then search and filters are ready); then the match
 * features, which only scoring reads: the first screenful's alongside the summaries, the
 * newest FIRST_FEATURES next, the rest in batches between tasks. Then follows changes.
 * `update` gets each new state; answers the stop.
 */
export function openPageData(update: (data: PageData) => void): () => void {
  let alive = true;
  let data = emptyPageData(preferencesOf({}));
  const emit = (next: Partial<PageData>) => {
    data = { ...data, ...next };
    if (alive) update(data);
  };
  const fromSnapshot = (snapshot: Snapshot, apps: ApplicationSummary[]) =>
    emit({
      preferences: settingsOf(snapshot)?.preferences ?? data.preferences,
      cvs: cvsOf(snapshot),
      apps,
    });
  // Changes that arrive while the rest is still being parsed, replayed on the full list.
  let pending: StoreChange[] | undefined = [];
  // Features changed since the page opened: a batch read that started earlier is older.
  const changedFeatures = new Set<string>();
  const addFeatures = (read: ReadonlyMap<string, MatchFeatures>) => {
    const fresh = new Map([...read].filter(([id]) => !changedFeatures.has(id)));
    const features = withFeatures(data.features, fresh);
    if (features && alive) emit({ features });
  };
  const stop = subscribe((change) => {
    pending?.push(change);
    const apps = data.apps && applyChange(data.apps, change);
    for (const id of change.features.keys()) changedFeatures.add(id);
    const features = withFeatures(data.features, change.features);
    // One state for a record written whole (its summary and features in one set() call).
    if (apps || features) emit({ ...(apps ? { apps } : {}), ...(features ? { features } : {}) });
    if (change.preferences) emit({ preferences: change.preferences });
    if (change.cvs) void readCvs().then((cvs) => emit({ cvs }));
  });
  void (async () => {
    const keys = takeSummaryKeys() ?? summaryKeys(local());
    const first = await takeFirstScreen();
    if (!alive) return;
    let firstFeatures: Promise<void> = Promise.resolve();
    if (first) {
      const firstApps = parseApps(rawNewestFirst(first).slice(0, FIRST_BATCH));
      fromSnapshot(first, firstApps);
      // The full read starts once those rows are painted: a read that returned earlier
      // would be decoded on this thread before them (measured at 500 applications).
      // (A hidden tab gets no animation frames: the timeout stands in.)
      await new Promise((painted) => {
        requestAnimationFrame(() => setTimeout(painted, 0));
        setTimeout(painted, 100);
      });
      if (!alive) return;
      // The shown rows' features (a few dozen keys, KBs) asked for before the summaries, so
      // their scores need not wait for the big read.
      firstFeatures = readFeatures(firstApps.map((app) => app.id)).then(addFeatures);
    }
    const all = await readSummaryItems(local(), keys);
    performance.mark('jobtrack:read-done');
    if (!alive) return;
    const entries = rawNewestFirst(all);
    let parsed = parseApps(entries.slice(0, FIRST_BATCH));
    fromSnapshot(all, parsed);
    for (let i = FIRST_BATCH; i < entries.length; i += BATCH) {
      await yieldToInput();
      if (!alive) return;
      parsed = parsed.concat(parseApps(entries.slice(i, i + BATCH)));
    }
    let full = parsed.sort(newestFirst);
    for (const change of pending ?? []) full = applyChange(full, change) ?? full;
    pending = undefined;
    emit({ apps: full, complete: true });
    await firstFeatures;
    // Newest first, in batches: the corpus and the first screens, then everything else
    // (insights, and the scores of rows a search or filter brings up).
    const ids = full.map((app) => app.id).filter((id) => !data.features.has(id));
    for (let i = 0; i < ids.length; ) {
      const size = i === 0 ? FIRST_FEATURES : FEATURES_BATCH;
      if (i > 0) await yieldToInput();
      if (!alive) return;
      addFeatures(await readFeatures(ids.slice(i, i + size)));
      i += size;
    }
    performance.mark('jobtrack:features-done');
    emit({ featuresComplete: true });
  })();
  return () => {
    alive = false;
    stop();
  };
}

/** One stored value, then every change to it; answers the stop. */
function watchKey(areaName: 'local' | 'session', key: string, onValue: (value: unknown) => void): () => void {
  let alive = true;
  void chrome.storage[areaName].get(key).then((items) => alive && onValue(items[key]));
  const onChanged = (changes: RawChanges, name: string) => {
    if (name === areaName && key in changes) onValue(changes[key]?.newValue);
  };
  chrome.storage.onChanged.addListener(onChanged);
  return () => {
    alive = false;
    chrome.storage.onChanged.removeListener(onChanged);
  };
}

/** The cached Pro subscription (null without one), now and on every change; answers the stop. */
export function watchSubscription(onValue: (subscription: SubscriptionState | null) => void): () => void {
  return watchKey('local', SETTINGS_KEY, (value) => {
    const parsed = Settings.safeParse(value);
    onValue(parsed.success ? (parsed.data.subscription ?? null) : null);
  });
}

/** The cover letter being written for an application (session storage), now and on every change. */
export function watchProgress(
  kind: ProgressKind,
  applicationId: string,
  onValue: (progress: LetterProgress | undefined) => void,
): () => void {
  return watchKey('session', progressKey(kind, applicationId), (value) => {
    const parsed = LetterProgress.safeParse(value);
    onValue(parsed.success ? parsed.data : undefined);
  });
}
