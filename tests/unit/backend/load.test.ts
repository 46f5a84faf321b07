import { request as httpRequest } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../backend/app.js';
import { ApiError } from '../../../shared/api.js';
import { type LoopbackServer, listenOnLoopback } from '../../fakes/http.js';
import { EXTENSION_ORIGIN, type Harness, LETTER_REQUEST, startHarness } from './harness.js';

/**
 * The backend under a bounded load with faults, all on 127.0.0.1: a few thousand requests
 * from many installations at once, through the real SDKs to the fakes, with a proxy in
 * front of each fake that adds latency and answers some requests with errors (Stripe 500
 * and 429, Claude 529 overloaded) or drops them. Every request gets a documented status;
 * nothing above the limits reaches Claude or Stripe; Stripe Search stays under its cap;
 * memory does not grow from one round to the next.
 */

const ROUNDS = 3;
const PER_ROUND = 1_200; // 3,600 requests in all
const CONCURRENCY = 32;
const INSTALLATIONS = 60;
const PER_MINUTE = 20;
const LETTERS_PER_HOUR = 3;
/**
 * Stripe Search is rate-limited far below the rest of the API (20 read requests per second
 * in live mode), so the backend must never have more than this many searches in flight
 * (STRIPE_SEARCH_CONCURRENCY, set below; callers past its bounded queue get a 503).
 */
const SEARCH_IN_FLIGHT_CAP = 4;
const SEARCH_PATH = '/v1/subscriptions/search';

interface FaultyProxy extends LoopbackServer {
  inFlight: Map<string, number>;
  maxInFlight: Map<string, number>;
  forwarded: Map<string, number>;
  injected: Map<string, number>;
}

/** Forwards to `target` after 0–`maxDelayMs`, except the requests `fault` answers itself. */
async function faultyProxy(
  target: string,
  maxDelayMs: number,
  fault: (n: number, path: string) => { status: number; body: string } | 'drop' | undefined,
): Promise<FaultyProxy> {
  const inFlight = new Map<string, number>();
  const maxInFlight = new Map<string, number>();
  const forwarded = new Map<string, number>();
  const injected = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string, by = 1) => map.set(key, (map.get(key) ?? 0) + by);
  let n = 0;
  const server = await listenOnLoopback(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    bump(inFlight, path);
    maxInFlight.set(path, Math.max(maxInFlight.get(path) ?? 0, inFlight.get(path) ?? 0));
    try {
      await new Promise((done) => setTimeout(done, (n * 7919) % (maxDelayMs + 1)));
      const injectedFault = fault(n++, path);
      if (injectedFault === 'drop') {
        bump(injected, 'drop');
        req.socket.destroy();
        return;
      }
      if (injectedFault) {
        bump(injected, String(injectedFault.status));
        res.writeHead(injectedFault.status, { 'content-type': 'application/json', 'retry-after': '1' });
        res.end(injectedFault.body);
        return;
      }
      bump(forwarded, path);
      await new Promise<void>((done) => {
        const upstream = httpRequest(
          `${target}${req.url}`,
          { method: req.method, headers: req.headers },
          (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
            answer.on('end', done);
            answer.on('error', done);
          },
        );
        upstream.on('error', () => {
          res.destroy();
          done();
        });
        req.pipe(upstream);
      });
    } finally {
      bump(inFlight, path, -1);
    }
  });
  return Object.assign(server, { inFlight, maxInFlight, forwarded, injected });
}

const installation = (i: number) => `3f2b8c1e-5d4a-4b7e-9c2d-${String(100000000000 + i).padStart(12, '0')}`;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

let h: Harness;
let stripeProxy: FaultyProxy;
let claudeProxy: FaultyProxy;
beforeAll(async () => {
  h = await startHarness();
  stripeProxy = await faultyProxy(h.stripe.url, 15, (n) => {
    if (n % 23 === 7) return { status: 500, body: '{"error":{"type":"api_error","message":"injected"}}' };
    if (n % 31 === 11)
      return { status: 429, body: '{"error":{"type":"rate_limit_error","message":"injected"}}' };
    if (n % 97 === 13) return 'drop';
    return undefined;
  });
  claudeProxy = await faultyProxy(h.anthropic.url, 15, (n) => {
    if (n % 5 === 2)
      return { status: 529, body: '{"type":"error","error":{"type":"overloaded_error","message":"x"}}' };
    if (n % 17 === 3) return 'drop';
    return undefined;
  });
  // Half the installations are Pro.
  for (let i = 0; i < INSTALLATIONS; i += 2) await h.subscribe(installation(i));
}, 60_000);
afterAll(async () => {
  await Promise.all([stripeProxy?.close(), claudeProxy?.close()]);
  await h?.close();
});

describe('backend under load and faults (loopback)', () => {
  it(`${ROUNDS * PER_ROUND} requests: documented statuses, limits held, Search capped, memory flat`, {
    timeout: 180_000,
  }, async () => {
    const clock = { now: Date.now() };
    const app = createApp({
      env: {
        ...h.env,
        ANTHROPIC_BASE_URL: claudeProxy.url,
        STRIPE_API_BASE: stripeProxy.url,
        STRIPE_TIMEOUT_MS: '2000',
        ANTHROPIC_TIMEOUT_MS: '2000',
        RATE_LIMIT_IP_PER_MINUTE: '1000000',
        RATE_LIMIT_INSTALLATION_PER_MINUTE: String(PER_MINUTE),
        RATE_LIMIT_LETTERS_PER_HOUR: String(LETTERS_PER_HOUR),
        SUBSCRIPTION_CACHE_MS: '1000',
        STRIPE_SEARCH_CONCURRENCY: String(SEARCH_IN_FLIGHT_CAP),
      },
      now: () => clock.now,
      log: () => {},
    });
    const statuses = new Map<number, number>();
    const okByInstallation = new Map<string, number>();
    const heaps: number[] = [];
    let letterRequests = 0;

    async function one(n: number, round: number): Promise<void> {
      const id = installation((n * 13 + round) % INSTALLATIONS);
      const kind = n % 4;
      const headers: Record<string, string> = { Origin: EXTENSION_ORIGIN, 'X-Installation-Id': id };
      let response: Response;
      if (kind === 0) {
        letterRequests++;
        response = await app.request('/v1/cover-letter', {
          method: 'POST',
          headers: { ...headers, 'Content-Type': 'application/json' },
          body: JSON.stringify(LETTER_REQUEST),
        });
      } else if (kind === 1) {
        // Not JSON: refused before anything upstream.
        response = await app.request('/v1/cover-letter', { method: 'POST', headers, body: 'x' });
      } else {
        response = await app.request('/v1/subscription', { headers });
      }
      const text = await response.text();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      expect([200, 402, 415, 429, 502, 503, 504], `${response.status} ${text.slice(0, 120)}`).toContain(
        response.status,
      );
      if (response.status !== 200) expect(ApiError.safeParse(JSON.parse(text)).success).toBe(true);
      if (response.status !== 429) okByInstallation.set(id, (okByInstallation.get(id) ?? 0) + 1);
    }

    for (let round = 0; round < ROUNDS; round++) {
      // Each round is a fresh minute and hour for the limits.
      clock.now += 61 * 60_000;
      okByInstallation.clear();
      const claudeBefore = claudeProxy.forwarded.get('/v1/messages') ?? 0;
      let next = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < PER_ROUND) await one(next++, round);
        }),
      );
      // Never above the limits: per installation per minute, and letters reaching Claude.
      for (const [id, count] of okByInstallation) expect(count, id).toBeLessThanOrEqual(PER_MINUTE);
      const lettersToClaude = (claudeProxy.forwarded.get('/v1/messages') ?? 0) - claudeBefore;
      expect(lettersToClaude).toBeLessThanOrEqual((INSTALLATIONS / 2) * LETTERS_PER_HOUR);
      heaps.push(heapAfterGc());
    }

    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(ROUNDS * PER_ROUND);
    expect(letterRequests).toBeGreaterThan(0);
    // The faults were injected, and answered with upstream statuses, not 500s.
    expect([...stripeProxy.injected.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(10);
    expect([...claudeProxy.injected.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(10);
    expect(statuses.get(500)).toBeUndefined();
    // Stripe Search was used (the clock is hours past every subscription's creation, so the
    // recent-list path cannot find them) and stayed under its cap.
    expect(stripeProxy.forwarded.get(SEARCH_PATH) ?? 0).toBeGreaterThan(0);
    expect(stripeProxy.maxInFlight.get(SEARCH_PATH) ?? 0).toBeLessThanOrEqual(SEARCH_IN_FLIGHT_CAP);
    // Memory flat: the last round adds no more than a few MB over the first.
    expect((heaps.at(-1) ?? 0) - (heaps[0] ?? 0)).toBeLessThan(8 * 1024 * 1024);
    console.log(
      `load: ${total} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}; ` +
        `stripe faults ${JSON.stringify(Object.fromEntries(stripeProxy.injected))}, ` +
        `claude faults ${JSON.stringify(Object.fromEntries(claudeProxy.injected))}; ` +
        `Search calls ${stripeProxy.forwarded.get(SEARCH_PATH) ?? 0}, max in flight ${stripeProxy.maxInFlight.get(SEARCH_PATH) ?? 0}; ` +
        `heap after each round ${heaps.map((b) => `${(b / 1048576).toFixed(1)} MiB`).join(', ')}`,
    );
  });
});
