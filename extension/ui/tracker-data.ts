import { useEffect, useState } from 'preact/hooks';
import type { Application } from '../../shared/application';
import { applicationsFromSnapshot, applyStorageChanges } from '../store/queries';
import {
  CvRecord,
  defaultPreferences,
  isCvKey,
  type Preferences,
  SETTINGS_KEY,
  Settings,
} from '../store/schema';

/**
 * What a page shows, read straight from chrome.storage.local (pages read; only the
 * background writes) and kept current through chrome.storage.onChanged, re-parsing only
 * the records that changed.
 */
export interface TrackerData {
  apps: Application[] | undefined;
  preferences: Preferences;
  cvs: CvRecord[];
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

export function useTrackerData(onFirstRows?: () => void): TrackerData {
  const [apps, setApps] = useState<Application[] | undefined>();
  const [preferences, setPreferences] = useState<Preferences>(defaultPreferences);
  const [cvs, setCvs] = useState<CvRecord[]>([]);

  useEffect(() => {
    const area = chrome.storage.local;
    let alive = true;
    void (async () => {
      // One read of everything: applications, CVs and settings are built from it.
      const all = await area.get(null);
      if (!alive) return;
      const settings = Settings.safeParse(all[SETTINGS_KEY]);
      if (settings.success) setPreferences(settings.data.preferences);
      setApps(applicationsFromSnapshot(all));
      setCvs(cvsOf(all));
      onFirstRows?.();
    })();
    const listener = (changes: Record<string, chrome.storage.StorageChange>, areaName: string) => {
      if (areaName !== 'local') return;
      setApps((current) => (current ? (applyStorageChanges(current, changes) ?? current) : current));
      if (SETTINGS_KEY in changes) {
        const settings = Settings.safeParse(changes[SETTINGS_KEY]?.newValue);
        setPreferences(settings.success ? settings.data.preferences : defaultPreferences());
      }
      if (Object.keys(changes).some(isCvKey)) void area.get(null).then((all) => alive && setCvs(cvsOf(all)));
    };
    chrome.storage.onChanged.addListener(listener);
    return () => {
      alive = false;
      chrome.storage.onChanged.removeListener(listener);
    };
  }, []);
  return { apps, preferences, cvs };
}
