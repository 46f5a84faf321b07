import { useEffect, useState } from 'preact/hooks';
import {
  LETTER_LANGUAGES,
  LETTER_LENGTHS,
  LETTER_TONES,
  type LetterLanguage,
  type LetterLength,
  type LetterTone,
} from '../../shared/api';
import type { Application, CoverLetter } from '../../shared/application';
import { LIMITS } from '../../shared/limits';
import { DOCX_TYPE, letterDocx } from '../pro/docx';
import { fillPlaceholders } from '../pro/redact';
import { type LetterPreview, proError } from '../protocol/pro';
import type { AppError } from '../protocol/result';
import { useSend } from './actions';
import { downloadText, today } from './download';
import { useI18n } from './i18n-context';
import { GoProButton } from './pro-section';
import { useCachedSubscription, useLetterProgress } from './pro-source';
import { proStrings } from './pro-strings';
import './pro.css';

function fileBase(app: Application): string {
  const name = `${app.company ?? ''} ${app.title}`.trim().replace(/[^\p{L}\p{N}]+/gu, '-');
  return `cover-letter-${name.slice(0, 60).replace(/^-|-$/g, '')}-${today()}`;
}

function SavedLetters({ app, selectId }: { app: Application; selectId: string | undefined }) {
  const { lang, formatDateTime, errorText } = useI18n();
  const s = proStrings(lang);
  const send = useSend();
  const letters = app.coverLetters ?? [];
  const [chosen, setChosen] = useState<string | undefined>(selectId);
  useEffect(() => setChosen(selectId), [selectId]);
  const letter: CoverLetter | undefined = letters.find((l) => l.id === chosen) ?? letters.at(-1);
  const [text, setText] = useState(letter?.text ?? '');
  const [note, setNote] = useState('');
  useEffect(() => {
    setText(letter?.text ?? '');
    setNote('');
  }, [letter?.id, letter?.text]);
  if (!letter) return null;
  return (
    <section class="pro-block" aria-labelledby={`letters-${app.id}`}>
      <h4 id={`letters-${app.id}`}>{s.savedLetters}</h4>
      {letters.length > 1 && (
        <select
          aria-label={s.savedLetters}
          value={letter.id}
          onChange={(e) => setChosen(e.currentTarget.value)}
        >
          {letters.map((l, index) => (
            <option key={l.id} value={l.id}>
              {s.version(index + 1, formatDateTime(l.createdAt))}
            </option>
          ))}
        </select>
      )}
      <label for={`letter-text-${app.id}`} class="sr-only">
        {s.edit}
      </label>
      <textarea
        id={`letter-text-${app.id}`}
        data-testid="saved-letter"
        class="pro-letter__text"
        rows={14}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <div class="pro-row">
        <button
          type="button"
          disabled={text === letter.text}
          onClick={async () => {
            const reply = await send('pro-letter-save', { id: app.id, letterId: letter.id, text });
            setNote(reply.ok ? s.saved : errorText(reply.error));
          }}
        >
          {s.save}
        </button>
        <button
          type="button"
          onClick={async () => {
            await navigator.clipboard.writeText(text);
            setNote(s.copied);
          }}
        >
          {s.copy}
        </button>
        <button
          type="button"
          onClick={() => downloadText(`${fileBase(app)}.txt`, text, 'text/plain;charset=utf-8')}
        >
          {s.downloadTxt}
        </button>
        <button
          type="button"
          onClick={() =>
            downloadText(`${fileBase(app)}.docx`, new Blob([letterDocx(text) as BlobPart]), DOCX_TYPE)
          }
        >
          {s.downloadDocx}
        </button>
        <button
          type="button"
          class="danger"
          onClick={() => void send('pro-letter-delete', { id: app.id, letterId: letter.id })}
        >
          {s.deleteVersion}
        </button>
      </div>
      {note && <p role="status">{note}</p>}
    </section>
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
  const { lang } = useI18n();
  const s = proStrings(lang);
  const over = value.length > max;
  return (
    <div class="pro-preview__field">
      <label for={id}>{label}</label>
      <textarea id={id} rows={8} value={value} onInput={(e) => onInput(e.currentTarget.value)} />
      <p class={over ? 'alert' : 'muted'} data-testid={`${id}-count`}>
        {s.count(value.length, max)} {over && s.overLimit}
      </p>
    </div>
  );
}

/** One of the letter's options as a labelled select. */
function Choice<T extends string>({
  label,
  value,
  values,
  names,
  onChange,
}: {
  label: string;
  value: T;
  values: readonly T[];
  names: Record<string, string>;
  onChange: (value: T) => void;
}) {
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onChange(e.currentTarget.value as T)}>
        {values.map((option) => (
          <option key={option} value={option}>
            {names[option] ?? option}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The cover-letter part of an application's detail view. */
export function CoverLetterSection({ app }: { app: Application }) {
  const { lang, errorText } = useI18n();
  const s = proStrings(lang);
  const send = useSend();
  const subscription = useCachedSubscription();
  const progress = useLetterProgress(app.id);
  const [language, setLanguage] = useState<LetterLanguage>(lang === 'es' ? 'es' : 'en');
  const [tone, setTone] = useState<LetterTone>('professional');
  const [length, setLength] = useState<LetterLength>('medium');
  const [preview, setPreview] = useState<LetterPreview | undefined>();
  const [cvText, setCvText] = useState('');
  const [jobText, setJobText] = useState('');
  const [failure, setFailure] = useState<AppError | undefined>();
  const [busy, setBusy] = useState(false);

  const streaming = progress?.status === 'streaming';
  const shownProgress = progress
    ? fillPlaceholders(progress.text, new Map(Object.entries(progress.placeholders)))
    : '';
  const progressFailure =
    progress?.status === 'error' ? proError(progress.failure ?? { reason: 'unknown' }) : undefined;

  const prepare = async () => {
    setFailure(undefined);
    setBusy(true);
    const reply = await send('pro-letter-preview', { id: app.id, options: { language, tone, length } });
    setBusy(false);
    if (!reply.ok) return setFailure(reply.error);
    setPreview(reply.value);
    setCvText(reply.value.body.cvText);
    setJobText(reply.value.body.jobText);
  };

  const start = async () => {
    if (!preview) return;
    setFailure(undefined);
    const reply = await send('pro-letter-start', {
      id: app.id,
      body: { ...preview.body, cvText, jobText, language, tone, length },
      placeholders: preview.placeholders,
    });
    if (reply.ok) setPreview(undefined);
    else setFailure(reply.error);
  };

  return (
    <section class="pro-letter" aria-labelledby={`letter-title-${app.id}`}>
      <h3 id={`letter-title-${app.id}`}>{s.letterTitle}</h3>
      {(subscription === null || subscription?.pro === false) && (
        <div class="pro-upsell">
          <p>{s.letterUpsell}</p>
          <GoProButton />
        </div>
      )}
      <div class="pro-row pro-options">
        <Choice
          label={s.language}
          value={language}
          values={LETTER_LANGUAGES}
          names={s.languages}
          onChange={setLanguage}
        />
        <Choice label={s.tone} value={tone} values={LETTER_TONES} names={s.tones} onChange={setTone} />
        <Choice
          label={s.length}
          value={length}
          values={LETTER_LENGTHS}
          names={s.lengths}
          onChange={setLength}
        />
        <button type="button" disabled={busy || streaming} onClick={() => void prepare()}>
          {busy ? s.preparing : (app.coverLetters?.length ?? 0) > 0 ? s.regenerate : s.prepare}
        </button>
      </div>

      {preview && (
        <section class="pro-preview" aria-labelledby={`preview-title-${app.id}`}>
          <h4 id={`preview-title-${app.id}`}>{s.previewTitle}</h4>
          <p class="muted">{s.previewHelp}</p>
          {preview.ownerNameSource === 'cv' && preview.ownerName && (
            <p class="muted">{s.ownerFromCv(preview.ownerName)}</p>
          )}
          {preview.ownerNameSource === 'none' && <p class="alert">{s.ownerNone}</p>}
          <Counted
            id="preview-cv"
            label={s.previewCv}
            value={cvText}
            max={LIMITS.proCvChars}
            onInput={setCvText}
          />
          <Counted
            id="preview-job"
            label={s.previewJob}
            value={jobText}
            max={LIMITS.proJobChars}
            onInput={setJobText}
          />
          <p class="muted">{s.previewOther(preview.body.jobTitle, preview.body.company ?? '')}</p>
          {Object.keys(preview.placeholders).length > 0 && (
            <details>
              <summary>{s.placeholdersTitle}</summary>
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
            <summary>{s.json}</summary>
            <pre class="pro-json" data-testid="request-json">
              {JSON.stringify({ ...preview.body, cvText, jobText, language, tone, length }, null, 2)}
            </pre>
          </details>
          <div class="pro-row">
            <button
              type="button"
              class="primary"
              disabled={
                cvText.length > LIMITS.proCvChars ||
                jobText.length > LIMITS.proJobChars ||
                !cvText.trim() ||
                !jobText.trim()
              }
              onClick={() => void start()}
            >
              {s.send}
            </button>
            <button type="button" onClick={() => setPreview(undefined)}>
              {s.cancel}
            </button>
          </div>
        </section>
      )}

      {progress && (streaming || progressFailure) && (
        <section class="pro-stream" aria-live="polite" aria-busy={streaming}>
          {streaming && (
            <div class="pro-row">
              <strong>{s.writing}</strong>
              <button type="button" onClick={() => void send('pro-letter-cancel', { id: app.id })}>
                {s.stop}
              </button>
            </div>
          )}
          {streaming && <p class="muted">{s.stillWriting}</p>}
          {shownProgress && (
            <pre class="pro-letter__stream" data-testid="letter-stream">
              {shownProgress}
            </pre>
          )}
        </section>
      )}
      {(failure ?? progressFailure) && (
        <p class="alert" role="alert" data-testid="letter-error">
          {errorText((failure ?? progressFailure) as AppError)}
        </p>
      )}
      <SavedLetters app={app} selectId={progress?.status === 'done' ? progress.letterId : undefined} />
    </section>
  );
}
