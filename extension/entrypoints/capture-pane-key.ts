import { readIndeedPaneKey } from '../capture/pane-key';

/**
 * Injected by the background (chrome.scripting, host permissions on the boards' job pages)
 * into an Indeed job page whose URL names no job: the quick read of the open job's key for
 * the badge (capture/pane-key.ts). document.URL, not location: no Location object to set
 * up in the extension's world. Its value is what executeScript resolves to.
 */
export default defineUnlistedScript(() => readIndeedPaneKey(document, document.URL));
