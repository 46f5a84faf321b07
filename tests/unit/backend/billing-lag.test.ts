import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, CheckoutAnswer, SubscriptionAnswer } from '../../../shared/api.js';
import { type Harness, INSTALLATION, OTHER_INSTALLATION, startHarness } from './harness.js';

/**
 * The billing bugs a review found with the fake Stripe's Search lag switched on (issue 17),
 * each pinned here with the lag on: Stripe Search does not see a new subscription or
 * customer for up to a minute.
 */

const LAG_MS = 60_000;
let h: Harness;

beforeEach(async () => {
  h = await startHarness();
  h.stripe.searchLagMs = LAG_MS;
});
afterEach(async () => {
  await h.close();
});

async function checkout(installation = INSTALLATION) {
  return h.call('/v1/checkout', { method: 'POST', installation });
}

async function subscription(installation = INSTALLATION) {
  const response = await h.call('/v1/subscription', { installation });
  expect(response.status).toBe(200);
  return SubscriptionAnswer.parse(await response.json());
}

const activeSubscriptions = () => [...h.stripe.subscriptions.values()].filter((s) => s.status !== 'canceled');

describe('checkout within the Search lag', () => {
  it('two checkouts at once share one session and create no customer until the user pays', async () => {
    const [first, second] = await Promise.all([checkout(), checkout()]);
    const a = CheckoutAnswer.parse(await first.json());
    const b = CheckoutAnswer.parse(await second.json());
    expect(b.sessionId).toBe(a.sessionId);
    expect(h.stripe.sessions.size).toBe(1);
    expect(h.stripe.customers.size).toBe(0);

    h.stripe.completeCheckout(a.sessionId);
    expect(h.stripe.customers.size).toBe(1);
    expect(activeSubscriptions()).toHaveLength(1);
  });

  it('refuses a checkout from an installation that is already Pro, while Search cannot see it yet', async () => {
    await h.subscribe();
    const response = await checkout();
    expect(response.status).toBe(409);
    expect(ApiError.parse(await response.json()).error.code).toBe('already-pro');
    expect(h.stripe.sessions.size).toBe(1);
  });

  it('refuses it too once the subscription is older than the recent window (found by Search)', async () => {
    await h.subscribe();
    h.stripe.searchLagMs = 0;
    h.clock.now += 30 * 60_000; // the app's clock: the subscription is no longer "recent"
    const response = await checkout();
    expect(response.status).toBe(409);
    expect(h.stripe.requests.some((r) => r.path === '/v1/subscriptions/search')).toBe(true);
  });

  it('gives a returning user (cancelled) a new session, not the paid one', async () => {
    const sessionId = await h.subscribe();
    const [sub] = activeSubscriptions();
    h.stripe.cancelSubscription(sub?.id ?? '');
    h.clock.now += 61_000; // past the answer cache
    const response = await checkout();
    expect(response.status).toBe(200);
    expect(CheckoutAnswer.parse(await response.json()).sessionId).not.toBe(sessionId);
  });
});

describe('nothing for strangers', () => {
  it('fresh random installation ids create nothing in Stripe, checkout or not', async () => {
    for (let i = 0; i < 5; i++) {
      const id = randomUUID();
      expect((await subscription(id)).pro).toBe(false);
      expect((await checkout(id)).status).toBe(200);
    }
    expect(h.stripe.customers.size).toBe(0);
    expect(h.stripe.requests.some((r) => r.method === 'POST' && r.path === '/v1/customers')).toBe(false);
  });

  it('caps concurrent Search calls per instance', async () => {
    await h.close();
    h = await startHarness({ STRIPE_SEARCH_CONCURRENCY: '2' });
    h.stripe.searchDelayMs = 40;
    const answers = await Promise.all(Array.from({ length: 12 }, () => subscription(randomUUID())));
    expect(answers.every((a) => !a.pro)).toBe(true);
    expect(h.stripe.requests.filter((r) => r.path.endsWith('/search'))).toHaveLength(12);
    // Never more than the cap (12 at once without it); at least one, however slow the machine.
    expect(h.stripe.maxConcurrentSearches).toBeLessThanOrEqual(2);
    expect(h.stripe.maxConcurrentSearches).toBeGreaterThanOrEqual(1);
  });

  it('concurrent checks for one installation share one lookup', async () => {
    h.stripe.searchDelayMs = 200;
    await Promise.all(Array.from({ length: 8 }, () => subscription()));
    expect(h.stripe.requests.filter((r) => r.path.endsWith('/search'))).toHaveLength(1);
  });
});

describe('after paying, through the session id', () => {
  it('labels the customer Checkout made with the installation id (not before it completes)', async () => {
    const response = await checkout();
    const { sessionId } = CheckoutAnswer.parse(await response.json());
    expect((await h.call(`/v1/subscription?sessionId=${sessionId}`)).status).toBe(200);
    expect(h.stripe.customers.size).toBe(0);
    h.stripe.completeCheckout(sessionId);
    expect((await h.call(`/v1/subscription?sessionId=${sessionId}`)).status).toBe(200);
    expect([...h.stripe.customers.values()].map((c) => c.metadata)).toEqual([
      { installation_id: INSTALLATION },
    ]);
  });
});

describe('after paying, within the Search lag, without the session id', () => {
  it('says Pro', async () => {
    await h.subscribe();
    expect(await subscription()).toMatchObject({ pro: true, status: 'active' });
  });

  it('opens the Billing Portal', async () => {
    await h.subscribe();
    expect((await h.call('/v1/portal', { method: 'POST' })).status).toBe(200);
  });

  it('delete finds the subscription, cancels it and deletes the customer', async () => {
    await h.subscribe();
    const response = await h.call('/v1/account', { method: 'DELETE' });
    expect(await response.json()).toEqual({ deleted: true, canceledSubscriptions: 1 });
    expect(activeSubscriptions()).toHaveLength(0);
    expect(h.stripe.customers.size).toBe(0);
    expect((await subscription()).pro).toBe(false);
  });

  it('delete leaves other installations alone', async () => {
    await h.subscribe(OTHER_INSTALLATION);
    const response = await h.call('/v1/account', { method: 'DELETE' });
    expect(await response.json()).toEqual({ deleted: false, canceledSubscriptions: 0 });
    expect(activeSubscriptions()).toHaveLength(1);
  });
});

describe('the uninstall page', () => {
  async function token() {
    await h.subscribe();
    const answer = await subscription();
    if (!answer.uninstallToken) throw new Error('no uninstall token');
    return answer.uninstallToken;
  }

  it('gets a token that is not the installation id and cannot be turned back into it', async () => {
    const value = await token();
    expect(value).not.toContain(INSTALLATION);
    expect(value).not.toContain(INSTALLATION.replaceAll('-', ''));
    const [sub] = activeSubscriptions();
    expect(JSON.stringify(sub?.metadata)).not.toContain(value);
    // Not Pro, no token.
    expect((await subscription(OTHER_INSTALLATION)).uninstallToken).toBeUndefined();
  });

  it('GET only shows the offer; POST cancels and deletes, within the Search lag', async () => {
    const value = await token();
    const page = await h.app.request(`/uninstall?token=${value}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Cancel my subscription and delete the record');
    expect(activeSubscriptions()).toHaveLength(1);

    const done = await h.app.request('/uninstall', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: value }).toString(),
    });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('Subscription cancelled');
    expect(activeSubscriptions()).toHaveLength(0);
    expect(h.stripe.customers.size).toBe(0);
  });

  it('speaks Spanish when the extension asks for it', async () => {
    const value = await token();
    const page = await (await h.app.request(`/uninstall?token=${value}&lang=es`)).text();
    expect(page).toContain('Cancelar mi suscripción y eliminar el registro');
    expect(page).toContain('name="lang" value="es"');
  });

  it('a token for another installation (or a made-up one) cancels nothing', async () => {
    await token();
    const other = await h.app.request('/uninstall', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: 'A'.repeat(43) }).toString(),
    });
    expect(await other.text()).toContain('Nothing to cancel');
    expect(activeSubscriptions()).toHaveLength(1);
    expect((await h.app.request('/uninstall?token=not-a-token')).status).toBe(400);
  });
});
