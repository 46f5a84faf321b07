import { useEffect, useRef, useState } from 'preact/hooks';
import type { MessageKey } from '../i18n/strings';
import type { Application } from '../model/application';
import type { ApplicationPatch, Stage } from '../store/schema';
import { useSend } from './actions';
import { safeHref } from './application-row';
import { CaptureInfo } from './capture-info';
import { useI18n } from './i18n-context';
import { MatchExplanation } from './match-explanation';
import { NotesEditor } from './notes-editor';
import { CoverLetterSection } from './pro-letter';
import { InterviewPrepSection, StatementSection } from './pro-tools';
import { ScoreBadge } from './score-badge';
import { StatusSelect } from './status-select';
import { Timeline } from './timeline';
import type { MatchView } from './use-match-scores';

const FIELDS = [
  ['title', 'fieldTitle'],
  ['company', 'fieldCompany'],
  ['location', 'fieldLocation'],
  ['url', 'fieldUrl'],
  ['salary', 'fieldSalary'],
  ['workplace', 'fieldWorkplace'],
  ['employmentType', 'fieldEmploymentType'],
  ['experience', 'fieldExperience'],
] as const satisfies readonly (readonly [keyof ApplicationPatch, MessageKey])[];

type FieldName = (typeof FIELDS)[number][0];

function fieldValue(app: Application, field: FieldName): string {
  if (field === 'salary') return app.salary?.text ?? '';
  return app[field] ?? '';
}

function FieldsEditor({ app, onDone }: { app: Application; onDone: () => void }) {
  const { t, errorText } = useI18n();
  const send = useSend();
  const [values, setValues] = useState(() =>
    Object.fromEntries(FIELDS.map(([field]) => [field, fieldValue(app, field)])),
  );
  const [error, setError] = useState('');
  return (
    <form
      class="fields-form"
      onSubmit={async (event) => {
        event.preventDefault();
        const patch: Record<string, string> = {};
        for (const [field] of FIELDS) {
          const value = (values[field] ?? '').trim();
          if (value !== fieldValue(app, field)) patch[field] = value;
        }
        if (!Object.keys(patch).length) return onDone();
        const result = await send('update-application', { id: app.id, patch });
        if (result.ok) onDone();
        else setError(errorText(result.error));
      }}
    >
      {FIELDS.map(([field, label]) => (
        <div class="fields-form__row" key={field}>
          <label for={`field-${field}`}>{t(label)}</label>
          <input
            id={`field-${field}`}
            type="text"
            inputMode={field === 'url' ? 'url' : undefined}
            required={field === 'title' || field === 'url'}
            value={values[field]}
            onInput={(e) => setValues({ ...values, [field]: (e.currentTarget as HTMLInputElement).value })}
          />
        </div>
      ))}
      {error && (
        <p class="alert" role="alert">
          {error}
        </p>
      )}
      <div class="fields-form__actions">
        <button type="submit" class="primary">
          {t('save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

function DescriptionSection({ app }: { app: Application }) {
  const { t } = useI18n();
  const send = useSend();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(app.description ?? '');
  return (
    <section class="description" aria-labelledby="description-title">
      <div class="section-head">
        <h3 id="description-title">{t('fieldDescription')}</h3>
        {!editing && (
          <button
            type="button"
            onClick={() => {
              setText(app.description ?? '');
              setEditing(true);
            }}
          >
            {t('editDescription')}
          </button>
        )}
      </div>
      {editing ? (
        <form
          onSubmit={async (event) => {
            event.preventDefault();
            const result = await send('update-application', { id: app.id, patch: { description: text } });
            if (result.ok) setEditing(false);
          }}
        >
          <label class="sr-only" for="description-text">
            {t('fieldDescription')}
          </label>
          <textarea
            id="description-text"
            rows={12}
            value={text}
            onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
          />
          <div class="fields-form__actions">
            <button type="submit" class="primary">
              {t('save')}
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      ) : app.description ? (
        <>
          {app.descriptionPartial && <p class="muted">{t('descriptionPartial')}</p>}
          {/* Scraped text, rendered as text: paragraphs and line breaks kept by CSS. */}
          <div class="description__text">{app.description}</div>
        </>
      ) : (
        <p class="muted">{t('noDescription')}</p>
      )}
    </section>
  );
}

/**
 * Everything about one application: every field (editable), the description as readable
 * text, matched and missing skills when a CV exists, notes that save as you type, the
 * timeline, and delete.
 */
export function DetailPanel({
  app,
  stages,
  match,
  onClose,
  onDelete,
}: {
  app: Application | undefined;
  stages: readonly Stage[];
  match: MatchView | undefined;
  onClose: () => void;
  onDelete: (app: Application) => void;
}) {
  const { t, formatDate, formatDateTime } = useI18n();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    setEditing(false);
    heading.current?.focus();
  }, [app?.id]);

  if (!app) {
    return (
      <aside class="detail" aria-label={t('details')}>
        <p>{t('notFound')}</p>
        <button type="button" onClick={onClose}>
          {t('closeDetails')}
        </button>
      </aside>
    );
  }
  const href = safeHref(app.url);
  return (
    <aside class="detail" aria-labelledby="detail-title" data-id={app.id}>
      <div class="detail__head">
        <h2 id="detail-title" tabIndex={-1} ref={heading}>
          {app.title}
        </h2>
        <button type="button" class="detail__close" aria-label={t('closeDetails')} onClick={onClose}>
          ×
        </button>
      </div>
      <div class="detail__bar">
        <StatusSelect app={app} stages={stages} onError={setError} />
        <ScoreBadge match={match} />
        {href && (
          <a href={href} target="_blank" rel="noreferrer noopener">
            {t('openPostingShort')}
          </a>
        )}
      </div>
      {error && (
        <p class="alert" role="alert">
          {error}
        </p>
      )}
      <p class="muted detail__source">
        {t('capturedFrom', { board: app.board, date: formatDate(app.createdAt) })}
      </p>
      <CaptureInfo app={app} />
      <section class="fields" aria-labelledby="fields-title">
        <div class="section-head">
          <h3 id="fields-title">{t('details')}</h3>
          {!editing && (
            <button type="button" onClick={() => setEditing(true)}>
              {t('editFields')}
            </button>
          )}
        </div>
        {editing ? (
          <FieldsEditor app={app} onDone={() => setEditing(false)} />
        ) : (
          <dl class="fields__list">
            {FIELDS.map(([field, label]) => {
              const value = fieldValue(app, field);
              if (!value || field === 'title') return null;
              return (
                <div key={field} class="fields__item">
                  <dt>{t(label)}</dt>
                  <dd>{field === 'url' ? <span class="fields__url">{value}</span> : value}</dd>
                </div>
              );
            })}
            {app.skills && app.skills.length > 0 && (
              <div class="fields__item">
                <dt>{t('boardSkills')}</dt>
                <dd>{app.skills.join(', ')}</dd>
              </div>
            )}
            <div class="fields__item">
              <dt>{t('updated')}</dt>
              <dd>{formatDateTime(app.updatedAt)}</dd>
            </div>
          </dl>
        )}
      </section>
      {match?.result && <MatchExplanation result={match.result} cvName={match.cvName} />}
      {match && !match.result && (match.matched.length > 0 || match.missing.length > 0) && (
        <section class="skills" aria-labelledby="skills-title">
          <h3 id="skills-title">{t('skills')}</h3>
          <p>
            <strong>{t('matched')}:</strong> {match.matched.join(', ') || '—'}
          </p>
          <p>
            <strong>{t('missing')}:</strong> {match.missing.join(', ') || '—'}
          </p>
        </section>
      )}
      <NotesEditor app={app} />
      <CoverLetterSection app={app} />
      <InterviewPrepSection app={app} />
      <StatementSection app={app} />
      <Timeline app={app} stages={stages} />
      <DescriptionSection app={app} />
      <div class="detail__danger">
        <button type="button" class="danger" onClick={() => onDelete(app)}>
          {t('deleteApplication')}
        </button>
      </div>
    </aside>
  );
}
