import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { watchLetterProgress, watchSubscription } from '../store/reader';
import type { LetterProgress, SubscriptionState } from '../store/schema';

/**
 * Where Pro's pages read what the background writes: the cached subscription and a letter
 * in progress, first value and every change (store/reader.ts). A seam, so components
 * render in tests without extension APIs.
 */
export interface ProSource {
  subscription(onValue: (subscription: SubscriptionState | null) => void): () => void;
  letterProgress(applicationId: string, onValue: (progress: LetterProgress | undefined) => void): () => void;
}

const storeSource: ProSource = { subscription: watchSubscription, letterProgress: watchLetterProgress };

const silentSource: ProSource = { subscription: () => () => {}, letterProgress: () => () => {} };

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

/** The letter being written for this application, as the background keeps it in session storage. */
export function useLetterProgress(id: string): LetterProgress | undefined {
  const source = useContext(ProSourceContext);
  const [progress, setProgress] = useState<LetterProgress | undefined>();
  useEffect(() => source.letterProgress(id, setProgress), [source, id]);
  return progress;
}
