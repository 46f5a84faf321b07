import { useLayoutEffect, useState } from 'preact/hooks';
import { emptyPageData, openPageData, type PageData } from '../store/reader';
import { defaultPreferences } from '../store/schema';

/** What a page shows (store/reader.ts loads it and follows changes). */
export type TrackerData = PageData;

export function useTrackerData(): TrackerData {
  const [data, setData] = useState<PageData>(() => emptyPageData(defaultPreferences()));
  // A layout effect runs right after the first render, in the same task; a plain effect
  // would wait for the next frame, and a large storage read arriving meanwhile would hold
  // the first rows back further (measured in the popup at 500 applications).
  useLayoutEffect(() => openPageData(setData), []);
  return data;
}
