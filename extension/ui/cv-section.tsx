import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Result } from '../../shared/messages';
import { readCvItems } from '../cv/cv-records';
import { CvParseError } from '../cv/errors';
import { type ExtractedCv, extractCvText } from '../cv/extract';
import { CvRecord, isCvKey } from '../store/schema';
import { useSend } from './actions';
import { cvStrings } from './cv-strings';
import { useI18n } from './i18n-context';
import './cv-section.css';

/**
 * The CV section of the tracker page: import a CV (PDF, DOCX, text, or pasted), check and
 * correct the extracted text before saving, and manage saved versions (which one scores,
 * view/correct, delete). Parsing happens here in the page; only text goes to the
 * background, which stores it.
 */

export type ExtractFile = (file: File) => Promise<ExtractedCv>;

/** Reads a File in the page; pdf.js (and its bundled worker) load only for a PDF. */
export const extractFile: ExtractFile = async (file) =>
  extractCvText(
    { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
    { loadPdfJs: async () => (await import('../cv/pdf-browser')).loadBrowserPdfJs() },
  );

/** Saved CV versions, read from storage and kept current (pages read; the background writes). */
export function useCvRecords(): CvRecord[] {
  const [cvs, setCvs] = useState<CvRecord[]>([]);
  useEffect(() => {
    if (typeof chrome === 'undefined' || !chrome.storage?.local) return;
    let alive = true;
    const load = async () => {
      const all = await readCvItems(chrome.storage.local);
      if (!alive) return;
      const out: CvRecord[] = [];
      for (const [key, value] of Object.entries(all)) {
        const parsed = isCvKey(key) ? CvRecord.safeParse(value) : undefined;
        if (parsed?.success) out.push(parsed.data);
      }
      setCvs(out);
    };
    void load();
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && Object.keys(changes).some(isCvKey)) void load();
    };
    chrome.storage.onChanged.addListener(listener);
    return () => {
      alive = false;
      chrome.storage.onChanged.removeListener(listener);
    };
  }, []);
  return cvs;
}

type Draft = { fileName: string; text: string; pages?: number; truncated: boolean; makeDefault: boolean };
type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; name: string }
  | { step: 'review'; draft: Draft }
  | { step: 'error'; message: string };

function resultMessage(result: Result<unknown> | undefined): string | undefined {
  if (!result) return 'JobTrack did not answer. Reload the page and try again.';
  return result.ok ? undefined : result.error.message;
}

export function CvSection({
  cvs: given,
  extract = extractFile,
}: {
  /** Saved versions; read from storage when not given. */
  cvs?: readonly CvRecord[];
  extract?: ExtractFile;
}) {
  const { lang, formatDate } = useI18n();
  const s = cvStrings(lang);
  const send = useSend();
  const stored = useCvRecords();
  const cvs = [...(given ?? stored)].sort((a, b) => (a.addedAt < b.addedAt ? 1 : -1));
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [notice, setNotice] = useState('');
  const [isDragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const ids = useId();

  const readFile = async (file: File) => {
    setNotice('');
    setState({ step: 'reading', name: file.name });
    try {
      const extracted = await extract(file);
      setState({
        step: 'review',
        draft: {
          fileName: file.name,
          text: extracted.text,
          ...(extracted.pages !== undefined ? { pages: extracted.pages } : {}),
          truncated: extracted.truncated,
          makeDefault: true,
        },
      });
    } catch (error) {
      const message = error instanceof CvParseError ? s.errors[error.code] : s.unexpected;
      if (!(error instanceof CvParseError)) console.warn('JobTrack: CV import failed', error);
      setState({ step: 'error', message });
    } finally {
      if (input.current) input.current.value = '';
    }
  };

  const save = async (draft: Draft) => {
    setBusy(true);
    const result = await send({
      type: 'cv-add',
      fileName: draft.fileName.trim() || s.pastedName,
      text: draft.text,
      makeDefault: draft.makeDefault,
    });
    setBusy(false);
    const problem = resultMessage(result);
    if (problem) {
      setState({ step: 'error', message: problem });
      return;
    }
    setState({ step: 'idle' });
    setNotice(s.saved);
  };

  const draft = state.step === 'review' ? state.draft : undefined;
  const setDraft = (patch: Partial<Draft>) =>
    draft && setState({ step: 'review', draft: { ...draft, ...patch } });

  return (
    <section class="card-section cv-section" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{s.title}</h2>
      <p class="cv-section__help">{s.help}</p>

      {state.step !== 'review' && (
        <fieldset
          class={`cv-drop${isDragging ? ' cv-drop--over' : ''}`}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(event) => {
            event.preventDefault();
            setDragging(false);
            const file = event.dataTransfer?.files[0];
            if (file) void readFile(file);
          }}
        >
          <label class="cv-drop__choose">
            {s.choose}
            <input
              ref={input}
              type="file"
              class="sr-only"
              accept=".pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
              data-testid="cv-file"
              disabled={state.step === 'reading'}
              onChange={(event) => {
                const file = (event.currentTarget as HTMLInputElement).files?.[0];
                if (file) void readFile(file);
              }}
            />
          </label>
          <span class="muted">
            {s.formats} · {s.dropHere}
          </span>
          <button
            type="button"
            class="link-button"
            onClick={() =>
              setState({
                step: 'review',
                draft: { fileName: s.pastedName, text: '', truncated: false, makeDefault: true },
              })
            }
          >
            {s.paste}
          </button>
        </fieldset>
      )}

      {state.step === 'reading' && (
        <p class="cv-section__status" role="status">
          {s.reading(state.name)}
        </p>
      )}
      {state.step === 'error' && (
        <p class="alert" role="alert">
          {state.message}
        </p>
      )}
      {notice && state.step === 'idle' && (
        <p class="cv-section__status" role="status">
          {notice}
        </p>
      )}

      {draft && (
        <form
          class="cv-review"
          onSubmit={(event) => {
            event.preventDefault();
            void save(draft);
          }}
        >
          <h3>{s.review}</h3>
          <p class="muted">{s.reviewHelp}</p>
          <label class="cv-review__field">
            <span>{s.nameLabel}</span>
            <input
              type="text"
              maxLength={260}
              value={draft.fileName}
              onInput={(event) => setDraft({ fileName: (event.currentTarget as HTMLInputElement).value })}
            />
          </label>
          <label class="cv-review__field">
            <span>{s.textLabel}</span>
            <textarea
              class="cv-text"
              rows={16}
              maxLength={100_000}
              value={draft.text}
              data-testid="cv-review-text"
              onInput={(event) => setDraft({ text: (event.currentTarget as HTMLTextAreaElement).value })}
            />
          </label>
          <p class="muted">{s.stats(draft.text.length, draft.pages)}</p>
          {draft.truncated && <p class="alert">{s.truncated}</p>}
          <label class="cv-review__check">
            <input
              type="checkbox"
              checked={draft.makeDefault}
              onChange={(event) =>
                setDraft({ makeDefault: (event.currentTarget as HTMLInputElement).checked })
              }
            />
            {s.makeDefault}
          </label>
          <div class="cv-review__actions">
            <button type="submit" class="primary" disabled={busy || !draft.text.trim()}>
              {busy ? s.working : s.save}
            </button>
            <button type="button" onClick={() => setState({ step: 'idle' })}>
              {s.cancel}
            </button>
          </div>
        </form>
      )}

      <h3>{s.versions}</h3>
      {cvs.length === 0 ? (
        <p class="muted">{s.none}</p>
      ) : (
        <ul class="cv-versions">
          {cvs.map((cv) => (
            <CvVersion key={cv.id} cv={cv} addedLabel={s.added(formatDate(cv.addedAt))} />
          ))}
        </ul>
      )}
    </section>
  );
}

function CvVersion({ cv, addedLabel }: { cv: CvRecord; addedLabel: string }) {
  const { lang } = useI18n();
  const s = cvStrings(lang);
  const send = useSend();
  const [isOpen, setOpen] = useState(false);
  const [text, setText] = useState(cv.text);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | undefined>();
  const [busy, setBusy] = useState(false);
  const textId = useId();
  useEffect(() => setText(cv.text), [cv.text]);

  const run = async (request: Parameters<typeof send>[0], success?: string) => {
    setBusy(true);
    const problem = resultMessage(await send(request));
    setBusy(false);
    setMessage(
      problem ? { kind: 'error', text: problem } : success ? { kind: 'ok', text: success } : undefined,
    );
  };

  return (
    <li class="cv-version" data-cv-id={cv.id}>
      <div class="cv-version__head">
        <div>
          <strong class="cv-version__name">{cv.fileName}</strong>
          <span class="muted"> · {addedLabel}</span>
        </div>
        <div class="cv-version__actions">
          {cv.isDefault ? (
            <span class="cv-version__default">{s.isDefault}</span>
          ) : (
            <button
              type="button"
              disabled={busy}
              onClick={() => void run({ type: 'cv-set-default', id: cv.id })}
            >
              {s.setDefault}
            </button>
          )}
          <button
            type="button"
            aria-expanded={isOpen}
            aria-controls={textId}
            onClick={() => setOpen(!isOpen)}
          >
            {isOpen ? s.hideText : s.showText}
          </button>
          <button
            type="button"
            class="danger"
            disabled={busy}
            onClick={() => {
              if (confirm(s.confirmDelete(cv.fileName))) void run({ type: 'cv-delete', id: cv.id });
            }}
          >
            {s.delete}
          </button>
        </div>
      </div>
      {isOpen && (
        <form
          id={textId}
          class="cv-version__editor"
          onSubmit={(event) => {
            event.preventDefault();
            void run({ type: 'cv-update-text', id: cv.id, text }, s.changesSaved);
          }}
        >
          <textarea
            class="cv-text"
            rows={14}
            maxLength={100_000}
            aria-label={`${s.textLabel}: ${cv.fileName}`}
            value={text}
            onInput={(event) => setText((event.currentTarget as HTMLTextAreaElement).value)}
          />
          <button type="submit" disabled={busy || text === cv.text || !text.trim()}>
            {s.saveChanges}
          </button>
        </form>
      )}
      {message && (
        <p
          class={message.kind === 'error' ? 'alert' : 'cv-section__status'}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
    </li>
  );
}
