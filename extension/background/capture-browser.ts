import { CAPTURE_PANE_FILE, CAPTURE_PANE_KEY_FILE } from '../capture/loader-key';
import { badgeFromTabUrl, type CaptureEffects, saveTab } from './capture';
import type { BackgroundContext } from './router';

/**
 * The browser side of capture: badge, tabs, session storage, scripting, and the two manual
 * triggers outside the popup (context menu, keyboard shortcut). Manual capture uses
 * activeTab; the badge reads the URL of board job pages (the host permissions that match
 * the content script's pages, see startTabBadges).
 */
const MENU_ID = 'jobtrack-save-job';
export const SAVE_COMMAND = 'save-job';
const BADGE_COLOR = '#1f8a5b';

export function createCaptureEffects(): CaptureEffects {
  // Tabs whose badge only a manual save set; a tab-specific badge outlives navigation.
  const transientBadges = new Set<number>();
  chrome.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading' || !transientBadges.has(tabId)) return;
    transientBadges.delete(tabId);
    void chrome.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
    void chrome.action.setTitle({ tabId, title: 'JobTrack' }).catch(() => undefined);
  });
  chrome.tabs.onRemoved.addListener((tabId) => transientBadges.delete(tabId));
  return {
    clearBadgeOnNavigation(tabId) {
      transientBadges.add(tabId);
    },
    async setBadge(tabId, tracked) {
      await chrome.action.setBadgeText({ tabId, text: tracked ? '✓' : '' });
      if (tracked) await chrome.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
      await chrome.action.setTitle({
        tabId,
        title: tracked ? 'JobTrack: this job is in your tracker' : 'JobTrack',
      });
    },
    async openTab(url) {
      await chrome.tabs.create({ url });
    },
    trackerUrl: (id) => `${chrome.runtime.getURL('/tracker.html')}?id=${encodeURIComponent(id)}`,
    session: chrome.storage.session,
    async activeTabId() {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id;
    },
    async runManualCapture(tabId) {
      const [frame] = await chrome.scripting.executeScript({
        target: { tabId },
        files: ['/manual-capture.js'],
      });
      return frame?.result;
    },
    async readPane(tabId, read) {
      const file = read === 'key' ? CAPTURE_PANE_KEY_FILE : CAPTURE_PANE_FILE;
      const [frame] = await chrome.scripting.executeScript({ target: { tabId }, files: [file] });
      return frame?.result;
    },
  };
}

/**
 * The toolbar badge follows the tab's URL: on each URL change (a load or a single-page
 * board's pushState) and when a load completes; a URL that names no job is read from the
 * page once it has loaded. Chrome and Firefox give the URL only for tabs the host
 * permissions cover (the boards' job pages), so other tabs are skipped.
 */
export function startTabBadges(ctx: BackgroundContext): void {
  chrome.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url === undefined && change.status !== 'complete') return;
    const loaded = (change.status ?? tab.status) === 'complete';
    void badgeFromTabUrl(tabId, change.url ?? tab.url, ctx, loaded).catch(() => undefined);
  });
}

/** Context menu item and keyboard shortcut, both saving the tab they were used on. */
export function startManualCaptureTriggers(ctx: BackgroundContext): void {
  chrome.runtime.onInstalled.addListener(() => {
    chrome.contextMenus.removeAll(() => {
      chrome.contextMenus.create({
        id: MENU_ID,
        title: 'Save this job to JobTrack',
        contexts: ['page', 'selection', 'link'],
        documentUrlPatterns: ['https://*/*', 'http://*/*'],
      });
    });
  });
  const save = async (tabId: number | undefined) => {
    await ctx.ready;
    const outcome = await saveTab(tabId, ctx);
    if (outcome.kind !== 'saved') console.info('JobTrack: nothing saved', outcome);
  };
  chrome.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void save(tab?.id);
  });
  chrome.commands.onCommand.addListener((command, tab) => {
    if (command === SAVE_COMMAND) void save(tab?.id);
  });
}
