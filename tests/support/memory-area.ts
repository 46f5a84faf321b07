import { joinSnapshot } from '../../extension/store/records';
import type { StorageArea } from '../../extension/store/storage-area';

/**
 * chrome.storage.local in memory, for unit tests: values are JSON-cloned like the real
 * area, and every call yields to the event loop (optionally after a delay) so concurrent
 * read-modify-write code interleaves the way it does in the browser. 'microtask' answers
 * on the microtask queue instead, for the fuzz suites' 10,000 cases.
 */
export class MemoryArea implements StorageArea {
  readonly data = new Map<string, string>();
  writes = 0;
  constructor(
    initial: Record<string, unknown> = {},
    private readonly delayMs: number | 'microtask' = 0,
  ) {
    for (const [key, value] of Object.entries(initial)) this.data.set(key, JSON.stringify(value));
  }

  private tick() {
    const delay = this.delayMs;
    return delay === 'microtask' ? Promise.resolve() : new Promise((done) => setTimeout(done, delay));
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

  /** The stored JSON, key by key (order-independent), to compare before and after. */
  fingerprint(): string {
    return JSON.stringify([...this.data].sort(([a], [b]) => (a < b ? -1 : 1)));
  }

  snapshot(): Record<string, unknown> {
    return Object.fromEntries([...this.data].map(([key, value]) => [key, JSON.parse(value)]));
  }

  /**
   * The snapshot with every application whole under its app: key (summary and detail
   * joined, store/records.ts): what was stored, whatever the layout.
   */
  whole(): Promise<Record<string, unknown>> {
    return joinSnapshot(this.snapshot());
  }
}

/** A MemoryArea that also lists its keys without values, as chrome.storage does from Chrome 130 (getKeys). */
export class KeyListingArea extends MemoryArea {
  async getKeys(): Promise<string[]> {
    return [...this.data.keys()];
  }
}
