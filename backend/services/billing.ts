import { createHash, createHmac } from 'node:crypto';
import type Stripe from 'stripe';
import type { CheckoutAnswer, SubscriptionAnswer, SubscriptionStatus } from '../../shared/api.js';
import { SubscriptionStatus as SubscriptionStatusSchema } from '../../shared/api.js';
import type { BackendConfig } from '../config.js';
import { HttpError, UpstreamError } from '../http/errors.js';

/**
 * Pro state lives only in Stripe: a subscription whose metadata carries `installation_id`
 * (and the hash of the uninstall token), on a customer Checkout creates when the user pays.
 * Nothing is created in Stripe before a checkout completes, and nothing is stored here but
 * a short per-instance cache of answers.
 *
 * Finding an installation's subscriptions without a database, and without trusting Stripe
 * Search alone, which lags up to a minute behind writes
 * (https://docs.stripe.com/search#data-freshness):
 * - right after checkout the extension passes the Checkout Session id, read by id;
 * - subscriptions created in the last RECENT_WINDOW_S are listed (a list is read-after-write
 *   consistent) and filtered by metadata — this covers the Search lag without a session id;
 * - older ones come from Search by metadata, with at most `searchConcurrency` Search calls in
 *   flight per instance and one lookup per installation at a time.
 */

export const METADATA_KEY = 'installation_id';
export const UNINSTALL_METADATA_KEY = 'uninstall_token_hash';
/** Ten times Stripe's documented worst Search lag. */
export const RECENT_WINDOW_S = 10 * 60;
/** A fresh Checkout Session per installation per hour at most; repeats within it get the same one. */
const CHECKOUT_KEY_WINDOW_MS = 60 * 60_000;
const SEARCH_QUEUE_MAX = 100;

export interface BillingService {
  /** `baseUrl` is the backend's public origin, where the success and cancel pages live. */
  createCheckout(installationId: string, baseUrl: string): Promise<CheckoutAnswer>;
  getSubscription(installationId: string, sessionId?: string): Promise<SubscriptionAnswer>;
  createPortal(installationId: string, baseUrl: string, sessionId?: string): Promise<{ url: string }>;
  deleteAccount(
    installationId: string,
    sessionId?: string,
  ): Promise<{ deleted: boolean; canceledSubscriptions: number }>;
  /** The uninstall page's action: what `deleteAccount` does, found by the token's hash. */
  deleteByUninstallToken(token: string): Promise<{ deleted: boolean; canceledSubscriptions: number }>;
}

interface CacheEntry {
  answer: SubscriptionAnswer;
  expiresAt: number;
}

const NO_SUBSCRIPTION: SubscriptionAnswer = {
  pro: false,
  status: 'none',
  currentPeriodEnd: null,
  cancelAtPeriodEnd: false,
};

const PRO_STATUSES = new Set<SubscriptionStatus>(['active', 'trialing']);
const ENDED_STATUSES = new Set<string>(['canceled', 'incomplete_expired']);
const CACHE_MAX_ENTRIES = 10_000;

/** The uninstall token: an HMAC of the installation id, so the backend can recompute it and never store it. */
export function uninstallTokenFor(secret: string, installationId: string): string {
  return createHmac('sha256', secret).update(`uninstall:${installationId}`).digest('base64url');
}

/** What subscription metadata keeps: a hash, so a token cannot be read back out of Stripe. */
export function uninstallTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** At most `max` tasks at once; the next `queueMax` wait their turn, more are refused (503). */
export class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(
    private readonly max: number,
    private readonly queueMax: number,
  ) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.max) {
      if (this.waiting.length >= this.queueMax) {
        throw new UpstreamError(
          503,
          'billing-unavailable',
          'The payment service is busy. Try again shortly.',
          5,
        );
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    this.active++;
    try {
      return await task();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}

export function createBillingService(
  config: BackendConfig['stripe'] & { cacheMs: number },
  now: () => number = Date.now,
): BillingService | undefined {
  if (!config.secretKey || !config.priceId) return undefined;
  const { priceId, secretKey } = config;
  const tokenSecret = config.uninstallSecret ?? secretKey;
  // Loaded on first use: the SDK is large, and a cold start for /health should not pay for it.
  let client: Stripe | undefined;
  const getStripe = async (): Promise<Stripe> => {
    const { default: StripeSdk } = await import('stripe');
    client ??= new StripeSdk(secretKey, {
      maxNetworkRetries: 0,
      telemetry: false,
      timeout: config.timeoutMs,
      ...(config.apiBase ?? {}),
    });
    return client;
  };
  const cache = new Map<string, CacheEntry>();
  const searches = new Semaphore(config.searchConcurrency, SEARCH_QUEUE_MAX);
  /** One Stripe lookup per installation at a time: concurrent checks share it. */
  const lookups = new Map<string, Promise<SubscriptionAnswer>>();

  const remember = (installationId: string, answer: SubscriptionAnswer) => {
    if (config.cacheMs <= 0) return answer;
    if (cache.size >= CACHE_MAX_ENTRIES) {
      for (const [key, entry] of cache) if (entry.expiresAt <= now()) cache.delete(key);
      // Still full: drop the oldest entries (Map keeps insertion order).
      for (const key of cache.keys()) {
        if (cache.size < CACHE_MAX_ENTRIES) break;
        cache.delete(key);
      }
    }
    cache.set(installationId, { answer, expiresAt: now() + config.cacheMs });
    return answer;
  };

  /** Subscriptions whose metadata has `key: value`: recent ones by list, older ones by Search. */
  async function findSubscriptions(key: string, value: string): Promise<Stripe.Subscription[]> {
    const stripe = await getStripe();
    const found = new Map<string, Stripe.Subscription>();
    const since = Math.floor(now() / 1000) - RECENT_WINDOW_S;
    for await (const subscription of stripe.subscriptions.list({
      status: 'all',
      created: { gte: since },
      limit: 100,
    })) {
      if (subscription.metadata?.[key] === value) found.set(subscription.id, subscription);
    }
    const searched = await searches.run(() =>
      stripe.subscriptions.search({ query: `metadata['${key}']:'${value}'`, limit: 100 }),
    );
    for (const subscription of searched.data) found.set(subscription.id, subscription);
    return [...found.values()];
  }

  /** The session, only if it belongs to this installation. */
  async function readSession(installationId: string, sessionId: string): Promise<Stripe.Checkout.Session> {
    const stripe = await getStripe();
    const session = await stripe.checkout.sessions.retrieve(sessionId, { expand: ['subscription'] });
    if (session.client_reference_id !== installationId) {
      throw new HttpError(403, 'session-mismatch', 'This checkout belongs to another installation.');
    }
    return session;
  }

  /** Every subscription of the installation: through the session if given, then list and Search. */
  async function subscriptionsOf(installationId: string, sessionId?: string): Promise<Stripe.Subscription[]> {
    const found = new Map<string, Stripe.Subscription>();
    if (sessionId) {
      const session = await readSession(installationId, sessionId);
      let subscription = session.subscription;
      if (typeof subscription === 'string') {
        subscription = await (await getStripe()).subscriptions.retrieve(subscription);
      }
      if (subscription) found.set(subscription.id, subscription);
      await labelCustomer(session, installationId);
    }
    for (const subscription of await findSubscriptions(METADATA_KEY, installationId)) {
      found.set(subscription.id, subscription);
    }
    return [...found.values()];
  }

  /**
   * Checkout made the customer without our metadata; once the checkout has completed, the
   * customer gets the installation id too (the Dashboard, and delete, can find it by it).
   */
  async function labelCustomer(session: Stripe.Checkout.Session, installationId: string) {
    const customer = typeof session.customer === 'string' ? session.customer : session.customer?.id;
    if (!customer || session.status !== 'complete') return;
    const expanded = typeof session.customer === 'object' ? session.customer : undefined;
    if (expanded && !expanded.deleted && expanded.metadata[METADATA_KEY] === installationId) return;
    await (await getStripe()).customers.update(customer, { metadata: { [METADATA_KEY]: installationId } });
  }

  const customerOf = (subscription: Stripe.Subscription) =>
    typeof subscription.customer === 'string' ? subscription.customer : subscription.customer.id;

  /** Cancels what is still running and deletes the customers (the record Stripe keeps of the user). */
  async function cancelAndDelete(subscriptions: Stripe.Subscription[]) {
    const stripe = await getStripe();
    let canceledSubscriptions = 0;
    for (const subscription of subscriptions) {
      if (ENDED_STATUSES.has(subscription.status)) continue;
      await stripe.subscriptions.cancel(subscription.id);
      canceledSubscriptions++;
    }
    const customers = new Set(subscriptions.map(customerOf));
    for (const customer of customers) await deleteCustomer(stripe, customer);
    return { deleted: customers.size > 0, canceledSubscriptions };
  }

  function answerFor(installationId: string, subscriptions: Stripe.Subscription[]): SubscriptionAnswer {
    const best = pickSubscription(subscriptions);
    if (!best) return NO_SUBSCRIPTION;
    return { ...describe(best), uninstallToken: uninstallTokenFor(tokenSecret, installationId) };
  }

  return {
    async createCheckout(installationId, baseUrl) {
      return callStripe(async () => {
        const stripe = await getStripe();
        const existing = await subscriptionsOf(installationId);
        if (existing.some((s) => PRO_STATUSES.has(s.status as SubscriptionStatus))) {
          throw new HttpError(409, 'already-pro', 'This browser already has JobTrack Pro.');
        }
        const token = uninstallTokenFor(tokenSecret, installationId);
        const metadata = {
          [METADATA_KEY]: installationId,
          [UNINSTALL_METADATA_KEY]: uninstallTokenHash(token),
        };
        // No customer here: Checkout makes one when the user pays, so an unpaid checkout
        // leaves nothing behind. The idempotency key makes repeated clicks (and races within
        // the Search lag) share one session, hence at most one subscription; it changes
        // with every subscription the installation had, so a returning user gets a new one.
        const window = Math.floor(now() / CHECKOUT_KEY_WINDOW_MS);
        const session = await stripe.checkout.sessions.create(
          {
            mode: 'subscription',
            client_reference_id: installationId,
            line_items: [{ price: priceId, quantity: 1 }],
            metadata,
            subscription_data: { metadata },
            success_url: `${baseUrl}/checkout/success?session_id={CHECKOUT_SESSION_ID}`,
            cancel_url: `${baseUrl}/checkout/cancel`,
          },
          { idempotencyKey: `checkout-${installationId}-${window}-${existing.length}` },
        );
        if (!session.url)
          throw new UpstreamError(502, 'billing-unavailable', 'Checkout could not be started.');
        return { url: session.url, sessionId: session.id };
      });
    },

    async getSubscription(installationId, sessionId) {
      if (!sessionId) {
        const cached = cache.get(installationId);
        if (cached && cached.expiresAt > now()) return cached.answer;
        const pending = lookups.get(installationId);
        if (pending) return pending;
      }
      const lookup = callStripe(async () =>
        remember(installationId, answerFor(installationId, await subscriptionsOf(installationId, sessionId))),
      );
      if (sessionId) return lookup;
      lookups.set(installationId, lookup);
      try {
        return await lookup;
      } finally {
        lookups.delete(installationId);
      }
    },

    async createPortal(installationId, baseUrl, sessionId) {
      return callStripe(async () => {
        const stripe = await getStripe();
        const best = pickSubscription(await subscriptionsOf(installationId, sessionId));
        if (!best) throw new HttpError(404, 'no-subscription', 'There is no subscription to manage yet.');
        const portal = await stripe.billingPortal.sessions.create({
          customer: customerOf(best),
          return_url: `${baseUrl}/billing/return`,
        });
        // The user may cancel there: the next check asks Stripe again.
        cache.delete(installationId);
        return { url: portal.url };
      });
    },

    async deleteAccount(installationId, sessionId) {
      return callStripe(async () => {
        const result = await cancelAndDelete(await subscriptionsOf(installationId, sessionId));
        cache.delete(installationId);
        return result;
      });
    },

    async deleteByUninstallToken(token) {
      return callStripe(async () => {
        const subscriptions = await findSubscriptions(UNINSTALL_METADATA_KEY, uninstallTokenHash(token));
        const result = await cancelAndDelete(subscriptions);
        for (const subscription of subscriptions) {
          const installation = subscription.metadata?.[METADATA_KEY];
          if (installation) cache.delete(installation);
        }
        return result;
      });
    },
  };
}

/** Deleting a customer that is already gone is fine: the record is gone either way. */
async function deleteCustomer(stripe: Stripe, customer: string) {
  try {
    await stripe.customers.del(customer);
  } catch (error) {
    if ((error as { statusCode?: unknown }).statusCode !== 404) throw error;
  }
}

/** Active or trialing first, then the most recently created. */
export function pickSubscription(subscriptions: Stripe.Subscription[]): Stripe.Subscription | undefined {
  return [...subscriptions].sort((a, b) => {
    const proA = PRO_STATUSES.has(a.status as SubscriptionStatus) ? 1 : 0;
    const proB = PRO_STATUSES.has(b.status as SubscriptionStatus) ? 1 : 0;
    return proB - proA || b.created - a.created;
  })[0];
}

export function describe(subscription: Stripe.Subscription): SubscriptionAnswer {
  const parsed = SubscriptionStatusSchema.safeParse(subscription.status);
  const status: SubscriptionStatus = parsed.success ? parsed.data : 'incomplete';
  // Since API version 2025-03-31 the period lives on the subscription items.
  const ends = subscription.items.data.map((item) => item.current_period_end).filter(Number.isFinite);
  const periodEnd = ends.length ? Math.max(...ends) : null;
  return {
    pro: PRO_STATUSES.has(status),
    status,
    currentPeriodEnd: periodEnd === null ? null : new Date(periodEnd * 1000).toISOString(),
    cancelAtPeriodEnd: subscription.cancel_at_period_end || subscription.cancel_at !== null,
  };
}

/** Runs Stripe calls, turning Stripe's failures into errors the extension can show. */
async function callStripe<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw mapStripeError(error);
  }
}

export function mapStripeError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  const stripeError = error as { type?: unknown; statusCode?: unknown; message?: unknown; code?: unknown };
  const type = typeof stripeError.type === 'string' ? stripeError.type : '';
  const message = typeof stripeError.message === 'string' ? stripeError.message : '';
  if (type === 'StripeConnectionError' && /timeout/i.test(message)) {
    return new UpstreamError(
      504,
      'billing-timeout',
      'The payment service took too long to answer. Try again.',
    );
  }
  if (type === 'StripeInvalidRequestError' && stripeError.statusCode === 404) {
    // An unknown Checkout Session id the client sent: its input, not our failure.
    return new HttpError(404, 'not-found', 'That checkout session does not exist.');
  }
  if (type === 'StripeRateLimitError') {
    return new UpstreamError(
      503,
      'billing-unavailable',
      'The payment service is busy. Try again shortly.',
      5,
    );
  }
  return new UpstreamError(
    502,
    'billing-unavailable',
    'The payment service is unavailable. Try again later.',
  );
}
