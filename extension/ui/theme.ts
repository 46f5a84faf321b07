import { useEffect } from 'preact/hooks';
import type { Preferences } from '../store/schema';

/**
 * Light and dark follow the system (prefers-color-scheme) unless the user picked one;
 * the CSS reads data-theme on <html>.
 */
export function useTheme(theme: Preferences['theme'], lang: string): void {
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
}
