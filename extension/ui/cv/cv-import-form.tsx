import { useRef, useState } from 'preact/hooks';
import { CvParseError } from '../../cv/errors';
import { type ExtractedCv, extractCvText } from '../../cv/extract';
import { cvStrings } from '../../i18n/cv-strings';
import { useI18n } from '../i18n-context';
import { useCvActions } from './use-cv-actions';

export type ExtractFile = (file: File) => Promise<ExtractedCv>;

/** Reads a File in the page; pdf.js (and its bundled worker) load only for a PDF. */
export const extractFile: ExtractFile = async (file) =>
  extractCvText(
    { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
    { loadPdfJs: async () => (await import('../../cv/pdf-browser')).loadBrowserPdfJs() },
  );

type Draft = { fileName: string; text: string; pages?: number; truncated: boolean; makeDefault: boolean };
type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; name: string }
  | { step: 'review'; draft: Draft }
  | { step: 'error'; message: string };

/** Add a CV: choose or drop a file (or paste), check and correct the text, save it. */
export function CvImportForm({ extract }: { extract: ExtractFile }) {
  const { lang } = useI18n();
  const s = cvStrings(lang);
  const act = useCvActions();
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [notice, setNotice] = useState('');
  const [isDragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

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
    const problem = await act('cv-add', {
      fileName: draft.fileName.trim() || s.pastedName,
      text: draft.text,
      makeDefault: draft.makeDefault,
    });
    setBusy(false);
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
    <>
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
    </>
  );
}
