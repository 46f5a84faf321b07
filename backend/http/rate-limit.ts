/**
 * A fixed-window counter per key, in memory. It limits per *instance*: Vercel may run
 * several instances of the function, each with its own counters, so the effective limit
 * is the configured one times the number of warm instances. That is enough to stop one
 * client from burning the Claude budget by accident or in a loop; a hard global quota
 * would need shared state, which this backend deliberately does not have.
 */
export class FixedWindowLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 20_000,
  ) {}

  /** Counts one hit; answers whether it is allowed and, if not, seconds until it would be. */
  hit(key: string): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      this.makeRoom(now);
      window = { count: 0, resetAt: now + this.windowMs };
      this.windows.delete(key);
      this.windows.set(key, window);
    }
    window.count++;
    if (window.count <= this.limit) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.resetAt - now) / 1000)) };
  }

  private makeRoom(now: number): void {
    if (this.windows.size < this.maxKeys) return;
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
    // Still full (a flood of distinct keys): forget the oldest windows first.
    for (const key of this.windows.keys()) {
      if (this.windows.size < this.maxKeys) break;
      this.windows.delete(key);
    }
  }
}
