import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { ProgressKind } from '../store/keys';
import { watchProgress, watchSubscription } from '../store/reader';
import type { LetterProgress, SubscriptionState } from '../store/schema';

/**
 * Where Pro's pages read what the background writes: the cached subscription and a letter
 * in progress, first value and every change (store/reader.ts). A seam, so components
 * render in tests without extension APIs.
 */
export interface ProSource {
  subscription(onValue: (subscription: SubscriptionState | null) => void): () => void;
  /** A Pro text being written for an application (a letter, interview prep, a statement). */
  progress(
    kind: ProgressKind,
    applicationId: string,
    onValue: (progress: LetterProgress | undefined) => void,
  ): () => void;
}

const storeSource: ProSource = { subscription: watchSubscription, progress: watchProgress };

const silentSource: ProSource = { subscription: () => () => {}, progress: () => () => {} };

export const ProSourceContext = createContext<ProSource>(
  typeof chrome !== 'undefined' && chrome.runtime?.id ? storeSource : silentSource,
);

/** The cached subscription: undefined until read, null without one. Pro shows the moment the background caches it. */
export function useCachedSubscription(): SubscriptionState | null | undefined {
  const source = useContext(ProSourceContext);
  const [subscription, setSubscription] = useState<SubscriptionState | null | undefined>(undefined);
  useEffect(() => source.subscription(setSubscription), [source]);
  return subscription;
}

/** A Pro text being written for this application, as the background keeps it in session storage. */
export function useProgress(kind: ProgressKind, id: string): LetterProgress | undefined {
  const source = useContext(ProSourceContext);
  const [progress, setProgress] = useState<LetterProgress | undefined>();
  useEffect(() => source.progress(kind, id, setProgress), [source, kind, id]);
  return progress;
}

/** The letter being written for this application. */
export const useLetterProgress = (id: string) => useProgress('letter', id);
