import { runManualCapture } from '../capture/manual-capture';

/**
 * Injected by the background with chrome.scripting (activeTab) when the user saves the
 * page by hand: popup button, context menu or keyboard shortcut. Its value is what
 * executeScript resolves to.
 */
export default defineUnlistedScript(() => runManualCapture(document, new URL(location.href)));
