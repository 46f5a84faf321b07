import { useEffect, useId, useState } from 'preact/hooks';
import { newestCvFirst } from '../../store/queries';
import type { CvRecord } from '../../store/schema';
import { useI18n } from '../i18n-context';
import { useCvActions } from './use-cv-actions';

/** The saved versions, newest first: which one scores, view and correct the text, delete. */
export function CvVersions({ cvs }: { cvs: readonly CvRecord[] }) {
  const { t, formatDate } = useI18n();
  return (
    <>
      <h3>{t('cvVersions')}</h3>
      {cvs.length === 0 ? (
        <p class="muted">{t('cvNone')}</p>
      ) : (
        <ul class="cv-versions">
          {[...cvs].sort(newestCvFirst).map((cv) => (
            <CvVersion key={cv.id} cv={cv} addedLabel={t('cvAdded', { date: formatDate(cv.addedAt) })} />
          ))}
        </ul>
      )}
    </>
  );
}

function CvVersion({ cv, addedLabel }: { cv: CvRecord; addedLabel: string }) {
  const { t } = useI18n();
  const act = useCvActions();
  const [isOpen, setOpen] = useState(false);
  const [text, setText] = useState(cv.text);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | undefined>();
  const [busy, setBusy] = useState(false);
  const textId = useId();
  useEffect(() => setText(cv.text), [cv.text]);

  const run = async (pending: Promise<string | undefined>, success?: string) => {
    setBusy(true);
    const problem = await pending;
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
            <span class="cv-version__default">{t('cvIsDefault')}</span>
          ) : (
            <button
              type="button"
              disabled={busy}
              onClick={() => void run(act('cv-set-default', { id: cv.id }))}
            >
              {t('cvSetDefault')}
            </button>
          )}
          <button
            type="button"
            aria-expanded={isOpen}
            aria-controls={textId}
            onClick={() => setOpen(!isOpen)}
          >
            {isOpen ? t('cvHideText') : t('cvShowText')}
          </button>
          <button
            type="button"
            class="danger"
            disabled={busy}
            onClick={() => {
              if (confirm(t('cvConfirmDelete', { name: cv.fileName })))
                void run(act('cv-delete', { id: cv.id }));
            }}
          >
            {t('cvDelete')}
          </button>
        </div>
      </div>
      {isOpen && (
        <form
          id={textId}
          class="cv-version__editor"
          onSubmit={(event) => {
            event.preventDefault();
            void run(act('cv-update-text', { id: cv.id, text }), t('cvChangesSaved'));
          }}
        >
          <textarea
            class="cv-text"
            rows={14}
            maxLength={100_000}
            aria-label={`${t('cvTextLabel')}: ${cv.fileName}`}
            value={text}
            onInput={(event) => setText((event.currentTarget as HTMLTextAreaElement).value)}
          />
          <button type="submit" disabled={busy || text === cv.text || !text.trim()}>
            {t('cvSaveChanges')}
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
