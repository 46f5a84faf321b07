import { isCvKey } from '../store/schema';
import type { StorageArea } from '../store/storage-area';

/**
 * Only the cv: items. Capture asks for the default CV on every Apply, and reading all of
 * storage (thousands of applications) for it would be wasteful: Chrome 130+ lists keys
 * without values (getKeys); older versions fall back to reading everything.
 */
export async function readCvItems(
  area: StorageArea | chrome.storage.StorageArea,
): Promise<Record<string, unknown>> {
  const withKeys = area as { getKeys?: () => Promise<string[]> };
  if (typeof withKeys.getKeys === 'function') {
    const keys = (await withKeys.getKeys()).filter(isCvKey);
    return keys.length ? area.get(keys) : {};
  }
  return area.get(null);
}
