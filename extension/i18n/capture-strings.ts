import { browserLanguage, fill } from './errors';
import type { Language } from './stage-labels';
import { STAGE_LABELS } from './stage-labels';
import { captureEn, captureEs } from './strings/capture';

export type CaptureKey = keyof typeof captureEn;

export interface CaptureWords {
  lang: Language;
  /** The catalogue's `capture.*` sentence, filled like `translate` fills it. */
  t(key: CaptureKey, vars?: Readonly<Record<string, string | number>>): string;
  /** A built-in stage's label (the content script cannot read the user's own names). */
  status(id: string): string;
}

/**
 * The content script's lookup into the one catalogue: only its `capture.*` part
 * (strings/capture.ts), so the script does not load the app's whole dictionary. The
 * toast speaks the browser's language: content scripts cannot read the stored choice.
 */
export function captureWords(language?: string): CaptureWords {
  const lang = browserLanguage(language);
  const words = lang === 'es' ? captureEs : captureEn;
  return {
    lang,
    t: (key, vars) => fill(words[key], vars),
    status: (id) => STAGE_LABELS[lang][id] ?? id,
  };
}
