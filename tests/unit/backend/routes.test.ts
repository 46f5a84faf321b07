import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  AccountDeletedAnswer,
  ApiError,
  CheckoutAnswer,
  CoverLetterDelta,
  CoverLetterDone,
  PortalAnswer,
  SubscriptionAnswer,
} from '../../../shared/api.js';
import {
  EXTENSION_ORIGIN,
  type Harness,
  INSTALLATION,
  LETTER_REQUEST,
  OTHER_INSTALLATION,
  parseSse,
  startHarness,
} from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

async function subscription(installation = INSTALLATION, sessionId?: string) {
  const query = sessionId ? `?sessionId=${sessionId}` : '';
  const response = await h.call(`/v1/subscription${query}`, { installation });
  expect(response.status).toBe(200);
  return SubscriptionAnswer.parse(await response.json());
}

describe('GET /health', () => {
  it('answers ok', async () => {
    const response = await h.app.request('/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });
});

describe('POST /v1/checkout', () => {
  it('creates a subscription Checkout Session tied to the installation and returns its URL', async () => {
    const response = await h.call('/v1/checkout', { method: 'POST' });
    expect(response.status).toBe(200);
    const answer = CheckoutAnswer.parse(await response.json());
    expect(answer.url).toBe(`${h.stripe.url}/pay/${answer.sessionId}`);

    const session = h.stripe.sessions.get(answer.sessionId);
    expect(session).toMatchObject({
      mode: 'subscription',
      client_reference_id: INSTALLATION,
      metadata: { installation_id: INSTALLATION },
      _subscriptionMetadata: { installation_id: INSTALLATION, uninstall_token_hash: expect.any(String) },
      _price: 'price_test_pro_monthly',
      success_url: 'https://jobtrack-api.example/checkout/success?session_id={CHECKOUT_SESSION_ID}',
      cancel_url: 'https://jobtrack-api.example/checkout/cancel',
    });
    // Nothing in Stripe but the session until the user pays.
    expect(session?.customer).toBeNull();
    expect(h.stripe.customers.size).toBe(0);
  });
});

describe('GET /v1/subscription', () => {
  it('says not Pro for an installation that never subscribed', async () => {
    expect(await subscription()).toEqual({
      pro: false,
      status: 'none',
      currentPeriodEnd: null,
      cancelAtPeriodEnd: false,
    });
  });

  it('says Pro immediately after checkout through the session id, even while Search lags', async () => {
    h.stripe.searchLagMs = 60_000; // Stripe Search: up to a minute behind.
    const sessionId = await h.subscribe();
    const answer = await subscription(INSTALLATION, sessionId);
    expect(answer.pro).toBe(true);
    expect(answer.status).toBe('active');
    expect(Date.parse(answer.currentPeriodEnd ?? '')).toBeGreaterThan(Date.now());
    // Without the session id too: recent subscriptions are listed, not searched.
    h.clock.now += 120_000; // past the cache
    expect((await subscription()).pro).toBe(true);
  });

  it('later finds the subscription by installation id alone', async () => {
    await h.subscribe();
    const answer = await subscription();
    expect(answer).toMatchObject({ pro: true, status: 'active', cancelAtPeriodEnd: false });
  });

  it('counts trialing as Pro', async () => {
    const response = await h.call('/v1/checkout', { method: 'POST' });
    const { sessionId } = CheckoutAnswer.parse(await response.json());
    h.stripe.completeCheckout(sessionId, { status: 'trialing' });
    expect(await subscription(INSTALLATION, sessionId)).toMatchObject({ pro: true, status: 'trialing' });
  });

  it('refuses another installation’s Checkout Session', async () => {
    const sessionId = await h.subscribe(OTHER_INSTALLATION);
    const response = await h.call(`/v1/subscription?sessionId=${sessionId}`);
    expect(response.status).toBe(403);
    expect(ApiError.parse(await response.json()).error.code).toBe('session-mismatch');
  });

  it('answers from a short per-instance cache, then asks Stripe again after it expires', async () => {
    await h.subscribe();
    await subscription();
    const before = h.stripe.requests.length;
    for (let i = 0; i < 5; i++) await subscription();
    expect(h.stripe.requests.length).toBe(before);

    // A cancel in the portal shows once the cache entry expires.
    const [sub] = [...h.stripe.subscriptions.values()];
    h.stripe.cancelSubscription(sub?.id ?? '', { atPeriodEnd: true });
    expect((await subscription()).cancelAtPeriodEnd).toBe(false);
    h.clock.now += 61_000;
    expect(await subscription()).toMatchObject({ pro: true, cancelAtPeriodEnd: true });
    expect(h.stripe.requests.length).toBeGreaterThan(before);
  });

  it('reflects an immediate cancel after the cache expires', async () => {
    await h.subscribe();
    expect((await subscription()).pro).toBe(true);
    const [sub] = [...h.stripe.subscriptions.values()];
    h.stripe.cancelSubscription(sub?.id ?? '');
    h.clock.now += 61_000;
    expect(await subscription()).toMatchObject({ pro: false, status: 'canceled' });
  });
});

describe('POST /v1/cover-letter', () => {
  it('refuses with 402 when the installation is not Pro, without calling Claude', async () => {
    const response = await h.postLetter(LETTER_REQUEST);
    expect(response.status).toBe(402);
    expect(ApiError.parse(await response.json()).error.code).toBe('not-pro');
    expect(h.anthropic.requests).toHaveLength(0);
  });

  it('streams the letter as Server-Sent Events for a Pro installation', async () => {
    await h.subscribe();
    const response = await h.postLetter(LETTER_REQUEST);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const events = parseSse(await response.text());
    const deltas = events.filter((e) => e.event === 'delta').map((e) => CoverLetterDelta.parse(e.data).text);
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join('')).toMatch(/^Dear Hiring Manager,[\s\S]*\[NAME\]$/);
    expect(events.at(-1)?.event).toBe('done');
    expect(CoverLetterDone.parse(events.at(-1)?.data).stopReason).toBe('end_turn');
  });

  it('sends the configured model with a capped max_tokens and the real SDK auth header', async () => {
    await h.subscribe();
    await (await h.postLetter({ ...LETTER_REQUEST, length: 'long' })).text();
    const [request] = h.anthropic.requests;
    expect(request?.body.model).toBe('claude-sonnet-5-5');
    expect(request?.body.stream).toBe(true);
    expect(request?.body.max_tokens).toBeLessThanOrEqual(1_200);
    expect(request?.headers.authorization).toBe('Bearer sk-ant-test-key');
  });

  it('uses ANTHROPIC_MODEL and asks for Spanish when language is es', async () => {
    await h.close();
    h = await startHarness({ ANTHROPIC_MODEL: 'claude-haiku-5-5', ANTHROPIC_MAX_TOKENS: '300' });
    await h.subscribe();
    const events = parseSse(await (await h.postLetter({ ...LETTER_REQUEST, language: 'es' })).text());
    expect(events.filter((e) => e.event === 'delta').length).toBeGreaterThan(0);
    const [request] = h.anthropic.requests;
    expect(request?.body.model).toBe('claude-haiku-5-5');
    expect(request?.body.max_tokens).toBe(300);
    expect(String(request?.body.system)).toContain('Spanish');
  });
});

describe('POST /v1/portal', () => {
  it('answers a Billing Portal URL for the installation’s customer', async () => {
    await h.subscribe();
    const response = await h.call('/v1/portal', { method: 'POST' });
    expect(response.status).toBe(200);
    expect(PortalAnswer.parse(await response.json()).url).toMatch(new RegExp(`^${h.stripe.url}/portal/bps_`));
  });

  it('works right after checkout through the session id', async () => {
    h.stripe.searchLagMs = 60_000;
    const sessionId = await h.subscribe();
    const response = await h.call(`/v1/portal?sessionId=${sessionId}`, { method: 'POST' });
    expect(response.status).toBe(200);
  });

  it('answers 404 no-subscription when there is nothing to manage', async () => {
    const response = await h.call('/v1/portal', { method: 'POST' });
    expect(response.status).toBe(404);
    expect(ApiError.parse(await response.json()).error.code).toBe('no-subscription');
  });
});

describe('DELETE /v1/account', () => {
  it('cancels the subscription and deletes the customer; Pro is gone at once', async () => {
    await h.subscribe();
    expect((await subscription()).pro).toBe(true); // now cached
    const response = await h.call('/v1/account', { method: 'DELETE' });
    expect(response.status).toBe(200);
    expect(AccountDeletedAnswer.parse(await response.json())).toEqual({
      deleted: true,
      canceledSubscriptions: 1,
    });
    expect(h.stripe.customers.size).toBe(0);
    expect([...h.stripe.subscriptions.values()].every((s) => s.status === 'canceled')).toBe(true);
    expect((await subscription()).pro).toBe(false);
    expect(
      h.stripe.requests.some((r) => r.method === 'DELETE' && r.path.startsWith('/v1/subscriptions/')),
    ).toBe(true);
  });

  it('leaves other installations alone and answers deleted: false when there is nothing', async () => {
    await h.subscribe(OTHER_INSTALLATION);
    const response = await h.call('/v1/account', { method: 'DELETE' });
    expect(await response.json()).toEqual({ deleted: false, canceledSubscriptions: 0 });
    expect(h.stripe.customers.size).toBe(1);
  });
});

describe('return pages', () => {
  it('the success page tells the user to return and carries the session id', async () => {
    const sessionId = await h.subscribe();
    const response = await h.app.request(`/checkout/success?session_id=${sessionId}`);
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('Return to the JobTrack extension');
    expect(page).toContain(`data-session-id="${sessionId}"`);
  });

  it('the success page ignores a session id that is not one', async () => {
    const page = await (
      await h.app.request('/checkout/success?session_id=%3Cscript%3Ealert(1)%3C/script%3E')
    ).text();
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('session-id');
  });

  it('the cancel and portal-return pages answer', async () => {
    expect(await (await h.app.request('/checkout/cancel')).text()).toContain('Nothing was charged');
    expect((await h.app.request('/billing/return')).status).toBe(200);
  });
});

describe('CORS and headers', () => {
  it('answers a preflight from the allowed extension origin', async () => {
    const response = await h.app.request('/v1/cover-letter', {
      method: 'OPTIONS',
      headers: {
        Origin: EXTENSION_ORIGIN,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type,x-installation-id',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(EXTENSION_ORIGIN);
    expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain(
      'x-installation-id',
    );
  });

  it('sets security headers on API answers', async () => {
    const response = await h.call('/v1/subscription');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('strict-transport-security')).toContain('max-age=');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('access-control-allow-origin')).toBe(EXTENSION_ORIGIN);
  });

  it('logs one line per request without bodies or ids', async () => {
    await h.subscribe();
    await (await h.postLetter(LETTER_REQUEST)).text();
    expect(h.logs.filter((line) => /^POST \/v1\/cover-letter 200 \d+ms$/.test(line))).toHaveLength(1);
    expect(h.logs.join('\n')).not.toContain(INSTALLATION);
  });
});

describe('without configuration', () => {
  it('answers 503 not-configured for Pro routes but still serves /health', async () => {
    await h.close();
    h = await startHarness({ ANTHROPIC_API_KEY: '', STRIPE_SECRET_KEY: '' });
    expect((await h.app.request('/health')).status).toBe(200);
    const response = await h.postLetter(LETTER_REQUEST);
    expect(response.status).toBe(503);
    expect(ApiError.parse(await response.json()).error.code).toBe('not-configured');
    expect((await h.call('/v1/subscription')).status).toBe(503);
  });
});
