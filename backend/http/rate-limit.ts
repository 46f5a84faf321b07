export type RateVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counts one hit for `key` (an IP or an installation id) made by `request`. */
export interface RateLimiter {
  hit(key: string, request: Request): RateVerdict | Promise<RateVerdict>;
}

/**
 * A fixed-window counter per key, in memory. It limits per *instance*: Vercel may run
 * several instances of the function, each with its own counters. It is the limiter for
 * local runs and tests, and in production the first, free check in front of the Vercel
 * Firewall's shared counters (`firewall-limit.ts`), which hold across instances.
 */
export class FixedWindowLimiter implements RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 20_000,
  ) {}

  /** Counts one hit; answers whether it is allowed and, if not, seconds until it would be. */
  hit(key: string): RateVerdict {
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
