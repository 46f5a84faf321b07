import type { StorageArea } from '../../extension/store/storage-area';

/**
 * chrome.storage.local in memory, for unit tests: values are JSON-cloned like the real
 * area, and every call yields to the event loop (optionally after a delay) so concurrent
 * read-modify-write code interleaves the way it does in the browser.
 */
export class MemoryArea implements StorageArea {
  readonly data = new Map<string, string>();
  writes = 0;
  constructor(
    initial: Record<string, unknown> = {},
    private readonly delayMs = 0,
  ) {
    for (const [key, value] of Object.entries(initial)) this.data.set(key, JSON.stringify(value));
  }

  private tick() {
    return new Promise((done) => setTimeout(done, this.delayMs));
  }

  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    await this.tick();
    const wanted = keys == null ? [...this.data.keys()] : Array.isArray(keys) ? keys : [keys];
    const out: Record<string, unknown> = {};
    for (const key of wanted) {
      const value = this.data.get(key);
      if (value !== undefined) out[key] = JSON.parse(value);
    }
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    await this.tick();
    this.writes++;
    for (const [key, value] of Object.entries(items)) this.data.set(key, JSON.stringify(value));
  }

  async remove(keys: string | string[]): Promise<void> {
    await this.tick();
    for (const key of Array.isArray(keys) ? keys : [keys]) this.data.delete(key);
  }

  snapshot(): Record<string, unknown> {
    return Object.fromEntries([...this.data].map(([key, value]) => [key, JSON.parse(value)]));
  }
}
