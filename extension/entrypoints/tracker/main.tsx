import { render } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { resolveLanguage } from '../../i18n/strings';
import { ApplicationsView } from '../../ui/applications-view';
import { CvSection } from '../../ui/cv/cv-section';
import { DataControls } from '../../ui/data-controls';
import { I18nProvider, useI18n } from '../../ui/i18n-context';
import { InsightsLoader } from '../../ui/insights/insights-loader';
import { ListLinkNotice } from '../../ui/insights/list-link-notice';
import { useListLink } from '../../ui/insights/use-list-link';
import { PrivacySection } from '../../ui/privacy-section';
import { ProSection } from '../../ui/pro-section';
import { useTheme } from '../../ui/theme';
import { type TrackerData, useTrackerData } from '../../ui/tracker-data';
import { type Route, readRoute, VIEWS, type View, writeRoute } from '../../ui/tracker-route';
import '../../ui/theme.css';
import './style.css';

function TrackerPage({ data }: { data: TrackerData }) {
  const { t } = useI18n();
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
    insights: t('insights.nav'),
    cv: t('navCv'),
    data: t('navData'),
    pro: t('pro.nav'),
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
        {route.view === 'applications' && <ApplicationsView data={list.data} route={route} go={go} />}
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
        {route.view === 'cv' && <CvSection cvs={data.cvs} />}
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
