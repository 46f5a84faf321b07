import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { LetterProgress, letterProgressKey } from '../../shared/pro-messages';
import { SETTINGS_KEY, Settings, type SubscriptionState } from '../store/schema';

/**
 * Where Pro's pages read what the background writes: the cached subscription (settings in
 * chrome.storage.local) and a letter in progress (chrome.storage.session), first value and
 * every change. A seam, so components render in tests without extension APIs.
 */
export interface ProSource {
  watch(area: 'local' | 'session', key: string, onValue: (value: unknown) => void): () => void;
}

const chromeSource: ProSource = {
  watch(area, key, onValue) {
    let alive = true;
    void chrome.storage[area].get(key).then((items) => alive && onValue(items[key]));
    const listener = (changes: Record<string, chrome.storage.StorageChange>, name: string) => {
      if (name === area && key in changes) onValue(changes[key]?.newValue);
    };
    chrome.storage.onChanged.addListener(listener);
    return () => {
      alive = false;
      chrome.storage.onChanged.removeListener(listener);
    };
  },
};

const silentSource: ProSource = { watch: () => () => {} };

export const ProSourceContext = createContext<ProSource>(
  typeof chrome !== 'undefined' && chrome.storage ? chromeSource : silentSource,
);

/** The cached subscription: undefined until read, null without one. Pro shows the moment the background caches it. */
export function useCachedSubscription(): SubscriptionState | null | undefined {
  const source = useContext(ProSourceContext);
  const [subscription, setSubscription] = useState<SubscriptionState | null | undefined>(undefined);
  useEffect(
    () =>
      source.watch('local', SETTINGS_KEY, (value) => {
        const parsed = Settings.safeParse(value);
        setSubscription(parsed.success ? (parsed.data.subscription ?? null) : null);
      }),
    [source],
  );
  return subscription;
}

/** A Pro text being written, as the background keeps it in session storage under `key`. */
export function useProgress(key: string): LetterProgress | undefined {
  const source = useContext(ProSourceContext);
  const [progress, setProgress] = useState<LetterProgress | undefined>();
  useEffect(
    () =>
      source.watch('session', key, (value) => {
        const parsed = LetterProgress.safeParse(value);
        setProgress(parsed.success ? parsed.data : undefined);
      }),
    [source, key],
  );
  return progress;
}

/** The letter being written for this application. */
export const useLetterProgress = (id: string) => useProgress(letterProgressKey(id));
