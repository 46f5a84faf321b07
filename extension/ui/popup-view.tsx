import { useEffect, useMemo, useState } from 'preact/hooks';
import { countByStatus, filterApplications } from '../store/queries';
import { useI18n } from './i18n-context';
import { PopupSummary } from './insights/popup-summary';
import { type FilterValue, ListFilters } from './list-filters';
import { PopupRow } from './popup-row';
import { SaveJobButton } from './save-job-button';
import type { TrackerData } from './tracker-data';
import { useMatchScores } from './use-match-scores';
import { VirtualList } from './virtual-list';

const ROW_HEIGHT = 58;

/**
 * The popup: newest first, search as you type, status filter, two-click status change,
 * an empty state that explains capture, and a link to the full tracker.
 */
export function PopupView({ data }: { data: TrackerData }) {
  const { t } = useI18n();
  const { apps, preferences } = data;
  const scoreOf = useMatchScores(data.cvs, data.features, apps, apps !== undefined);
  const [filter, setFilter] = useState<FilterValue>({ query: '', status: '' });
  const [error, setError] = useState('');
  const shown = useMemo(() => (apps ? filterApplications(apps, filter) : []), [apps, filter]);
  const counts = useMemo(() => countByStatus(apps ?? []), [apps]);

  // Time to first rows, read by the e2e measurement and the benchmark.
  useEffect(() => {
    if (apps !== undefined) requestAnimationFrame(() => performance.mark('jobtrack:first-rows'));
  }, [apps !== undefined]);

  return (
    <main class="popup">
      <header class="popup__header">
        <h1>{t('appName')}</h1>
        <SaveJobButton class="popup__save" />
        <a class="popup__open" href="/tracker.html" target="_blank" rel="noopener">
          {t('openTracker')}
        </a>
      </header>
      {apps === undefined ? (
        <p class="muted" role="status">
          {t('loading')}
        </p>
      ) : apps.length === 0 ? (
        <section class="empty" aria-labelledby="empty-title">
          <h2 id="empty-title">{t('emptyTitle')}</h2>
          <p>{t('emptyBody')}</p>
        </section>
      ) : (
        <>
          <ListFilters
            value={filter}
            onChange={setFilter}
            stages={preferences.stages}
            counts={data.complete ? counts : undefined}
            total={apps.length}
            idPrefix="popup"
            autoFocus
          />
          <p class="popup__count muted" role="status">
            {data.complete ? t('showing', { shown: shown.length, total: apps.length }) : t('loading')}
          </p>
          {data.complete && <PopupSummary apps={apps} stages={preferences.stages} />}
          {error && (
            <p class="alert" role="alert">
              {t('error', { message: error })}
            </p>
          )}
          {shown.length === 0 ? (
            <p class="muted">{t('noMatches')}</p>
          ) : (
            <VirtualList
              class="popup__list"
              items={shown}
              rowHeight={ROW_HEIGHT}
              label={t('navApplications')}
              keyOf={(app) => app.id}
              renderRow={(app) => (
                <PopupRow app={app} stages={preferences.stages} match={scoreOf(app)} onError={setError} />
              )}
            />
          )}
        </>
      )}
    </main>
  );
}
