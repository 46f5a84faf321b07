/** Where the capture code loaded on demand leaves its entry point in the isolated world. */
export const CAPTURE_RUN_KEY = '__jobtrackCaptureRun';
/** The chunk's path in the extension (a web-accessible resource on the boards only). */
export const CAPTURE_RUN_FILE = '/capture-run.js';
