import { createProClient } from '../pro/client';
import { PRO_REFRESH_ALARM, type ProEffects } from './pro';

const DAY_MINUTES = 24 * 60;

/** The real browser side of Pro: fetch to the build's backend, tabs, session storage, alarms. */
export function createProEffects(backendUrl: string): ProEffects {
  return {
    backendUrl,
    client: createProClient({
      baseUrl: backendUrl,
      fetch: (input, init) => fetch(input, init),
      isOnline: () => navigator.onLine,
    }),
    session: chrome.storage.session,
    async openTab(url) {
      await chrome.tabs.create({ url });
    },
    async setUninstallUrl(url) {
      await chrome.runtime.setUninstallURL(url);
    },
    language: () => (chrome.i18n.getUILanguage().toLowerCase().startsWith('es') ? 'es' : 'en'),
    async scheduleRefresh(on) {
      if (!on) {
        await chrome.alarms.clear(PRO_REFRESH_ALARM);
        return;
      }
      if (!(await chrome.alarms.get(PRO_REFRESH_ALARM))) {
        await chrome.alarms.create(PRO_REFRESH_ALARM, {
          delayInMinutes: DAY_MINUTES,
          periodInMinutes: DAY_MINUTES,
        });
      }
    },
  };
}
