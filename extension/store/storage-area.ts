/**
 * The part of chrome.storage.local the store uses. Written against this interface so the
 * same code runs on the real area, on WXT's fakeBrowser and on a plain in-memory map.
 */
export interface StorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** chrome.storage reports a full quota with a message naming QUOTA_BYTES. */
export function isQuotaError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /QUOTA_BYTES|quota/i.test(message);
}
