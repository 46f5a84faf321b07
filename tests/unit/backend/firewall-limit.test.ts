import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../backend/app.js';
import { readConfig } from '../../../backend/config.js';
import { FIREWALL_RULES, type FirewallCheck } from '../../../backend/http/firewall-limit.js';
import { ApiError } from '../../../shared/api.js';
import { EXTENSION_ORIGIN, type Harness, INSTALLATION, OTHER_INSTALLATION, startHarness } from './harness.js';

/**
 * A stand-in for the Vercel Firewall: one set of counters shared by every app instance, as
 * the real rules are shared by every function instance. Limits per rule as the README
 * tells the operator to create them.
 */
function fakeFirewall(limits: Record<string, number>) {
  const counts = new Map<string, number>();
  const calls: { ruleId: string; key: string }[] = [];
  const check: FirewallCheck = async (ruleId, { rateLimitKey }) => {
    calls.push({ ruleId, key: rateLimitKey });
    const limit = limits[ruleId];
    if (limit === undefined) return { rateLimited: false, error: 'not-found' };
    const id = `${ruleId}|${rateLimitKey}`;
    const count = (counts.get(id) ?? 0) + 1;
    counts.set(id, count);
    return { rateLimited: count > limit };
  };
  return { check, calls };
}

describe('rate limits across instances (Vercel Firewall rules)', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
  });

  function instances(count: number, check: FirewallCheck, extra: Record<string, string> = {}) {
    const env = { ...h?.env, RATE_LIMIT_STORE: 'vercel-firewall', ...extra };
    return Array.from({ length: count }, () => createApp({ env, firewallCheck: check, log: () => {} }));
  }
  const ask = (app: ReturnType<typeof createApp>, installation = INSTALLATION, ip = '203.0.113.7') =>
    app.request('/v1/subscription', {
      headers: { Origin: EXTENSION_ORIGIN, 'X-Installation-Id': installation, 'X-Forwarded-For': ip },
    });

  it('ten instances together allow one installation the limit, not ten times it', async () => {
    h = await startHarness();
    const firewall = fakeFirewall({
      [FIREWALL_RULES.ip.id]: 1000,
      [FIREWALL_RULES.installation.id]: 5,
      [FIREWALL_RULES.letters.id]: 30,
    });
    const apps = instances(10, firewall.check);
    const statuses: number[] = [];
    for (const app of apps) statuses.push((await ask(app)).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    const limited = await ask(apps[9] as ReturnType<typeof createApp>);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBe(FIREWALL_RULES.installation.windowSeconds);
    expect(ApiError.parse(await limited.json()).error.code).toBe('rate-limited');
    // Keyed by installation id: another installation from the same IP is not affected.
    expect((await ask(apps[0] as ReturnType<typeof createApp>, OTHER_INSTALLATION)).status).toBe(200);
    // And by IP.
    expect(firewall.calls.some((c) => c.ruleId === FIREWALL_RULES.ip.id && c.key === '203.0.113.7')).toBe(
      true,
    );
  });

  it('keyed by IP across installations and instances', async () => {
    h = await startHarness();
    const firewall = fakeFirewall({ [FIREWALL_RULES.ip.id]: 2, [FIREWALL_RULES.installation.id]: 100 });
    const [a, b] = instances(2, firewall.check) as [
      ReturnType<typeof createApp>,
      ReturnType<typeof createApp>,
    ];
    expect((await ask(a, INSTALLATION)).status).toBe(200);
    expect((await ask(b, OTHER_INSTALLATION)).status).toBe(200);
    expect((await ask(a, OTHER_INSTALLATION)).status).toBe(429);
    expect((await ask(b, INSTALLATION, '198.51.100.4')).status).toBe(200);
  });

  it('the instance limit still holds without a round trip, and when the Firewall fails', async () => {
    h = await startHarness();
    const calls: string[] = [];
    const broken: FirewallCheck = async (ruleId) => {
      calls.push(ruleId);
      throw new TypeError('fetch failed');
    };
    const logs: string[] = [];
    const app = createApp({
      env: { ...h.env, RATE_LIMIT_STORE: 'vercel-firewall', RATE_LIMIT_INSTALLATION_PER_MINUTE: '2' },
      firewallCheck: broken,
      log: (line) => logs.push(line),
    });
    expect((await ask(app)).status).toBe(200);
    expect((await ask(app)).status).toBe(200);
    const before = calls.length;
    expect((await ask(app)).status).toBe(429);
    // Refused by the instance's own window: the installation rule was not asked.
    expect(calls.slice(before)).not.toContain(FIREWALL_RULES.installation.id);
    expect(logs.filter((line) => line.includes('failed: TypeError'))).toHaveLength(2); // once per rule
  });

  it('a rule missing in the Firewall is logged, not an outage', async () => {
    h = await startHarness();
    const logs: string[] = [];
    const app = createApp({
      env: { ...h.env, RATE_LIMIT_STORE: 'vercel-firewall' },
      firewallCheck: fakeFirewall({}).check,
      log: (line) => logs.push(line),
    });
    expect((await ask(app)).status).toBe(200);
    expect(logs.some((line) => line.includes(`${FIREWALL_RULES.ip.id} is not configured`))).toBe(true);
  });

  it('uses the Firewall on Vercel by default and memory elsewhere', () => {
    expect(readConfig({ VERCEL: '1' }).rateLimit.store).toBe('vercel-firewall');
    expect(readConfig({}).rateLimit.store).toBe('memory');
    expect(readConfig({ VERCEL: '1', RATE_LIMIT_STORE: 'memory' }).rateLimit.store).toBe('memory');
  });
});
