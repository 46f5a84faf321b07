import { useState } from 'preact/hooks';
import {
  LETTER_LENGTHS,
  LETTER_TONES,
  type LetterLanguage,
  type LetterLength,
  type LetterTone,
} from '../../shared/api';
import type { Application } from '../model/application';
import type { LetterPreview } from '../protocol/pro';
import type { AppError } from '../protocol/result';
import { useSend } from './actions';
import { useI18n } from './i18n-context';
import { alsoJob, Choice, PrepareRow, PreviewPanel, SavedVersions, TextProgress } from './pro-parts';
import { GoProButton } from './pro-section';
import { useCachedSubscription, useLetterProgress } from './pro-source';
import './pro.css';

/** The cover-letter part of an application's detail view. */
export function CoverLetterSection({ app }: { app: Application }) {
  const { t, lang, errorText } = useI18n();
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
      <h3 id={`letter-title-${app.id}`}>{t('pro.letterTitle')}</h3>
      {(subscription === null || subscription?.pro === false) && (
        <div class="pro-upsell">
          <p>{t('pro.letterUpsell')}</p>
          <GoProButton />
        </div>
      )}
      <PrepareRow
        language={language}
        onLanguage={setLanguage}
        busy={busy}
        disabled={streaming}
        label={(app.coverLetters?.length ?? 0) > 0 ? t('pro.regenerate') : t('pro.prepare')}
        onPrepare={() => void prepare()}
      >
        <Choice
          label={t('pro.tone')}
          value={tone}
          values={LETTER_TONES}
          name={(tone) => t(`pro.tone.${tone}`)}
          onChange={setTone}
        />
        <Choice
          label={t('pro.length')}
          value={length}
          values={LETTER_LENGTHS}
          name={(length) => t(`pro.length.${length}`)}
          onChange={setLength}
        />
      </PrepareRow>

      {preview && (
        <PreviewPanel
          idPrefix=""
          preview={preview}
          cvText={cvText}
          jobText={jobText}
          onCvText={setCvText}
          onJobText={setJobText}
          also={t('pro.previewOther', alsoJob(t, preview.body))}
          request={{ ...preview.body, cvText, jobText, language, tone, length }}
          onSend={() => void start()}
          onCancel={() => setPreview(undefined)}
        />
      )}
      <TextProgress
        testId="letter"
        progress={progress}
        failure={failure}
        stillWriting={t('pro.stillWriting')}
        onStop={() => void send('pro-letter-cancel', { id: app.id })}
      />
      <SavedVersions
        app={app}
        testId="saved-letter"
        title={t('pro.savedLetters')}
        textLabel={t('pro.edit')}
        versions={app.coverLetters ?? []}
        selectId={progress?.status === 'done' ? progress.letterId : undefined}
        fileKind="cover-letter"
        onSave={async (letterId, text) => {
          const reply = await send('pro-letter-save', { id: app.id, letterId, text });
          return reply.ok ? t('pro.saved') : errorText(reply.error);
        }}
        onDelete={(letterId) => void send('pro-letter-delete', { id: app.id, letterId })}
      />
    </section>
  );
}
