import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uninstallTokenFor } from '../../../backend/services/billing.js';
import { ApiError } from '../../../shared/api.js';
import { counter, FUZZ_RUNS, fuzzOptions, mutated } from '../../support/fuzz.js';
import {
  EXTENSION_ORIGIN,
  type Harness,
  INSTALLATION,
  LETTER_REQUEST,
  OTHER_INSTALLATION,
  startHarness,
} from '../backend/harness.js';

/**
 * Requests to the backend, generated: any method, path, headers and body, with valid
 * requests mutated leaf by leaf. Against the real SDKs and the loopback fakes, every answer
 * is a status the API documents — never a 5xx while the fakes are healthy — with the
 * error shape, and a refused request changes nothing at Stripe.
 */

let h: Harness;
beforeAll(async () => {
  // Limits high enough that generated requests reach the routes, not only the limiter.
  h = await startHarness({
    RATE_LIMIT_IP_PER_MINUTE: '1000000',
    RATE_LIMIT_INSTALLATION_PER_MINUTE: '1000000',
    RATE_LIMIT_LETTERS_PER_HOUR: '1000000',
  });
  await h.subscribe(INSTALLATION);
});
afterAll(async () => {
  await h?.close();
});

/** The Pro user's uninstall token (the harness signs with its Stripe key: no separate secret). */
const UNINSTALL_TOKEN = uninstallTokenFor('sk_test_fake_key', INSTALLATION);

const METHODS = ['GET', 'POST', 'DELETE', 'PUT', 'PATCH', 'OPTIONS', 'HEAD'];
const PATHS = [
  '/v1/cover-letter',
  '/v1/checkout',
  '/v1/subscription',
  '/v1/subscription?sessionId=cs_test_abc',
  '/v1/subscription?sessionId=%00%0d%0a',
  '/v1/portal',
  '/v1/account',
  '/health',
  '/checkout/success?session_id=<script>',
  '/checkout/cancel',
  '/uninstall',
  `/uninstall?token=${UNINSTALL_TOKEN}&lang=es`,
  '/uninstall?token=%3Cscript%3E&lang=%0d%0a',
  '/v1/../v1/subscription',
  '/v1//cover-letter',
  '/%2e%2e/etc/passwd',
];
const anyRequest = fc.record({
  method: fc.constantFrom(...METHODS),
  path: fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...PATHS) },
    { weight: 1, arbitrary: fc.webPath().map((p) => `/v1${p}`) },
  ),
  origin: fc.oneof(
    fc.constant(EXTENSION_ORIGIN),
    fc.constant(undefined),
    fc.constantFrom('https://evil.example', 'null', 'chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba'),
  ),
  installation: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(INSTALLATION, OTHER_INSTALLATION) },
    { weight: 1, arbitrary: fc.oneof(fc.uuid(), fc.string({ maxLength: 40 }), fc.constant(undefined)) },
  ),
  contentType: fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'text/plain',
    'application/x-www-form-urlencoded',
    undefined,
  ),
  body: fc.oneof(
    { weight: 4, arbitrary: mutated(LETTER_REQUEST).map((value) => JSON.stringify(value) ?? '') },
    { weight: 1, arbitrary: fc.json({ maxDepth: 3 }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
    // The uninstall page's form: the real token, a forged one, no token.
    {
      weight: 1,
      arbitrary: fc.constantFrom(`token=${UNINSTALL_TOKEN}&lang=es`, 'token=forged&lang=en', 'lang=es'),
    },
    { weight: 1, arbitrary: fc.constant(undefined) },
  ),
  forwardedFor: fc.oneof(fc.constant(undefined), fc.ipV4(), fc.string({ maxLength: 30 })),
});

/** A Pro user's letter request with a part of it changed: reaches past the middleware. */
const nearLetter = fc.record({
  method: fc.constant('POST'),
  path: fc.constant('/v1/cover-letter'),
  origin: fc.constant(EXTENSION_ORIGIN),
  installation: fc.constant(INSTALLATION),
  contentType: fc.constant('application/json'),
  body: mutated(LETTER_REQUEST).map((value) => JSON.stringify(value) ?? ''),
  forwardedFor: fc.constant(undefined),
});
const request = fc.oneof({ weight: 6, arbitrary: anyRequest }, { weight: 1, arbitrary: nearLetter });

// 409: a checkout for a browser that already has Pro (already-pro).
const DOCUMENTED = new Set([200, 204, 400, 402, 403, 404, 405, 409, 413, 415, 429]);

function stripeState() {
  return JSON.stringify([[...h.stripe.customers.keys()].sort(), [...h.stripe.subscriptions.keys()].sort()]);
}

describe('fuzz: requests to the backend', { timeout: 180_000 }, () => {
  it(`a documented status and the error shape, never a 5xx; refusals change nothing (${FUZZ_RUNS} cases)`, async () => {
    const { state, count } = counter();
    const seen = new Map<number, number>();
    let letters = 0;
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        count(r);
        const headers = new Headers();
        if (r.origin) headers.set('Origin', r.origin);
        try {
          if (r.installation !== undefined) headers.set('X-Installation-Id', r.installation);
          if (r.contentType) headers.set('Content-Type', r.contentType);
          if (r.forwardedFor) headers.set('X-Forwarded-For', r.forwardedFor);
        } catch {
          return; // Not a header value a client can send.
        }
        // Account deletion and checkout are real changes when valid; the rest must be reads.
        // (and the uninstall form's POST, with the real token).
        const mayChange =
          r.method === 'DELETE' ||
          (r.method === 'POST' && (r.path.startsWith('/v1/checkout') || r.path.startsWith('/uninstall')));
        const before = stripeState();
        const hasBody = r.body !== undefined && !['GET', 'HEAD'].includes(r.method);
        const response = await h.app.request(r.path, {
          method: r.method,
          headers,
          ...(hasBody ? { body: r.body } : {}),
        });
        const text = await response.text();
        seen.set(response.status, (seen.get(response.status) ?? 0) + 1);
        if (response.status === 200 && r.path === '/v1/cover-letter') letters++;
        expect(DOCUMENTED, `${r.method} ${r.path} → ${response.status} ${text.slice(0, 200)}`).toContain(
          response.status,
        );
        if (response.status >= 400 && r.method !== 'HEAD') {
          expect(ApiError.safeParse(JSON.parse(text)).success).toBe(true);
        }
        if (response.status >= 400 || !mayChange) expect(stripeState()).toBe(before);
        // A deleted account comes back for the next cases.
        const deleted =
          (r.method === 'DELETE' && r.installation === INSTALLATION) ||
          (r.method === 'POST' && r.path.startsWith('/uninstall') && r.body?.includes(UNINSTALL_TOKEN));
        if (deleted && response.status === 200) await h.subscribe(INSTALLATION);
      }),
      fuzzOptions(),
    );
    expect(state.cases).toBeGreaterThanOrEqual(FUZZ_RUNS);
    // Deep enough: letters streamed, and refusals of each kind.
    for (const status of [200, 400, 403, 415]) expect(seen.get(status)).toBeGreaterThan(0);
    expect(letters).toBeGreaterThan(0);
    console.log(
      `backend fuzz: statuses ${JSON.stringify(Object.fromEntries(seen))}, ${letters} letters streamed`,
    );
  });
});
