import fc from 'fast-check';
import type { StorageArea } from '../../extension/store/storage-area';

/**
 * Fuzzing settings shared by every target: at least 10,000 generated cases each (the
 * hardening issue's floor), from a fixed seed so a run is reproducible; FUZZ_SEED picks
 * another seed (fast-check prints the seed and the shrunk case of any failure).
 */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);

export function fuzzOptions(extra: { numRuns?: number } = {}): fc.Parameters<unknown> {
  return {
    numRuns: extra.numRuns ?? FUZZ_RUNS,
    seed: Number(process.env.FUZZ_SEED ?? 20261201),
    // The suites time themselves as a whole; no per-case timeout.
    endOnFailure: true,
  };
}

/** Counts the cases a property really ran, so a test can say (and check) how many. */
export function counter() {
  const state = { cases: 0 };
  return {
    state,
    count<T>(value: T): T {
      state.cases++;
      return value;
    },
  };
}

/**
 * A storage area in memory that answers on the microtask queue (MemoryArea waits a timer
 * per call, which 10,000 cases cannot afford). Values are JSON-cloned like the real area.
 */
export class FastArea implements StorageArea {
  readonly data = new Map<string, string>();
  writes = 0;
  constructor(initial: Record<string, unknown> = {}) {
    for (const [key, value] of Object.entries(initial)) this.data.set(key, JSON.stringify(value));
  }
  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    const wanted = keys == null ? [...this.data.keys()] : Array.isArray(keys) ? keys : [keys];
    const out: Record<string, unknown> = {};
    for (const key of wanted) {
      const value = this.data.get(key);
      if (value !== undefined) out[key] = JSON.parse(value);
    }
    return out;
  }
  async set(items: Record<string, unknown>): Promise<void> {
    this.writes++;
    for (const [key, value] of Object.entries(items)) this.data.set(key, JSON.stringify(value));
  }
  async remove(keys: string | string[]): Promise<void> {
    this.writes++;
    for (const key of Array.isArray(keys) ? keys : [keys]) this.data.delete(key);
  }
  /** The stored JSON, key by key (order-independent), to compare before and after. */
  fingerprint(): string {
    return JSON.stringify([...this.data].sort(([a], [b]) => (a < b ? -1 : 1)));
  }
}

/**
 * A value shaped like `template` with some of its leaves replaced by generated values,
 * some keys dropped and some added: the "almost valid" inputs that reach deepest.
 */
export function mutated(template: unknown): fc.Arbitrary<unknown> {
  const leaf = fc.oneof(
    fc.anything({ maxDepth: 2 }),
    fc.string({ maxLength: 40 }),
    fc.constantFrom('', ' ', 'javascript:alert(1)', '\r\nX:1', '__proto__', 'constructor', '=1+1'),
    fc.double(),
    fc.integer(),
    fc.constant(null),
  );
  const walk = (value: unknown, depth: number): fc.Arbitrary<unknown> => {
    if (depth > 4) return fc.constant(value);
    if (Array.isArray(value)) {
      return fc.oneof(
        // Whole subtrees left valid, so some cases reach past validation.
        { weight: 2, arbitrary: fc.constant(value) },
        { weight: 4, arbitrary: fc.tuple(...value.map((item) => walk(item, depth + 1))) },
        { weight: 1, arbitrary: fc.array(leaf, { maxLength: 3 }) },
        { weight: 1, arbitrary: leaf },
      );
    }
    if (value && typeof value === 'object') {
      const entries = Object.entries(value);
      return fc.oneof(
        { weight: 2, arbitrary: fc.constant(value) },
        {
          weight: 5,
          arbitrary: fc
            .tuple(
              fc.tuple(...entries.map(([, v]) => walk(v, depth + 1))),
              fc.array(fc.boolean(), { minLength: entries.length, maxLength: entries.length }),
              fc.dictionary(fc.string({ maxLength: 8 }), leaf, { maxKeys: 2 }),
            )
            .map(([values, keep, extra]) => {
              const out: Record<string, unknown> = {};
              entries.forEach(([key], i) => {
                // Drop a key one time in ten.
                if (keep[i] !== false || i % 10 !== 0) out[key] = values[i];
              });
              return { ...out, ...extra };
            }),
        },
        { weight: 1, arbitrary: leaf },
      );
    }
    return fc.oneof({ weight: 6, arbitrary: fc.constant(value) }, { weight: 1, arbitrary: leaf });
  };
  return walk(template, 0);
}
