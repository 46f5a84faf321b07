import { render } from 'preact';
import { resolveLanguage } from '../../i18n/strings';
import { I18nProvider } from '../../ui/i18n-context';
import { PopupView } from '../../ui/popup-view';
import { useTheme } from '../../ui/theme';
import { useTrackerData } from '../../ui/tracker-data';
import '../../ui/theme.css';
import './style.css';

function Popup() {
  const data = useTrackerData();
  const { preferences } = data;
  const lang = resolveLanguage(preferences.language, navigator.language);
  useTheme(preferences.theme, lang);
  return (
    <I18nProvider lang={lang}>
      <PopupView data={data} />
    </I18nProvider>
  );
}

performance.mark('jobtrack:popup-start');
const root = document.getElementById('app');
if (root) render(<Popup />, root);
