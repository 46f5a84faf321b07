import { useRef, useState } from 'preact/hooks';
import { CvParseError } from '../../cv/errors';
import { type ExtractedCv, extractCvText } from '../../cv/extract';
import { type I18n, useI18n } from '../i18n-context';
import { useCvActions } from './use-cv-actions';

export type ExtractFile = (file: File) => Promise<ExtractedCv>;

/** "1,234 characters, 2 pages" in the UI language. */
function statsText(t: I18n['t'], lang: string, chars: number, pages: number | undefined): string {
  const count = chars.toLocaleString(lang);
  if (!pages) return t('cvStats', { chars: count });
  return pages === 1 ? t('cvStatsPage', { chars: count }) : t('cvStatsPages', { chars: count, pages });
}

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
  const { t, lang } = useI18n();
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
      const message = error instanceof CvParseError ? t(`cvError_${error.code}`) : t('cvUnexpected');
      if (!(error instanceof CvParseError)) console.warn('JobTrack: CV import failed', error);
      setState({ step: 'error', message });
    } finally {
      if (input.current) input.current.value = '';
    }
  };

  const save = async (draft: Draft) => {
    setBusy(true);
    const problem = await act('cv-add', {
      fileName: draft.fileName.trim() || t('cvPastedName'),
      text: draft.text,
      makeDefault: draft.makeDefault,
    });
    setBusy(false);
    if (problem) {
      setState({ step: 'error', message: problem });
      return;
    }
    setState({ step: 'idle' });
    setNotice(t('cvSaved'));
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
            {t('cvChoose')}
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
            {t('cvFormats')} · {t('cvDropHere')}
          </span>
          <button
            type="button"
            class="link-button"
            onClick={() =>
              setState({
                step: 'review',
                draft: { fileName: t('cvPastedName'), text: '', truncated: false, makeDefault: true },
              })
            }
          >
            {t('cvPaste')}
          </button>
        </fieldset>
      )}

      {state.step === 'reading' && (
        <p class="cv-section__status" role="status">
          {t('cvReading', { name: state.name })}
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
          <h3>{t('cvReview')}</h3>
          <p class="muted">{t('cvReviewHelp')}</p>
          <label class="cv-review__field">
            <span>{t('cvNameLabel')}</span>
            <input
              type="text"
              maxLength={260}
              value={draft.fileName}
              onInput={(event) => setDraft({ fileName: (event.currentTarget as HTMLInputElement).value })}
            />
          </label>
          <label class="cv-review__field">
            <span>{t('cvTextLabel')}</span>
            <textarea
              class="cv-text"
              rows={16}
              maxLength={100_000}
              value={draft.text}
              data-testid="cv-review-text"
              onInput={(event) => setDraft({ text: (event.currentTarget as HTMLTextAreaElement).value })}
            />
          </label>
          <p class="muted">{statsText(t, lang, draft.text.length, draft.pages)}</p>
          {draft.truncated && <p class="alert">{t('cvTruncated')}</p>}
          <label class="cv-review__check">
            <input
              type="checkbox"
              checked={draft.makeDefault}
              onChange={(event) =>
                setDraft({ makeDefault: (event.currentTarget as HTMLInputElement).checked })
              }
            />
            {t('cvMakeDefault')}
          </label>
          <div class="cv-review__actions">
            <button type="submit" class="primary" disabled={busy || !draft.text.trim()}>
              {busy ? t('cvWorking') : t('cvSave')}
            </button>
            <button type="button" onClick={() => setState({ step: 'idle' })}>
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
