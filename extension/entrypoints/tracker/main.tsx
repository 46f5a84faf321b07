import { render } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Application } from '../../../shared/application';
import { resolveLanguage } from '../../i18n/strings';
import { toCsv } from '../../store/csv';
import { countByStatus, filterApplications } from '../../store/queries';
import { useSend } from '../../ui/actions';
import { DataControls, shownStages } from '../../ui/data-controls';
import { DetailPanel } from '../../ui/detail-panel';
import { downloadText, today } from '../../ui/download';
import { I18nProvider, useI18n } from '../../ui/i18n-context';
import { InsightsLoader } from '../../ui/insights/insights-loader';
import { insightsWords } from '../../ui/insights/insights-words';
import { ListLinkNotice } from '../../ui/insights/list-link-notice';
import { useListLink } from '../../ui/insights/use-list-link';
import { type FilterValue, ListFilters } from '../../ui/list-filters';
import { PrivacySection } from '../../ui/privacy-section';
import { ProSection } from '../../ui/pro-section';
import { proStrings } from '../../ui/pro-strings';
import { useTheme } from '../../ui/theme';
import { TrackerBoard } from '../../ui/tracker-board';
import { TrackerCvSection } from '../../ui/tracker-cv-section';
import { type TrackerData, useTrackerData } from '../../ui/tracker-data';
import { TrackerTable } from '../../ui/tracker-table';
import { useMatchScores } from '../../ui/use-match-scores';
import '../../ui/theme.css';
import './style.css';

type View = 'applications' | 'insights' | 'cv' | 'data' | 'pro' | 'privacy';
type Layout = 'table' | 'board';
const VIEWS: readonly View[] = ['applications', 'insights', 'cv', 'data', 'pro', 'privacy'];

interface Route {
  view: View;
  id: string | undefined;
  layout: Layout;
}

/** tracker.html?id=<applicationId> opens that application (capture toast, reminders). */
function readRoute(): Route {
  const params = new URLSearchParams(location.search);
  const view = params.get('view') as View | null;
  return {
    view: view && VIEWS.includes(view) ? view : 'applications',
    id: params.get('id') ?? undefined,
    layout: params.get('layout') === 'board' ? 'board' : 'table',
  };
}

function writeRoute(route: Route) {
  const params = new URLSearchParams();
  if (route.view !== 'applications') params.set('view', route.view);
  if (route.id) params.set('id', route.id);
  if (route.layout !== 'table') params.set('layout', route.layout);
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

interface Undo {
  deleted: Application[];
}

function Applications({
  data,
  route,
  go,
}: {
  data: TrackerData;
  route: Route;
  go: (r: Partial<Route>) => void;
}) {
  const { t, stageLabel } = useI18n();
  const send = useSend();
  const apps = data.apps ?? [];
  const stages = data.preferences.stages;
  const scoreOf = useMatchScores(data.cvs, apps);
  const [filter, setFilter] = useState<FilterValue>({ query: '', status: '' });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [error, setError] = useState('');
  const [undo, setUndo] = useState<Undo | undefined>();
  const undoTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const shown = useMemo(() => filterApplications(apps, filter), [apps, filter]);
  const counts = useMemo(() => countByStatus(apps), [apps]);
  const open = route.id ? apps.find((app) => app.id === route.id) : undefined;

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
      const result = await send({ type: 'delete-applications', ids });
      if (!result.ok) return setError(result.error.message);
      const deleted = result.value as Application[];
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
          value={filter}
          onChange={setFilter}
          stages={stages}
          counts={data.complete ? counts : undefined}
          total={apps.length}
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
              const result = await send({ type: 'set-status', ids: [...selected], status });
              if (!result.ok) setError(result.error.message);
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
        {route.id && data.apps !== undefined && (
          <DetailPanel
            app={open}
            stages={stages}
            match={open ? scoreOf(open) : undefined}
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
                const result = await send({ type: 'restore-applications', applications: undo.deleted });
                clearTimeout(undoTimer.current);
                setUndo(undefined);
                if (!result.ok) setError(result.error.message);
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

function TrackerPage({ data }: { data: TrackerData }) {
  const { t, lang } = useI18n();
  const [route, setRoute] = useState<Route>(readRoute);
  // An Insights figure opens the list filtered (?board=…&cut=…); the list shows only those.
  const list = useListLink(data);
  // The control that opened the detail panel gets focus back when it closes.
  const opener = useRef<Element | null>(null);
  const go = useCallback((change: Partial<Route>) => {
    if (change.id) opener.current = document.activeElement;
    const closing = 'id' in change && !change.id;
    setRoute((current) => {
      const next = { ...current, ...change };
      writeRoute(next);
      return next;
    });
    if (closing) {
      requestAnimationFrame(() => {
        const target = opener.current;
        if (target instanceof HTMLElement && target.isConnected) target.focus();
      });
    }
  }, []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && route.id) go({ id: undefined });
      // "/" jumps to the search, unless the user is typing somewhere.
      const target = event.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
      if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        const search = document.getElementById('tracker-search');
        if (search) {
          event.preventDefault();
          search.focus();
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [route.id]);

  const labels: Record<View, string> = {
    applications: t('navApplications'),
    insights: insightsWords(lang).nav,
    cv: t('navCv'),
    data: t('navData'),
    pro: proStrings(lang).nav,
    privacy: t('navPrivacy'),
  };
  return (
    <>
      <header class="top">
        <h1>{t('appName')}</h1>
        <nav aria-label={t('mainNav')}>
          <ul class="tabs">
            {VIEWS.map((view) => (
              <li key={view}>
                <a
                  href={view === 'applications' ? '?' : `?view=${view}`}
                  aria-current={route.view === view ? 'page' : undefined}
                  onClick={(event) => {
                    event.preventDefault();
                    go({ view, id: view === 'applications' ? route.id : undefined });
                  }}
                >
                  {labels[view]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main class="content">
        {route.view === 'applications' && <ListLinkNotice list={list} stages={data.preferences.stages} />}
        {route.view === 'applications' && <Applications data={list.data} route={route} go={go} />}
        {route.view === 'insights' && (
          <InsightsLoader
            data={data}
            initialFilter={list.link}
            openList={(query) => {
              list.open(query);
              go({ view: 'applications', id: undefined });
            }}
          />
        )}
        {route.view === 'cv' && <TrackerCvSection />}
        {route.view === 'data' && <DataControls apps={data.apps ?? []} preferences={data.preferences} />}
        {route.view === 'pro' && <ProSection ownerName={data.preferences.ownerName} />}
        {route.view === 'privacy' && <PrivacySection />}
      </main>
    </>
  );
}

function Tracker() {
  const data = useTrackerData();
  const lang = resolveLanguage(data.preferences.language, navigator.language);
  useTheme(data.preferences.theme, lang);
  return (
    <I18nProvider lang={lang}>
      <TrackerPage data={data} />
    </I18nProvider>
  );
}

const root = document.getElementById('app');
if (root) render(<Tracker />, root);
