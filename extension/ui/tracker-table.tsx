// biome-ignore-all lint/a11y/useSemanticElements: rows are virtualised, absolutely positioned divs; ARIA table roles keep the table semantics a <table> would give.
// biome-ignore-all lint/a11y/useFocusableInteractive: rows and headers are not interactive; their checkboxes, buttons and selects are.

import type { Application } from '../model/application';
import type { Stage } from '../store/schema';
import { IncompleteTag } from './capture-info';
import { useI18n } from './i18n-context';
import { ScoreBadge } from './score-badge';
import { StatusSelect } from './status-select';
import type { ScoreOf } from './use-match-scores';
import { VirtualList } from './virtual-list';

export const TABLE_ROW_HEIGHT = 44;

/**
 * The applications as a table (ARIA table roles, since rows are virtualised divs): a
 * checkbox for bulk actions, the title opening the detail panel, company, status, match,
 * date and board. Only rows on screen are in the DOM.
 */
export function TrackerTable({
  apps,
  stages,
  scoreOf,
  selected,
  onToggle,
  onToggleAll,
  openId,
  onOpen,
  onError,
}: {
  apps: readonly Application[];
  stages: readonly Stage[];
  scoreOf: ScoreOf;
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onToggleAll: (select: boolean) => void;
  openId: string | undefined;
  onOpen: (id: string) => void;
  onError: (message: string) => void;
}) {
  const { t, formatDate } = useI18n();
  const allSelected = apps.length > 0 && apps.every((app) => selected.has(app.id));
  return (
    <div class="table" role="table" aria-label={t('navApplications')} aria-rowcount={apps.length + 1}>
      <div role="rowgroup" class="table__head">
        <div role="row" class="table__row" aria-rowindex={1}>
          <span role="columnheader" class="table__check">
            <input
              type="checkbox"
              aria-label={t('selectAll')}
              checked={allSelected}
              onChange={(e) => onToggleAll((e.currentTarget as HTMLInputElement).checked)}
            />
          </span>
          <span role="columnheader">{t('colTitle')}</span>
          <span role="columnheader">{t('colCompany')}</span>
          <span role="columnheader">{t('colStatus')}</span>
          <span role="columnheader">{t('colMatch')}</span>
          <span role="columnheader">{t('colDate')}</span>
          <span role="columnheader">{t('colBoard')}</span>
        </div>
      </div>
      <VirtualList
        class="table__body"
        role="rowgroup"
        items={apps}
        rowHeight={TABLE_ROW_HEIGHT}
        label={t('navApplications')}
        keyOf={(app) => app.id}
        renderRow={(app) => (
          <div class={`table__row ${app.id === openId ? 'is-open' : ''}`} data-id={app.id}>
            <span role="cell" class="table__check">
              <input
                type="checkbox"
                aria-label={t('selectApp', { title: app.title })}
                checked={selected.has(app.id)}
                onChange={() => onToggle(app.id)}
              />
            </span>
            <span role="cell" class="table__title">
              <button type="button" class="linklike" title={app.title} onClick={() => onOpen(app.id)}>
                {app.title}
              </button>
              <IncompleteTag app={app} />
            </span>
            <span role="cell" class="table__company" title={app.company}>
              {app.company ?? ''}
            </span>
            <span role="cell">
              <StatusSelect app={app} stages={stages} onError={onError} />
            </span>
            <span role="cell">
              <ScoreBadge match={scoreOf(app)} />
            </span>
            <span role="cell" class="muted">
              {formatDate(app.createdAt)}
            </span>
            <span role="cell" class="muted">
              {app.board}
            </span>
          </div>
        )}
      />
    </div>
  );
}
