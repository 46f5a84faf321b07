import { readPaneJob } from '../capture/pane';

/**
 * Injected by the background (chrome.scripting, host permissions on the boards' job pages)
 * into a job page whose URL names no job, to read which job the page shows for the badge.
 * Its value is what executeScript resolves to.
 */
export default defineUnlistedScript(() => readPaneJob(document, location.href));
