import { type InsightsFilter, NO_FILTER } from '../../insights/filters';
import { BOARDS, type Board, type Stage } from '../../model/application';
import { useI18n } from '../i18n-context';

/** Date range, board and status: the filters the list understands too (they travel in its links). */
export function InsightsFilters({
  value,
  onChange,
  stages,
}: {
  value: InsightsFilter;
  onChange: (value: InsightsFilter) => void;
  stages: readonly Stage[];
}) {
  const { t, stageLabel } = useI18n();
  const input = (event: Event) => (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  return (
    <search class="insights__filters" aria-label={t('insights.filters')}>
      {(['from', 'to'] as const).map((bound) => (
        <div class="insights__field" key={bound}>
          <label for={`insights-${bound}`}>{t(`insights.${bound}`)}</label>
          <input
            id={`insights-${bound}`}
            type="date"
            value={value[bound]}
            // The range cannot be turned inside out: "from" stops at "to" and back.
            {...(bound === 'from' ? { max: value.to || undefined } : { min: value.from || undefined })}
            onChange={(e) => onChange({ ...value, [bound]: input(e) })}
          />
        </div>
      ))}
      <div class="insights__field">
        <label for="insights-board">{t('insights.board')}</label>
        <select
          id="insights-board"
          value={value.board}
          onChange={(e) => onChange({ ...value, board: input(e) as Board | '' })}
        >
          <option value="">{t('insights.allBoards')}</option>
          {BOARDS.map((board) => (
            <option key={board} value={board}>
              {t(`insights.board.${board}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="insights__field">
        <label for="insights-status">{t('insights.status')}</label>
        <select
          id="insights-status"
          value={value.status}
          onChange={(e) => onChange({ ...value, status: input(e) })}
        >
          <option value="">{t('insights.allStatuses')}</option>
          {stages.map((stage) => (
            <option key={stage.id} value={stage.id}>
              {stageLabel(stage)}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        onClick={() => onChange(NO_FILTER)}
        disabled={!value.from && !value.to && !value.board && !value.status}
      >
        {t('insights.reset')}
      </button>
    </search>
  );
}
