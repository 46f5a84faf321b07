import type Stripe from 'stripe';
import type { CheckoutAnswer, SubscriptionAnswer, SubscriptionStatus } from '../../shared/api.js';
import { SubscriptionStatus as SubscriptionStatusSchema } from '../../shared/api.js';
import type { BackendConfig } from '../config.js';
import { concurrencyLimit } from '../http/concurrency.js';
import { HttpError, UpstreamError } from '../http/errors.js';

/**
 * Pro state lives only in Stripe: a customer and a subscription whose metadata carry
 * `installation_id`. Nothing is stored here but a short per-instance cache of answers.
 *
 * Read-after-write goes through IDs: right after checkout the extension passes the
 * Checkout Session id, which we retrieve with the subscription expanded — correct at once.
 * Later we find the customer with Stripe Search by metadata, which can lag up to a minute
 * behind writes (https://docs.stripe.com/search#data-freshness), hence the session path.
 */

export const METADATA_KEY = 'installation_id';

export interface BillingService {
  /** `baseUrl` is the backend's public origin, where the success and cancel pages live. */
  createCheckout(installationId: string, baseUrl: string): Promise<CheckoutAnswer>;
  getSubscription(installationId: string, sessionId?: string): Promise<SubscriptionAnswer>;
  createPortal(installationId: string, baseUrl: string, sessionId?: string): Promise<{ url: string }>;
  deleteAccount(
    installationId: string,
    sessionId?: string,
  ): Promise<{ deleted: boolean; canceledSubscriptions: number }>;
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
const CACHE_MAX_ENTRIES = 10_000;
const SEARCH_CONCURRENCY = 4;

export function createBillingService(
  config: BackendConfig['stripe'] & { cacheMs: number },
  now: () => number = Date.now,
): BillingService | undefined {
  if (!config.secretKey || !config.priceId) return undefined;
  const { priceId, secretKey } = config;
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
  // Stripe Search allows far fewer requests than the rest of the API: a few at a time.
  const searchSlot = concurrencyLimit(SEARCH_CONCURRENCY);

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

  async function findCustomers(installationId: string): Promise<Stripe.Customer[]> {
    const stripe = await getStripe();
    const result = await searchSlot(() =>
      stripe.customers.search({ query: `metadata['${METADATA_KEY}']:'${installationId}'`, limit: 10 }),
    );
    return result.data;
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

  async function customerIdsFor(installationId: string, sessionId?: string): Promise<string[]> {
    const ids = new Set<string>();
    if (sessionId) {
      const session = await readSession(installationId, sessionId);
      const customer = typeof session.customer === 'string' ? session.customer : session.customer?.id;
      if (customer) ids.add(customer);
    }
    for (const customer of await findCustomers(installationId)) ids.add(customer.id);
    return [...ids];
  }

  return {
    async createCheckout(installationId, baseUrl) {
      return callStripe(async () => {
        const stripe = await getStripe();
        // Our own customer record, so the installation id is on it and delete can find it.
        const [existing] = await findCustomers(installationId);
        const customer =
          existing ??
          (await stripe.customers.create({
            description: 'JobTrack installation',
            metadata: { [METADATA_KEY]: installationId },
          }));
        const session = await stripe.checkout.sessions.create({
          mode: 'subscription',
          customer: customer.id,
          client_reference_id: installationId,
          line_items: [{ price: priceId, quantity: 1 }],
          metadata: { [METADATA_KEY]: installationId },
          subscription_data: { metadata: { [METADATA_KEY]: installationId } },
          success_url: `${baseUrl}/checkout/success?session_id={CHECKOUT_SESSION_ID}`,
          cancel_url: `${baseUrl}/checkout/cancel`,
        });
        if (!session.url)
          throw new UpstreamError(502, 'billing-unavailable', 'Checkout could not be started.');
        return { url: session.url, sessionId: session.id };
      });
    },

    async getSubscription(installationId, sessionId) {
      if (!sessionId) {
        const cached = cache.get(installationId);
        if (cached && cached.expiresAt > now()) return cached.answer;
      }
      return callStripe(async () => {
        const stripe = await getStripe();
        if (sessionId) {
          const session = await readSession(installationId, sessionId);
          if (session.subscription && typeof session.subscription !== 'string') {
            return remember(installationId, describe(session.subscription));
          }
          if (typeof session.subscription === 'string') {
            const subscription = await stripe.subscriptions.retrieve(session.subscription);
            return remember(installationId, describe(subscription));
          }
          // Not paid yet (or abandoned): fall through to what the installation already has.
        }
        const subscriptions: Stripe.Subscription[] = [];
        for (const customer of await findCustomers(installationId)) {
          const list = await stripe.subscriptions.list({ customer: customer.id, status: 'all', limit: 10 });
          subscriptions.push(...list.data);
        }
        const best = pickSubscription(subscriptions);
        return remember(installationId, best ? describe(best) : NO_SUBSCRIPTION);
      });
    },

    async createPortal(installationId, baseUrl, sessionId) {
      return callStripe(async () => {
        const stripe = await getStripe();
        const [customer] = await customerIdsFor(installationId, sessionId);
        if (!customer) throw new HttpError(404, 'no-subscription', 'There is no subscription to manage yet.');
        const portal = await stripe.billingPortal.sessions.create({
          customer,
          return_url: `${baseUrl}/billing/return`,
        });
        // The user may cancel there: the next check asks Stripe again.
        cache.delete(installationId);
        return { url: portal.url };
      });
    },

    async deleteAccount(installationId, sessionId) {
      return callStripe(async () => {
        const stripe = await getStripe();
        const customers = await customerIdsFor(installationId, sessionId);
        let canceledSubscriptions = 0;
        for (const customer of customers) {
          const list = await stripe.subscriptions.list({ customer, status: 'all', limit: 100 });
          for (const subscription of list.data) {
            if (subscription.status === 'canceled' || subscription.status === 'incomplete_expired') continue;
            await stripe.subscriptions.cancel(subscription.id);
            canceledSubscriptions++;
          }
          await stripe.customers.del(customer);
        }
        cache.delete(installationId);
        return { deleted: customers.length > 0, canceledSubscriptions };
      });
    },
  };
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
