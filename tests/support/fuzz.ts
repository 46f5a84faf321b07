import fc from 'fast-check';
import { defaultPreferences } from '../../extension/store/schema';
import { makeApp } from './make-app';
import { MemoryArea } from './memory-area';

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

/** The in-memory storage area on the microtask queue (10,000 cases cannot wait a timer each). */
export const fastArea = (initial: Record<string, unknown> = {}) => new MemoryArea(initial, 'microtask');

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

/**
 * The stored state the fuzz and fault suites start from: settings, two applications and
 * a default CV. `extra` adds keys (e.g. a second CV).
 */
export function fuzzSeed(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    meta: { schemaVersion: 1 },
    settings: {
      installationId: '3f2b8c1e-5d4a-4b7e-9c2d-1a2b3c4d5e6f',
      installedAt: '2026-11-01T10:00:00.000Z',
      preferences: defaultPreferences(),
    },
    'app:a': makeApp('a', { notes: 'kept' }),
    'app:b': makeApp('b', { status: 'interviewing' }),
    'cv:c1': {
      id: 'c1',
      fileName: 'cv.pdf',
      addedAt: '2026-11-01T10:00:00.000Z',
      text: 'Nurse',
      isDefault: true,
    },
    ...extra,
  };
}
