import { render } from 'preact';
import { resolveLanguage } from '../../i18n/strings';
import { I18nProvider } from '../../ui/i18n-context';
import { useTheme } from '../../ui/theme';
import { useTrackerData } from '../../ui/tracker-data';
import { TrackerPage } from '../../ui/tracker-page';
import '../../ui/theme.css';
import './style.css';

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
