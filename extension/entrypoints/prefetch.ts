import { startPrefetch } from '../store/prefetch';

/**
 * Loaded as a classic script in the popup's and tracker's <head> (/prefetch.js): starts
 * the page's storage reads before the module bundle loads (store/prefetch.ts).
 */
export default defineUnlistedScript(() => startPrefetch());
