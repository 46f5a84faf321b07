import { useEffect, useState } from 'preact/hooks';
import type { Application } from '../../shared/application';
import { applyStorageChanges, newestFirst, parseEntries, rawNewestFirst } from '../store/queries';
import {
  CvRecord,
  cvKey,
  defaultPreferences,
  isCvKey,
  type Preferences,
  SETTINGS_KEY,
  Settings,
} from '../store/schema';
import { takeFirstScreen, takePrefetch } from './prefetch';

/**
 * What a page shows, read straight from chrome.storage.local (pages read; only the
 * background writes) and kept current through chrome.storage.onChanged, re-parsing only
 * the records that changed.
 */
export interface TrackerData {
  apps: Application[] | undefined;
  preferences: Preferences;
  cvs: CvRecord[];
  /** False while records beyond the first screenful are still being validated. */
  complete: boolean;
}

function cvsOf(all: Record<string, unknown>): CvRecord[] {
  const out: CvRecord[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!isCvKey(key)) continue;
    const parsed = CvRecord.safeParse(value);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

/** Rows parsed before the first paint: a screenful, newest first. */
const FIRST_BATCH = 40;
const BATCH = 500;

/**
 * Loads in two steps so the first rows appear before 5,000 records are validated: one
 * read of everything, a cheap sort of the raw records by creation date, the first
 * screenful parsed and shown, then the rest parsed in batches between frames.
 */
export function useTrackerData(): TrackerData {
  const [apps, setApps] = useState<Application[] | undefined>();
  const [complete, setComplete] = useState(false);
  const [preferences, setPreferences] = useState<Preferences>(defaultPreferences);
  const [cvs, setCvs] = useState<CvRecord[]>([]);

  useEffect(() => {
    const area = chrome.storage.local;
    let alive = true;
    // Changes that arrive while the rest is still being parsed, replayed on the full list.
    let pending: Record<string, chrome.storage.StorageChange>[] | undefined = [];
    void (async () => {
      const read = takePrefetch() ?? area.get(null);
      // The newest screenful, kept ready by the background in session storage: painted
      // while the full read (over 20 MB at 5,000 applications) is still on its way.
      const first = await takeFirstScreen();
      if (!alive) return;
      if (first) {
        const settings = Settings.safeParse(first[SETTINGS_KEY]);
        if (settings.success) setPreferences(settings.data.preferences);
        setCvs(cvsOf(first));
        setApps(parseEntries(rawNewestFirst(first).slice(0, FIRST_BATCH)));
      }
      const all = await read;
      performance.mark('jobtrack:read-done');
      if (!alive) return;
      const settings = Settings.safeParse(all[SETTINGS_KEY]);
      if (settings.success) setPreferences(settings.data.preferences);
      setCvs(cvsOf(all));
      const entries = rawNewestFirst(all);
      let parsed = parseEntries(entries.slice(0, FIRST_BATCH));
      setApps(parsed);
      for (let i = FIRST_BATCH; i < entries.length; i += BATCH) {
        await new Promise((done) => setTimeout(done, 0));
        if (!alive) return;
        parsed = parsed.concat(parseEntries(entries.slice(i, i + BATCH)));
      }
      let full = parsed.sort(newestFirst);
      for (const changes of pending ?? []) full = applyStorageChanges(full, changes) ?? full;
      pending = undefined;
      setApps(full);
      setComplete(true);
    })();
    const listener = (changes: Record<string, chrome.storage.StorageChange>, areaName: string) => {
      if (areaName !== 'local') return;
      pending?.push(changes);
      setApps((current) => (current ? (applyStorageChanges(current, changes) ?? current) : current));
      if (SETTINGS_KEY in changes) {
        const settings = Settings.safeParse(changes[SETTINGS_KEY]?.newValue);
        setPreferences(settings.success ? settings.data.preferences : defaultPreferences());
      }
      if (Object.keys(changes).some(isCvKey)) {
        setCvs((current) => {
          const byId = new Map(current.map((cv) => [cvKey(cv.id), cv]));
          for (const [key, change] of Object.entries(changes)) {
            if (!isCvKey(key)) continue;
            const parsed = CvRecord.safeParse(change.newValue);
            if (parsed.success) byId.set(key, parsed.data);
            else byId.delete(key);
          }
          return [...byId.values()];
        });
      }
    };
    chrome.storage.onChanged.addListener(listener);
    return () => {
      alive = false;
      chrome.storage.onChanged.removeListener(listener);
    };
  }, []);
  return { apps, preferences, cvs, complete };
}
