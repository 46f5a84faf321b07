import { FixedWindowLimiter, type RateLimiter, type RateVerdict } from './rate-limit.js';

/**
 * Rate limits that hold across serverless instances: the Vercel Firewall keeps the
 * counters, one rate-limit rule per limit (created in the project's Firewall settings; the
 * README lists them), and `checkRateLimit` from `@vercel/firewall` asks it about one key.
 * Each instance still runs its own in-memory window first: it costs nothing, stops a flood
 * on one instance without a round trip, and is what is left if the Firewall cannot answer.
 */

/** The shape of `checkRateLimit` from `@vercel/firewall` (tests pass a shared fake). */
export type FirewallCheck = (
  ruleId: string,
  options: { rateLimitKey: string; headers: Headers },
) => Promise<{ rateLimited: boolean; error?: 'not-found' | 'blocked' }>;

/** The rules to create in the Vercel Firewall (ids, keys and windows as the README says). */
export const FIREWALL_RULES = {
  ip: { id: 'jobtrack-ip', windowSeconds: 60 },
  installation: { id: 'jobtrack-installation', windowSeconds: 60 },
  letters: { id: 'jobtrack-letters', windowSeconds: 3600 },
  prep: { id: 'jobtrack-prep', windowSeconds: 3600 },
  statements: { id: 'jobtrack-statements', windowSeconds: 3600 },
} as const;

export type FirewallRule = (typeof FIREWALL_RULES)[keyof typeof FIREWALL_RULES];

/** The real check, loaded on first use so local runs and cold starts without it skip it. */
export const vercelFirewallCheck: FirewallCheck = async (ruleId, options) => {
  const { checkRateLimit } = await import('@vercel/firewall');
  return checkRateLimit(ruleId, options);
};

export class FirewallLimiter implements RateLimiter {
  private warned = false;

  constructor(
    private readonly rule: FirewallRule,
    private readonly local: FixedWindowLimiter,
    private readonly check: FirewallCheck,
    private readonly log: (line: string) => void,
  ) {}

  async hit(key: string, request: Request): Promise<RateVerdict> {
    const local = this.local.hit(key);
    if (!local.allowed) return local;
    try {
      const answer = await this.check(this.rule.id, { rateLimitKey: key, headers: request.headers });
      if (answer.error === 'not-found') {
        // A missing rule must be loud, but must not take the API down with it.
        this.warnOnce(`rate-limit rule ${this.rule.id} is not configured in the Vercel Firewall`);
        return { allowed: true };
      }
      return answer.rateLimited ? { allowed: false, retryAfterSeconds: this.rule.windowSeconds } : local;
    } catch (error) {
      // The Firewall is unreachable: the instance's own window (already counted) still holds.
      this.warnOnce(`rate-limit check ${this.rule.id} failed: ${(error as Error).name}`);
      return local;
    }
  }

  private warnOnce(line: string): void {
    if (this.warned) return;
    this.warned = true;
    this.log(line);
  }
}

/** The limiter for one rule: in memory only, or in memory and then the Firewall. */
export function makeLimiter(
  rule: FirewallRule,
  limit: number,
  now: () => number,
  firewall: { check: FirewallCheck; log: (line: string) => void } | undefined,
): RateLimiter {
  const local = new FixedWindowLimiter(limit, rule.windowSeconds * 1000, now);
  return firewall ? new FirewallLimiter(rule, local, firewall.check, firewall.log) : local;
}
