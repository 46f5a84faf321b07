import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { type ListLink, NO_LINK, readListLink } from '../insights/filters';
import { ApplicationsView } from './applications-view';
import { CvSection } from './cv/cv-section';
import { DataControls } from './data-controls';
import { useI18n } from './i18n-context';
import { InsightsLoader } from './insights/insights-loader';
import { PrivacySection } from './privacy-section';
import { ProSection } from './pro-section';
import type { TrackerData } from './tracker-data';
import { type Route, readRoute, routeHref, VIEWS, type View, writeRoute } from './tracker-route';

/**
 * The tracker page: its tabs and the view the URL names. The route (view, open
 * application, layout and the filters the list and Insights share) lives in the URL: a
 * new view or filter is a history entry, so Back and Forward step through them and a
 * reload keeps them.
 */
export function TrackerPage({ data }: { data: TrackerData }) {
  const { t } = useI18n();
  const [route, setRoute] = useState<Route>(readRoute);
  // The control that opened the detail panel gets focus back when it closes.
  const opener = useRef<Element | null>(null);
  const go = useCallback((change: Partial<Route>) => {
    if (change.id) opener.current = document.activeElement;
    const closing = 'id' in change && !change.id;
    setRoute((current) => {
      const next = { ...current, ...change };
      writeRoute(next, next.view !== current.view || next.filter !== current.filter);
      return next;
    });
    if (closing) {
      requestAnimationFrame(() => {
        const target = opener.current;
        if (target instanceof HTMLElement && target.isConnected) target.focus();
      });
    }
  }, []);
  const setFilter = useCallback((filter: ListLink) => go({ filter }), [go]);
  useEffect(() => {
    const onPop = () => setRoute(readRoute());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
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
    insights: t('insights.nav'),
    cv: t('navCv'),
    data: t('navData'),
    pro: t('pro.nav'),
    privacy: t('navPrivacy'),
  };
  // The filters stay when another tab opens: the list and Insights show the same set.
  const tabRoute = (view: View): Route => ({
    ...route,
    view,
    id: view === 'applications' ? route.id : undefined,
  });
  return (
    <>
      <header class="top">
        <h1>{t('appName')}</h1>
        <nav aria-label={t('mainNav')}>
          <ul class="tabs">
            {VIEWS.map((view) => (
              <li key={view}>
                <a
                  href={routeHref(tabRoute(view))}
                  aria-current={route.view === view ? 'page' : undefined}
                  onClick={(event) => {
                    event.preventDefault();
                    go({ view, id: tabRoute(view).id });
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
        {route.view === 'applications' && (
          <ApplicationsView data={data} route={route} go={go} onFilter={setFilter} />
        )}
        {route.view === 'insights' && (
          <InsightsLoader
            data={data}
            filter={route.filter}
            onFilter={setFilter}
            openList={(query) =>
              go({ view: 'applications', id: undefined, filter: readListLink(query) ?? NO_LINK })
            }
          />
        )}
        {route.view === 'cv' && <CvSection cvs={data.cvs} />}
        {route.view === 'data' && <DataControls apps={data.apps ?? []} preferences={data.preferences} />}
        {route.view === 'pro' && <ProSection ownerName={data.preferences.ownerName} />}
        {route.view === 'privacy' && <PrivacySection />}
      </main>
    </>
  );
}
