import { useState } from 'preact/hooks';
import { LIMITS } from '../../shared/limits';
import type { MessageKey } from '../i18n/strings';
import { type Application, type ApplicationEvent, EVENT_TYPES, type EventType } from '../model/application';
import { interviewIcs } from '../store/ics';
import type { Stage } from '../store/schema';
import { useSend } from './actions';
import { downloadText } from './download';
import { useI18n } from './i18n-context';

/** The kinds a user adds by hand (status events come from status changes). */
const USER_TYPES: readonly EventType[] = EVENT_TYPES.filter((type) => type !== 'status');

/** "2026-11-25T15:00" for <input type="datetime-local">, in local time. */
export function toLocalInput(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The local time a datetime-local input holds, as an ISO instant; undefined when empty. */
export function fromLocalInput(value: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

interface Draft {
  type: EventType;
  date: string;
  note: string;
  remind: boolean;
  remindAt: string;
}

function draftOf(event?: ApplicationEvent): Draft {
  const now = new Date();
  now.setSeconds(0, 0);
  return {
    type: event?.type ?? 'interview',
    date: toLocalInput(event?.date ?? now.toISOString()),
    note: event?.note ?? '',
    remind: Boolean(event?.remindAt),
    remindAt: event?.remindAt ? toLocalInput(event.remindAt) : '',
  };
}

function EventForm({
  initial,
  idPrefix,
  onSubmit,
  onCancel,
  submitLabel,
}: {
  initial: Draft;
  idPrefix: string;
  onSubmit: (draft: Draft) => Promise<string | undefined>;
  onCancel?: () => void;
  submitLabel: string;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState('');
  const set = (change: Partial<Draft>) => setDraft((current) => ({ ...current, ...change }));
  return (
    <form
      class="event-form"
      onSubmit={async (event) => {
        event.preventDefault();
        const problem = await onSubmit(draft);
        setError(problem ?? '');
        if (!problem && !onCancel) setDraft(draftOf());
      }}
    >
      <label for={`${idPrefix}-type`}>{t('eventType')}</label>
      <select
        id={`${idPrefix}-type`}
        value={draft.type}
        onChange={(e) => set({ type: (e.currentTarget as HTMLSelectElement).value as EventType })}
      >
        {USER_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`ev_${type}` as MessageKey, { stage: '' })}
          </option>
        ))}
      </select>
      <label for={`${idPrefix}-date`}>{t('eventDate')}</label>
      <input
        id={`${idPrefix}-date`}
        type="datetime-local"
        required
        value={draft.date}
        onInput={(e) => set({ date: (e.currentTarget as HTMLInputElement).value })}
      />
      <label for={`${idPrefix}-note`}>{t('eventNote')}</label>
      <input
        id={`${idPrefix}-note`}
        type="text"
        maxLength={LIMITS.eventNoteChars}
        value={draft.note}
        onInput={(e) => set({ note: (e.currentTarget as HTMLInputElement).value })}
      />
      <span class="event-form__remind">
        <input
          id={`${idPrefix}-remind`}
          type="checkbox"
          checked={draft.remind}
          onChange={(e) => {
            const remind = (e.currentTarget as HTMLInputElement).checked;
            // Default: an hour before the event.
            const hourBefore = fromLocalInput(draft.date);
            const at = hourBefore
              ? toLocalInput(new Date(Date.parse(hourBefore) - 3_600_000).toISOString())
              : '';
            set({ remind, remindAt: remind && !draft.remindAt ? at : draft.remindAt });
          }}
        />
        <label for={`${idPrefix}-remind`}>{t('remind')}</label>
      </span>
      {draft.remind && (
        <>
          <label for={`${idPrefix}-remind-at`}>{t('remindAt')}</label>
          <input
            id={`${idPrefix}-remind-at`}
            type="datetime-local"
            required
            value={draft.remindAt}
            onInput={(e) => set({ remindAt: (e.currentTarget as HTMLInputElement).value })}
          />
        </>
      )}
      <span class="event-form__actions">
        <button type="submit" class="primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
      </span>
      {error && (
        <p class="alert" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

/**
 * The application's timeline: applied, interviews, follow-ups, offers, rejections, each
 * with its date and note; add, edit and delete; a reminder on any future event; an
 * interview downloads as an .ics file.
 */
export function Timeline({ app, stages }: { app: Application; stages: readonly Stage[] }) {
  const { t, formatDateTime, stageLabel, errorText } = useI18n();
  const send = useSend();
  const [editing, setEditing] = useState<string | undefined>();

  const toInput = (draft: Draft) => {
    const date = fromLocalInput(draft.date);
    if (!date) return undefined;
    const remindAt = draft.remind ? fromLocalInput(draft.remindAt) : undefined;
    return {
      type: draft.type,
      date,
      ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
      ...(remindAt ? { remindAt } : {}),
    };
  };
  const label = (event: ApplicationEvent) =>
    t(`ev_${event.type}` as MessageKey, { stage: event.stage ? stageLabel(event.stage, stages) : '' });
  const newestFirst = [...app.events].reverse();

  return (
    <section class="timeline" aria-labelledby="timeline-title">
      <h3 id="timeline-title">{t('timeline')}</h3>
      {newestFirst.length === 0 ? (
        <p class="muted">{t('noEvents')}</p>
      ) : (
        <ol class="timeline__list">
          {newestFirst.map((event) =>
            editing === event.id ? (
              <li key={event.id} class="timeline__item">
                <EventForm
                  idPrefix={`edit-${event.id}`}
                  initial={draftOf(event)}
                  submitLabel={t('save')}
                  onCancel={() => setEditing(undefined)}
                  onSubmit={async (draft) => {
                    const input = toInput(draft);
                    if (!input) return t('eventDate');
                    const result = await send('update-event', {
                      id: app.id,
                      eventId: event.id,
                      event: { ...input, ...(event.stage ? { stage: event.stage } : {}) },
                    });
                    if (!result.ok) return errorText(result.error);
                    setEditing(undefined);
                    return undefined;
                  }}
                />
              </li>
            ) : (
              <li
                key={event.id}
                class={`timeline__item timeline__item--${event.type}`}
                data-event={event.type}
              >
                <div class="timeline__head">
                  <strong class="timeline__type">{label(event)}</strong>
                  <time dateTime={event.date}>{formatDateTime(event.date)}</time>
                </div>
                {event.note && <p class="timeline__note">{event.note}</p>}
                {event.remindAt && (
                  <p class="timeline__reminder muted">
                    {t('reminderSet', { date: formatDateTime(event.remindAt) })}
                  </p>
                )}
                <div class="timeline__actions">
                  {event.type === 'interview' && (
                    <button
                      type="button"
                      onClick={() =>
                        downloadText(
                          `interview-${app.id}.ics`,
                          interviewIcs(app, event, new Date()),
                          'text/calendar;charset=utf-8',
                        )
                      }
                    >
                      {t('downloadIcs')}
                    </button>
                  )}
                  <button
                    type="button"
                    aria-label={`${t('editEvent')}: ${label(event)}`}
                    onClick={() => setEditing(event.id)}
                  >
                    {t('editEvent')}
                  </button>
                  <button
                    type="button"
                    aria-label={`${t('deleteEvent')}: ${label(event)}`}
                    onClick={() => void send('delete-event', { id: app.id, eventId: event.id })}
                  >
                    {t('deleteEvent')}
                  </button>
                </div>
              </li>
            ),
          )}
        </ol>
      )}
      <details class="timeline__add">
        <summary>{t('addEvent')}</summary>
        <EventForm
          idPrefix="add-event"
          initial={draftOf()}
          submitLabel={t('addEvent')}
          onSubmit={async (draft) => {
            const input = toInput(draft);
            if (!input) return t('eventDate');
            const result = await send('add-event', { id: app.id, event: input });
            return result.ok ? undefined : errorText(result.error);
          }}
        />
      </details>
    </section>
  );
}
