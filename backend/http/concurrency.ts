/**
 * At most `max` calls of `work` run at once; the others wait their turn in order. For an
 * upstream whose own rate limit is much lower than ours (Stripe Search).
 */
export function concurrencyLimit(max: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async function run<T>(work: () => Promise<T>): Promise<T> {
    if (running >= max) await new Promise<void>((resume) => waiting.push(resume));
    running++;
    try {
      return await work();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}
