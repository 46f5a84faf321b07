import { isEmptyLink, type ListLink, NO_LINK } from '../insights/filters';
import { BOARDS, type Board, type Stage } from '../model/application';
import { useI18n } from './i18n-context';
import './shared-filters.css';

/**
 * The filters the application list and Insights share (date range, board, status, and
 * what a figure's link adds: how it was captured, "no answer after 14 days"…). One value,
 * kept in the tracker's URL by the page; either view changes it.
 */

/** Captured from / until and board, and (where the view has no status menu of its own) status. */
export function FilterFields({
  value,
  onChange,
  stages,
  idPrefix,
  withStatus = false,
}: {
  value: ListLink;
  onChange: (value: ListLink) => void;
  stages: readonly Stage[];
  idPrefix: string;
  withStatus?: boolean;
}) {
  const { t, stageLabel } = useI18n();
  const input = (event: Event) => (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  return (
    <search class="shared-filters" aria-label={t('filter.label')}>
      {(['from', 'to'] as const).map((bound) => (
        <div class="shared-filters__field" key={bound}>
          <label for={`${idPrefix}-${bound}`}>{t(`filter.${bound}`)}</label>
          <input
            id={`${idPrefix}-${bound}`}
            type="date"
            value={value[bound]}
            // The range cannot be turned inside out: "from" stops at "to" and back.
            {...(bound === 'from' ? { max: value.to || undefined } : { min: value.from || undefined })}
            onChange={(e) => onChange({ ...value, [bound]: input(e) })}
          />
        </div>
      ))}
      <div class="shared-filters__field">
        <label for={`${idPrefix}-board`}>{t('filter.board')}</label>
        <select
          id={`${idPrefix}-board`}
          value={value.board}
          onChange={(e) => onChange({ ...value, board: input(e) as Board | '' })}
        >
          <option value="">{t('filter.allBoards')}</option>
          {BOARDS.map((board) => (
            <option key={board} value={board}>
              {t(`insights.board.${board}`)}
            </option>
          ))}
        </select>
      </div>
      {withStatus && (
        <div class="shared-filters__field">
          <label for={`${idPrefix}-status`}>{t('filter.status')}</label>
          <select
            id={`${idPrefix}-status`}
            value={value.status}
            onChange={(e) => onChange({ ...value, status: input(e) })}
          >
            <option value="">{t('filter.allStatuses')}</option>
            {stages.map((stage) => (
              <option key={stage.id} value={stage.id}>
                {stageLabel(stage)}
              </option>
            ))}
          </select>
        </div>
      )}
    </search>
  );
}

/**
 * What the shown applications are filtered to, in words: each part a button that drops it
 * (the only way to drop a link's "no answer after 14 days", which has no field), and the
 * way back to all of them.
 */
export function FilterSummary({
  value,
  onChange,
  stages,
}: {
  value: ListLink;
  onChange: (value: ListLink) => void;
  stages: readonly Stage[];
}) {
  const { t, stageLabel, formatDate } = useI18n();
  if (isEmptyLink(value)) return null;
  const day = (text: string) => formatDate(`${text}T12:00:00.000Z`);
  const parts: { key: keyof ListLink; label: string }[] = [
    { key: 'board', label: value.board ? t(`insights.board.${value.board}`) : '' },
    { key: 'method', label: value.method ? t(`insights.method.${value.method}`) : '' },
    { key: 'status', label: value.status ? stageLabel(value.status, stages) : '' },
    { key: 'cut', label: value.cut ? t(`filter.cut.${value.cut}`) : '' },
    { key: 'from', label: value.from ? t('filter.since', { day: day(value.from) }) : '' },
    { key: 'to', label: value.to ? t('filter.until', { day: day(value.to) }) : '' },
  ];
  return (
    <div class="filter-summary">
      <span>{t('filter.summary')}</span>
      {parts
        .filter((part) => part.label)
        .map((part) => (
          <button
            key={part.key}
            type="button"
            class="filter-summary__part"
            aria-label={t('filter.remove', { filter: part.label })}
            onClick={() => onChange({ ...value, [part.key]: '' })}
          >
            {part.label} <span aria-hidden="true">×</span>
          </button>
        ))}
      <button type="button" onClick={() => onChange(NO_LINK)}>
        {t('filter.clear')}
      </button>
    </div>
  );
}
