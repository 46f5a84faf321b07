/**
 * The part of chrome.storage.local the store uses. Written against this interface so the
 * same code runs on the real area, on WXT's fakeBrowser and on a plain in-memory map.
 */
export interface StorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/**
 * Every stored key without the values (chrome.storage getKeys, Chrome 130+); null where
 * the area cannot list keys (older browsers), and the caller reads another way.
 */
export async function listKeys(area: object): Promise<string[] | null> {
  const keyed = area as { getKeys?: () => Promise<string[]> };
  return typeof keyed.getKeys === 'function' ? keyed.getKeys() : null;
}

/** chrome.storage reports a full quota with a message naming QUOTA_BYTES. */
export function isQuotaError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /QUOTA_BYTES|quota/i.test(message);
}
