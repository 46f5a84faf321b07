/**
 * Where the code loaded on demand leaves its entry point in the content script's isolated
 * world (pages cannot see it), and the files' paths in the extension. The click check and
 * the capture code are web-accessible resources on the boards' origins only.
 */
export const CAPTURE_CLICK_KEY = '__jobtrackApplyClick';
export const CAPTURE_CLICK_FILE = '/capture-click.js';
export const CAPTURE_RUN_KEY = '__jobtrackCaptureRun';
export const CAPTURE_RUN_FILE = '/capture-run.js';
/** Injected by the background into a job page whose URL names no job (capture/pane.ts). */
export const CAPTURE_PANE_FILE = '/capture-pane.js';
/** Injected before it on Indeed: the quick read of the open job's key (capture/pane-key.ts). */
export const CAPTURE_PANE_KEY_FILE = '/capture-pane-key.js';
