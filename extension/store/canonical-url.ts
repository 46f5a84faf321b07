/**
 * The same listing reached through different links must be one application. Tracking
 * parameters (utm_*, LinkedIn's trk/refId, Indeed's from/tk, click ids) and fragments are
 * dropped; what identifies the page stays.
 */
const TRACKING_PARAMS = new Set([
  'trk',
  'trkinfo',
  'refid',
  'trackingid',
  'lipi',
  'licu',
  'midtoken',
  'midsig',
  'eBP',
  'ebp',
  'originalsubdomain',
  'from',
  'tk',
  'advn',
  'adid',
  'sjdu',
  'acatk',
  'pub',
  'xkcb',
  'xpse',
  'xfps',
  'camk',
  'guid',
  'src',
  'ref',
  'referrer',
  'fbclid',
  'gclid',
  'msclkid',
  'dclid',
  'mc_cid',
  'mc_eid',
  'position',
  'pagenum',
  'currenttab',
  'origin',
]);

export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMS.has(lower);
}

/** The URL without tracking parameters or fragment; parameters kept are sorted. */
export function canonicalizeUrl(input: string | URL): string {
  const url = new URL(String(input));
  url.hash = '';
  const kept = [...url.searchParams].filter(([name]) => !isTrackingParam(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  return url.toString();
}
