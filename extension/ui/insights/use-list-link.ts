import { useMemo, useState } from 'preact/hooks';
import { applyListLink, type ListLink, readListLink } from '../../insights/filters';
import type { TrackerData } from '../tracker-data';

export interface ListLinkState {
  /** The filter an Insights figure opened the list with, if any. */
  link: ListLink | undefined;
  /** The tracker's data with only the applications the link selects. */
  data: TrackerData;
  /** Follows a figure's link ("board=indeed&cut=no-answer-14"). */
  open(query: string): void;
  clear(): void;
}

/**
 * The list's side of the Insights links: read from the URL on load (a link opened in a new
 * tab) or set by a figure in this tab, and applied to the applications the list shows.
 */
export function useListLink(data: TrackerData): ListLinkState {
  const [link, setLink] = useState(() => readListLink(location.search));
  const shown = useMemo(
    () =>
      link && data.apps
        ? { ...data, apps: applyListLink(data.apps, link, data.preferences.stages, Date.now()) }
        : data,
    [data, link],
  );
  return {
    link,
    data: shown,
    open: (query) => setLink(readListLink(query)),
    clear: () => setLink(undefined),
  };
}
