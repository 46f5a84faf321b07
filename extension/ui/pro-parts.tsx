import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { LETTER_LANGUAGES, type LetterLanguage } from '../../shared/api';
import { LIMITS } from '../../shared/limits';
import type { Application } from '../model/application';
import { DOCX_TYPE, letterDocx } from '../pro/docx';
import { fillPlaceholders } from '../pro/redact';
import { type LetterPreview, proError } from '../protocol/pro';
import type { AppError } from '../protocol/result';
import type { LetterProgress } from '../store/schema';
import { downloadText, today } from './download';
import { type I18n, useI18n } from './i18n-context';
import './pro.css';

/**
 * The pieces every Pro text shares (cover letter, interview prep, supporting statement):
 * the "What will be sent" panel, the text being written, and the saved versions with
 * copy and download. Each section passes its own labels, ids and extras.
 */

/** The job's title and, when it names one, its company, for a text's "Also sent" line. */
export function alsoJob(t: I18n['t'], job: { jobTitle: string; company?: string | undefined }) {
  return { title: job.jobTitle, company: job.company ? t('pro.alsoCompany', { company: job.company }) : '' };
}

/** One of a Pro text's options as a labelled select. */
export function Choice<T extends string>({
  label,
  value,
  values,
  name,
  onChange,
}: {
  label: string;
  value: T;
  values: readonly T[];
  name: (value: T) => string;
  onChange: (value: T) => void;
}) {
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onChange(e.currentTarget.value as T)}>
        {values.map((option) => (
          <option key={option} value={option}>
            {name(option)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The language choice (and a text's other options, as children) and the button that opens the preview. */
export function PrepareRow({
  language,
  onLanguage,
  busy,
  disabled,
  label,
  onPrepare,
  children,
}: {
  language: LetterLanguage;
  onLanguage: (language: LetterLanguage) => void;
  busy: boolean;
  disabled: boolean;
  label: string;
  onPrepare: () => void;
  children?: ComponentChildren;
}) {
  const { t } = useI18n();
  return (
    <div class="pro-row pro-options">
      <Choice
        label={t('pro.language')}
        value={language}
        values={LETTER_LANGUAGES}
        name={(code) => t(`pro.language.${code}`)}
        onChange={onLanguage}
      />
      {children}
      <button type="button" disabled={busy || disabled} onClick={onPrepare}>
        {busy ? t('pro.preparing') : label}
      </button>
    </div>
  );
}

function Counted({
  id,
  label,
  value,
  max,
  onInput,
}: {
  id: string;
  label: string;
  value: string;
  max: number;
  onInput: (value: string) => void;
}) {
  const { t, lang } = useI18n();
  const over = value.length > max;
  return (
    <div class="pro-preview__field">
      <label for={id}>{label}</label>
      <textarea id={id} rows={8} value={value} onInput={(e) => onInput(e.currentTarget.value)} />
      <p class={over ? 'alert' : 'muted'} data-testid={`${id}-count`}>
        {t('pro.count', { n: value.length.toLocaleString(lang), max: max.toLocaleString(lang) })}{' '}
        {over && t('pro.overLimit')}
      </p>
    </div>
  );
}

export interface PreviewState {
  placeholders: Record<string, string>;
  ownerName?: string | undefined;
  ownerNameSource: LetterPreview['ownerNameSource'];
  body: { jobTitle: string; company?: string | undefined };
}

/** The exact request, editable where the user may cut what they do not want to send. */
export function PreviewPanel({
  idPrefix,
  preview,
  cvText,
  jobText,
  onCvText,
  onJobText,
  also,
  request,
  canSend = true,
  onSend,
  onCancel,
  children,
}: {
  /** '' for the letter (its ids predate the tools), else `prep-` / `statement-`. */
  idPrefix: string;
  preview: PreviewState;
  cvText: string;
  jobText: string;
  onCvText: (value: string) => void;
  onJobText: (value: string) => void;
  /** The "Also sent: …" sentence. */
  also: string;
  /** The whole request body as it will be sent (shown as JSON). */
  request: object;
  canSend?: boolean;
  onSend: () => void;
  onCancel: () => void;
  /** What else the request carries, shown between the excerpts and the JSON. */
  children?: ComponentChildren;
}) {
  const { t } = useI18n();
  return (
    <section class="pro-preview" aria-labelledby={`${idPrefix}preview-title`}>
      <h4 id={`${idPrefix}preview-title`}>{t('pro.previewTitle')}</h4>
      <p class="muted">{t('pro.previewHelp')}</p>
      {preview.ownerNameSource === 'cv' && preview.ownerName && (
        <p class="muted">{t('pro.ownerFromCv', { name: preview.ownerName })}</p>
      )}
      {preview.ownerNameSource === 'none' && <p class="alert">{t('pro.ownerNone')}</p>}
      <Counted
        id={`${idPrefix}preview-cv`}
        label={t('pro.previewCv')}
        value={cvText}
        max={LIMITS.proCvChars}
        onInput={onCvText}
      />
      <Counted
        id={`${idPrefix}preview-job`}
        label={t('pro.previewJob')}
        value={jobText}
        max={LIMITS.proJobChars}
        onInput={onJobText}
      />
      {children}
      <p class="muted">{also}</p>
      {Object.keys(preview.placeholders).length > 0 && (
        <details>
          <summary>{t('pro.placeholdersTitle')}</summary>
          <ul class="pro-placeholders">
            {Object.entries(preview.placeholders).map(([placeholder, value]) => (
              <li key={placeholder}>
                <code>{placeholder}</code> → {value}
              </li>
            ))}
          </ul>
        </details>
      )}
      <details>
        <summary>{t('pro.json')}</summary>
        <pre class="pro-json" data-testid={`${idPrefix}request-json`}>
          {JSON.stringify(request, null, 2)}
        </pre>
      </details>
      <div class="pro-row">
        <button
          type="button"
          class="primary"
          disabled={
            !canSend ||
            cvText.length > LIMITS.proCvChars ||
            jobText.length > LIMITS.proJobChars ||
            !cvText.trim() ||
            !jobText.trim()
          }
          onClick={onSend}
        >
          {t('pro.send')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('pro.cancel')}
        </button>
      </div>
    </section>
  );
}

/** The text being written in the background (placeholders filled in), or why it stopped. */
export function TextProgress({
  testId,
  progress,
  failure,
  stillWriting,
  onStop,
  render,
  failures,
}: {
  /** `letter` → data-testid `letter-stream` and `letter-error`. */
  testId: string;
  progress: LetterProgress | undefined;
  /** A failure of the last request from this page. */
  failure: AppError | undefined;
  stillWriting: string;
  onStop: () => void;
  render?: ((text: string) => ComponentChildren) | undefined;
  /** A sentence that replaces the letter's for a failure, where it has one. */
  failures?: ((failure: AppError) => string | undefined) | undefined;
}) {
  const { t, errorText } = useI18n();
  const streaming = progress?.status === 'streaming';
  const shown = progress
    ? fillPlaceholders(progress.text, new Map(Object.entries(progress.placeholders)))
    : '';
  // A text that failed while streaming keeps its reason in session storage: its code, worded here.
  const shownFailure =
    failure ??
    (progress?.status === 'error' ? proError(progress.failure ?? { reason: 'unknown' }) : undefined);
  return (
    <>
      {progress && (streaming || shownFailure) && (
        <section class="pro-stream" aria-live="polite" aria-busy={streaming}>
          {streaming && (
            <div class="pro-row">
              <strong>{t('pro.writing')}</strong>
              <button type="button" onClick={onStop}>
                {t('pro.stop')}
              </button>
            </div>
          )}
          {streaming && <p class="muted">{stillWriting}</p>}
          {shown && (
            <div class="pro-letter__stream" data-testid={`${testId}-stream`}>
              {render ? render(shown) : shown}
            </div>
          )}
        </section>
      )}
      {shownFailure && (
        <p class="alert" role="alert" data-testid={`${testId}-error`}>
          {failures?.(shownFailure) ?? errorText(shownFailure)}
        </p>
      )}
    </>
  );
}

export interface Version {
  id: string;
  createdAt: string;
  text: string;
}

export function fileStem(kind: string, app: Application): string {
  const name = `${app.company ?? ''} ${app.title}`.trim().replace(/[^\p{L}\p{N}]+/gu, '-');
  return `${kind}-${name.slice(0, 60).replace(/^-|-$/g, '')}-${today()}`;
}

/** The saved versions of one kind of text: pick one, edit, save, copy, download, delete. */
export function SavedVersions({
  app,
  testId,
  title,
  textLabel,
  versions,
  selectId,
  fileKind,
  onSave,
  onDelete,
  children,
}: {
  app: Application;
  /** data-testid of the textarea (`saved-letter`). */
  testId: string;
  title: string;
  textLabel: string;
  versions: readonly Version[];
  /** The version just written, to show first. */
  selectId: string | undefined;
  /** File names: `<fileKind>-<company>-<title>-<date>.txt|.docx`. */
  fileKind: string;
  onSave: (id: string, text: string) => Promise<string>;
  onDelete: (id: string) => void;
  /** A view of the chosen version above its text (practice mode, word count). */
  children?: (version: Version, text: string) => ComponentChildren;
}) {
  const { t, formatDateTime } = useI18n();
  const [chosen, setChosen] = useState<string | undefined>(selectId);
  useEffect(() => setChosen(selectId), [selectId]);
  const version = versions.find((v) => v.id === chosen) ?? versions.at(-1);
  const [text, setText] = useState(version?.text ?? '');
  const [note, setNote] = useState('');
  useEffect(() => {
    setText(version?.text ?? '');
    setNote('');
  }, [version?.id, version?.text]);
  if (!version) return null;
  const textId = `${testId}-${app.id}`;
  return (
    <section class="pro-block" aria-labelledby={`${textId}-title`}>
      <h4 id={`${textId}-title`}>{title}</h4>
      {versions.length > 1 && (
        <select aria-label={title} value={version.id} onChange={(e) => setChosen(e.currentTarget.value)}>
          {versions.map((v, index) => (
            <option key={v.id} value={v.id}>
              {t('pro.version', { n: index + 1, date: formatDateTime(v.createdAt) })}
            </option>
          ))}
        </select>
      )}
      {children?.(version, text)}
      <label for={textId} class="sr-only">
        {textLabel}
      </label>
      <textarea
        id={textId}
        data-testid={testId}
        class="pro-letter__text"
        rows={14}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <div class="pro-row">
        <button
          type="button"
          disabled={text === version.text}
          onClick={async () => setNote(await onSave(version.id, text))}
        >
          {t('pro.save')}
        </button>
        <button
          type="button"
          onClick={async () => {
            await navigator.clipboard.writeText(text);
            setNote(t('pro.copied'));
          }}
        >
          {t('pro.copy')}
        </button>
        <button
          type="button"
          onClick={() => downloadText(`${fileStem(fileKind, app)}.txt`, text, 'text/plain;charset=utf-8')}
        >
          {t('pro.downloadTxt')}
        </button>
        <button
          type="button"
          onClick={() =>
            downloadText(
              `${fileStem(fileKind, app)}.docx`,
              new Blob([letterDocx(text) as BlobPart]),
              DOCX_TYPE,
            )
          }
        >
          {t('pro.downloadDocx')}
        </button>
        <button type="button" class="danger" onClick={() => onDelete(version.id)}>
          {t('pro.deleteVersion')}
        </button>
      </div>
      {note && <p role="status">{note}</p>}
    </section>
  );
}
