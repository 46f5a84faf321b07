import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { applyListLink, isEmptyLink, type ListLink } from '../insights/filters';
import type { Application } from '../model/application';
import { toCsv } from '../store/csv';
import { countByStatus, filterApplications } from '../store/queries';
import { readApplication } from '../store/reader';
import { useSend } from './actions';
import { shownStages } from './data-controls';
import { DetailPanel } from './detail-panel';
import { downloadText, today } from './download';
import { useI18n } from './i18n-context';
import { ListFilters } from './list-filters';
import { FilterFields, FilterSummary } from './shared-filters';
import { TrackerBoard } from './tracker-board';
import type { TrackerData } from './tracker-data';
import type { Route } from './tracker-route';
import { TrackerTable } from './tracker-table';
import { useMatchScores } from './use-match-scores';

interface Undo {
  deleted: Application[];
}

/**
 * The tracker's Applications view: search and the shared filters, table or board, bulk
 * actions, the detail panel and the Undo of a delete.
 */
export function ApplicationsView({
  data,
  route,
  go,
  onFilter,
}: {
  data: TrackerData;
  route: Route;
  go: (r: Partial<Route>) => void;
  /** Changes the filters the list shares with Insights (`route.filter`). */
  onFilter: (filter: ListLink) => void;
}) {
  const { t, stageLabel, errorText } = useI18n();
  const send = useSend();
  const apps = data.apps ?? [];
  const stages = data.preferences.stages;
  const scoreOf = useMatchScores(data.cvs, data.features, undefined, data.apps !== undefined);
  const { filter } = route;
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [error, setError] = useState('');
  const [undo, setUndo] = useState<Undo | undefined>();
  const undoTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The shared filters but status (a figure's cut needs the clock), then status, then the
  // search. The status menu counts what the other filters leave: each count is what
  // choosing that status shows.
  const now = useMemo(() => Date.now(), [apps, filter]);
  const others = useMemo(
    () =>
      isEmptyLink({ ...filter, status: '' })
        ? apps
        : applyListLink(apps, { ...filter, status: '' }, stages, now),
    [apps, filter, stages, now],
  );
  const shown = useMemo(
    () => filterApplications(others, { query, status: filter.status }),
    [others, query, filter.status],
  );
  const counts = useMemo(() => countByStatus(others), [others]);
  // The list holds summaries (no description, capture details or Pro texts): the open
  // application is read in full, again whenever its summary changes (every write changes
  // updatedAt). A link to one application (the capture toast, a reminder) opens it before
  // the whole list is loaded.
  const listed = route.id ? apps.find((app) => app.id === route.id) : undefined;
  const [full, setFull] = useState<{ id: string; app: Application | undefined } | undefined>();
  useEffect(() => {
    const id = route.id;
    if (!id) return;
    let live = true;
    void readApplication(id).then((app) => live && setFull({ id, app }));
    return () => {
      live = false;
    };
  }, [route.id, listed?.updatedAt]);
  const lookedUp = full !== undefined && full.id === route.id;
  const open = lookedUp ? full.app : undefined;

  // Selection keeps only applications that still exist.
  useEffect(() => {
    setSelected((current) => {
      if (!current.size) return current;
      const ids = new Set(apps.map((app) => app.id));
      const next = new Set([...current].filter((id) => ids.has(id)));
      return next.size === current.size ? current : next;
    });
  }, [apps]);

  const remove = useCallback(
    async (ids: string[]) => {
      const result = await send('delete-applications', { ids });
      if (!result.ok) return setError(errorText(result.error));
      const deleted = result.value;
      setSelected(new Set());
      if (route.id && ids.includes(route.id)) go({ id: undefined });
      clearTimeout(undoTimer.current);
      setUndo({ deleted });
      undoTimer.current = setTimeout(() => setUndo(undefined), 15_000);
    },
    [send, route.id],
  );

  return (
    <div class={`apps ${route.id ? 'apps--with-detail' : ''}`}>
      <div class="toolbar">
        <ListFilters
          value={{ query, status: filter.status }}
          onChange={(next) => {
            setQuery(next.query);
            if (next.status !== filter.status) onFilter({ ...filter, status: next.status });
          }}
          stages={stages}
          counts={data.complete ? counts : undefined}
          total={others.length}
          idPrefix="tracker"
        />
        {/* biome-ignore lint/a11y/useSemanticElements: a toggle-button group, not a form fieldset. */}
        <div class="toolbar__layout" role="group" aria-label={t('viewAs')}>
          <button
            type="button"
            aria-pressed={route.layout === 'table'}
            onClick={() => go({ layout: 'table' })}
          >
            {t('viewTable')}
          </button>
          <button
            type="button"
            aria-pressed={route.layout === 'board'}
            onClick={() => go({ layout: 'board' })}
          >
            {t('viewBoard')}
          </button>
        </div>
        <button
          type="button"
          onClick={() =>
            downloadText(
              `jobtrack-${today()}.csv`,
              toCsv(shown, shownStages(stages, stageLabel)),
              'text/csv;charset=utf-8',
            )
          }
        >
          {t('exportCsvShown')}
        </button>
      </div>
      <div class="toolbar toolbar--filters">
        <FilterFields value={filter} onChange={onFilter} stages={stages} idPrefix="tracker" />
        <FilterSummary value={filter} onChange={onFilter} stages={stages} />
      </div>
      <p class="muted toolbar__count" role="status">
        {data.complete ? t('showing', { shown: shown.length, total: apps.length }) : t('loading')}
      </p>
      {selected.size > 0 && (
        <section class="bulk" aria-label={t('selectedCount', { count: selected.size })}>
          <strong>{t('selectedCount', { count: selected.size })}</strong>
          <label for="bulk-status" class="sr-only">
            {t('moveSelected')}
          </label>
          <select
            id="bulk-status"
            value=""
            onChange={async (e) => {
              const status = (e.currentTarget as HTMLSelectElement).value;
              if (!status) return;
              const result = await send('set-status', { ids: [...selected], status });
              if (!result.ok) setError(errorText(result.error));
            }}
          >
            <option value="">{t('moveTo')}</option>
            {stages.map((stage) => (
              <option key={stage.id} value={stage.id}>
                {stageLabel(stage)}
              </option>
            ))}
          </select>
          <button type="button" class="danger" onClick={() => void remove([...selected])}>
            {t('deleteSelected')}
          </button>
          <button type="button" onClick={() => setSelected(new Set())}>
            {t('clearSelection')}
          </button>
        </section>
      )}
      {error && (
        <p class="alert" role="alert">
          {t('error', { message: error })}
        </p>
      )}
      <div class="apps__body">
        <div class="apps__list">
          {data.apps === undefined ? (
            <p class="muted">{t('loading')}</p>
          ) : apps.length === 0 ? (
            <section class="empty" aria-labelledby="empty-title">
              <h2 id="empty-title">{t('emptyTitle')}</h2>
              <p>{t('emptyBody')}</p>
            </section>
          ) : shown.length === 0 ? (
            <p class="muted">{t('noMatches')}</p>
          ) : route.layout === 'board' ? (
            <TrackerBoard
              apps={shown}
              stages={stages}
              scoreOf={scoreOf}
              openId={route.id}
              onOpen={(id) => go({ id })}
              onError={setError}
            />
          ) : (
            <TrackerTable
              apps={shown}
              stages={stages}
              scoreOf={scoreOf}
              selected={selected}
              onToggle={(id) => {
                const next = new Set(selected);
                if (next.has(id)) next.delete(id);
                else next.add(id);
                setSelected(next);
              }}
              onToggleAll={(all) => setSelected(all ? new Set(shown.map((app) => app.id)) : new Set())}
              openId={route.id}
              onOpen={(id) => go({ id })}
              onError={setError}
            />
          )}
        </div>
        {route.id && data.apps !== undefined && lookedUp && (
          <DetailPanel
            app={open}
            stages={stages}
            match={listed ? scoreOf(listed) : undefined}
            onClose={() => go({ id: undefined })}
            onDelete={(app) => void remove([app.id])}
          />
        )}
      </div>
      <div class="toast-region" role="status" aria-live="polite">
        {undo && (
          <div class="toast">
            <span>{t('deletedCount', { count: undo.deleted.length })}</span>
            <button
              type="button"
              class="primary"
              onClick={async () => {
                const result = await send('restore-applications', { applications: undo.deleted });
                clearTimeout(undoTimer.current);
                setUndo(undefined);
                if (!result.ok) setError(errorText(result.error));
              }}
            >
              {t('undo')}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
