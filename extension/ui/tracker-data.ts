import { useEffect, useState } from 'preact/hooks';
import { openPageData, type PageData } from '../store/reader';
import { defaultPreferences } from '../store/schema';

/** What a page shows (store/reader.ts loads it and follows changes). */
export type TrackerData = PageData;

export function useTrackerData(): TrackerData {
  const [data, setData] = useState<PageData>(() => ({
    apps: undefined,
    preferences: defaultPreferences(),
    cvs: [],
    complete: false,
  }));
  useEffect(() => openPageData(setData), []);
  return data;
}
