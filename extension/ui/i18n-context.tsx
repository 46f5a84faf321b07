import { type ComponentChildren, createContext } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import { errorText } from '../i18n/errors';
import { type Language, type MessageKey, STAGE_LABELS, translate } from '../i18n/strings';
import { DEFAULT_STAGE_LABELS } from '../model/stages';
import type { AppError } from '../protocol/result';
import type { Stage } from '../store/schema';

export interface I18n {
  lang: Language;
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  /** A stage's label: the user's own, or the built-in one in the UI language. */
  stageLabel(stage: Stage | string, stages?: readonly Stage[]): string;
  /** An error the background or the client answered, as a sentence in the UI language. */
  errorText(error: AppError): string;
  formatDate(iso: string): string;
  formatDateTime(iso: string): string;
}

/** Labels of built-in stages as stored by default: shown translated until renamed. */
const STORED_DEFAULTS: Readonly<Record<string, string>> = DEFAULT_STAGE_LABELS;

export function makeI18n(lang: Language): I18n {
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const safe = (format: Intl.DateTimeFormat, iso: string) => {
    const value = new Date(iso);
    return Number.isNaN(value.getTime()) ? iso : format.format(value);
  };
  return {
    lang,
    t: (key, vars) => translate(lang, key, vars),
    stageLabel(stage, stages = []) {
      const found = typeof stage === 'string' ? stages.find((s) => s.id === stage) : stage;
      const id = typeof stage === 'string' ? stage : stage.id;
      if (!found) return STAGE_LABELS[lang][id] ?? id;
      if (STORED_DEFAULTS[found.id] === found.label) return STAGE_LABELS[lang][found.id] ?? found.label;
      return found.label;
    },
    errorText: (error) => errorText(lang, error),
    formatDate: (iso) => safe(date, iso),
    formatDateTime: (iso) => safe(dateTime, iso),
  };
}

const I18nContext = createContext<I18n>(makeI18n('en'));

export function I18nProvider({ lang, children }: { lang: Language; children: ComponentChildren }) {
  const value = useMemo(() => makeI18n(lang), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = () => useContext(I18nContext);
