import type { Stage } from '../store/schema';
import { useI18n } from './i18n-context';

export interface FilterValue {
  query: string;
  status: string;
}

/** Search as you type and a status filter with counts; both labelled for screen readers. */
export function ListFilters({
  value,
  onChange,
  stages,
  counts,
  total,
  idPrefix,
  autoFocus = false,
}: {
  value: FilterValue;
  onChange: (value: FilterValue) => void;
  stages: readonly Stage[];
  /** Per-stage counts and the total; left out while only the first screenful has loaded,
   * so the menu never shows a partial count as if it were the whole. */
  counts: ReadonlyMap<string, number> | undefined;
  total: number;
  idPrefix: string;
  /** The popup opens ready to type a search. */
  autoFocus?: boolean;
}) {
  const { t, stageLabel } = useI18n();
  return (
    <search class="filters">
      <label class="sr-only" for={`${idPrefix}-search`}>
        {t('search')}
      </label>
      <input
        id={`${idPrefix}-search`}
        class="filters__search"
        type="search"
        placeholder={t('searchPlaceholder')}
        value={value.query}
        autocomplete="off"
        // biome-ignore lint/a11y/noAutofocus: the popup exists to find an application; typing searches at once.
        autoFocus={autoFocus}
        onInput={(event) => onChange({ ...value, query: (event.currentTarget as HTMLInputElement).value })}
      />
      <label class="sr-only" for={`${idPrefix}-status`}>
        {t('filterStatus')}
      </label>
      <select
        id={`${idPrefix}-status`}
        class="filters__status"
        value={value.status}
        onChange={(event) => onChange({ ...value, status: (event.currentTarget as HTMLSelectElement).value })}
      >
        <option value="">{counts ? `${t('allStatuses')} (${total})` : t('allStatuses')}</option>
        {stages.map((stage) => (
          <option key={stage.id} value={stage.id}>
            {counts ? `${stageLabel(stage)} (${counts.get(stage.id) ?? 0})` : stageLabel(stage)}
          </option>
        ))}
      </select>
    </search>
  );
}
