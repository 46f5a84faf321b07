import type { IncomingMessage, ServerResponse } from 'node:http';
import { escapeHtml, listenOnLoopback, randomId, readBody, sendJson } from './http.js';

/**
 * A fake of the few Stripe endpoints the backend uses, on 127.0.0.1, speaking Stripe's
 * wire format: form-encoded bodies with bracket keys (`line_items[0][price]=…`), Bearer
 * secret keys, list and search envelopes, expandable fields, and error bodies
 * `{ error: { type, message, code, param } }`. stripe-mock is not installable here.
 *
 * Endpoints: customers (create, retrieve, search by metadata, delete), checkout sessions
 * (create, retrieve with expand[]=subscription), subscriptions (list, retrieve, update,
 * cancel), billing portal sessions (create). It also serves tiny "hosted" pages for the
 * Checkout and Portal URLs so `npm run backend` can walk the whole Pro flow without an
 * account: pay → redirect to success_url; cancel → redirect to return_url.
 *
 * Search (customers and subscriptions, by metadata) can be given a lag (searchLagMs) like
 * Stripe's, to prove the backend finds fresh records without it; `searchDelayMs` slows each
 * Search answer and `maxConcurrentSearches` records how many were in flight at once.
 * POSTs honour `Idempotency-Key` like Stripe: the same key replays the first answer.
 * Checkout creates the customer when the user pays (no metadata on it), as Stripe does in
 * subscription mode without a `customer`.
 */

type Metadata = Record<string, string>;

interface Customer {
  id: string;
  object: 'customer';
  created: number;
  description: string | null;
  email: string | null;
  metadata: Metadata;
  livemode: false;
}

interface Subscription {
  id: string;
  object: 'subscription';
  customer: string;
  status: string;
  created: number;
  metadata: Metadata;
  cancel_at_period_end: boolean;
  cancel_at: number | null;
  canceled_at: number | null;
  livemode: false;
  items: {
    object: 'list';
    data: {
      id: string;
      object: 'subscription_item';
      current_period_start: number;
      current_period_end: number;
      quantity: number;
      price: { id: string; object: 'price' };
    }[];
    has_more: false;
    url: string;
  };
}

interface CheckoutSession {
  id: string;
  object: 'checkout.session';
  created: number;
  mode: string;
  status: 'open' | 'complete' | 'expired';
  payment_status: 'unpaid' | 'paid';
  client_reference_id: string | null;
  customer: string | null;
  metadata: Metadata;
  subscription: string | null;
  success_url: string;
  cancel_url: string | null;
  url: string | null;
  livemode: false;
  /** Not a Stripe field: what subscription_data asked for. */
  _subscriptionMetadata: Metadata;
  _price: string;
}

interface PortalSession {
  id: string;
  object: 'billing_portal.session';
  customer: string;
  return_url: string | null;
  url: string;
  created: number;
  livemode: false;
}

export type StripeFault = { status: number; type?: string; message?: string } | { hang: true };

export interface FakeStripe {
  url: string;
  port: number;
  /** For the SDK: `new Stripe(key, { ...fake.sdkOptions })`. */
  sdkOptions: { host: string; port: number; protocol: 'http' };
  /** API requests seen (method and path without query), oldest first. */
  requests: { method: string; path: string }[];
  customers: Map<string, Customer>;
  subscriptions: Map<string, Subscription>;
  sessions: Map<string, CheckoutSession>;
  /** How long a new customer or subscription stays invisible to Search (Stripe: up to a minute). */
  searchLagMs: number;
  /** How long each Search call takes to answer. */
  searchDelayMs: number;
  /** The most Search calls that were in flight at the same time. */
  readonly maxConcurrentSearches: number;
  /** The next `times` API requests fail this way. */
  failNext(fault: StripeFault, times?: number): void;
  /** What the user does on Stripe's page: pay, which creates the subscription. */
  completeCheckout(sessionId: string, options?: { status?: 'active' | 'trialing' }): Subscription;
  /** What the user does in the portal: cancel now, or at the period's end. */
  cancelSubscription(subscriptionId: string, options?: { atPeriodEnd?: boolean }): void;
  close(): Promise<void>;
}

const now = () => Math.floor(Date.now() / 1000);
const DAY = 86_400;

/** Parses Stripe's form encoding into nested objects: a[b][0][c]=v → { a: { b: { 0: { c: v } } } }. */
export function parseStripeForm(text: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const segments = key.split(/[[\]]+/).filter((segment, index) => segment !== '' || index === 0);
    let node = root;
    segments.forEach((segment, index) => {
      const name = segment === '' ? String(Object.keys(node).length) : segment;
      if (index === segments.length - 1) {
        node[name] = value;
      } else {
        const next = node[name];
        if (typeof next !== 'object' || next === null) node[name] = {};
        node = node[name] as Record<string, unknown>;
      }
    });
  }
  return root;
}

function stripeError(
  res: ServerResponse,
  status: number,
  type: string,
  message: string,
  extra: { code?: string; param?: string } = {},
) {
  sendJson(res, status, { error: { type, message, ...extra } }, { 'request-id': randomId('req_', 14) });
}

const missing = (res: ServerResponse, param: string) =>
  stripeError(res, 400, 'invalid_request_error', `Missing required param: ${param}.`, {
    code: 'parameter_missing',
    param,
  });

const noSuch = (res: ServerResponse, kind: string, id: string) =>
  stripeError(res, 404, 'invalid_request_error', `No such ${kind}: '${id}'`, {
    code: 'resource_missing',
    param: 'id',
  });

function metadataOf(value: unknown): Metadata {
  const out: Metadata = {};
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
  }
  return out;
}

function hostedPage(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:10vh auto;padding:0 1rem}
.note{color:#9a3412;background:#ffedd5;padding:.5rem .75rem;border-radius:6px}button{font:inherit;padding:.5rem 1rem;margin:.25rem 0}</style>
</head><body><p class="note">Local fake of Stripe — no real payment happens.</p>${body}</body></html>`;
}

export async function startFakeStripe(
  options: { port?: number; searchLagMs?: number } = {},
): Promise<FakeStripe> {
  const customers = new Map<string, Customer>();
  const subscriptions = new Map<string, Subscription>();
  const sessions = new Map<string, CheckoutSession>();
  const portals = new Map<string, PortalSession>();
  const requests: { method: string; path: string }[] = [];
  const faults: StripeFault[] = [];
  let baseUrl = '';

  const fake = {
    searchLagMs: options.searchLagMs ?? 0,
    searchDelayMs: 0,
    searchesInFlight: 0,
    maxConcurrentSearches: 0,
  };

  /** When each customer or subscription was written, in ms: Search sees it searchLagMs later. */
  const writtenAt = new Map<string, number>();
  const idempotent = new Map<string, unknown>();
  const visibleToSearch = (id: string) => (writtenAt.get(id) ?? 0) <= Date.now() - fake.searchLagMs;

  function completeCheckout(sessionId: string, opts: { status?: 'active' | 'trialing' } = {}): Subscription {
    const session = sessions.get(sessionId);
    if (!session) throw new Error(`fake stripe: no session ${sessionId}`);
    if (session.subscription) {
      const existing = subscriptions.get(session.subscription);
      if (existing) return existing;
    }
    let customerId = session.customer;
    if (!customerId) {
      const customer = createCustomer({});
      customerId = customer.id;
      session.customer = customerId;
    }
    const created = now();
    const subscription: Subscription = {
      id: randomId('sub_'),
      object: 'subscription',
      customer: customerId,
      status: opts.status ?? 'active',
      created,
      metadata: { ...session._subscriptionMetadata },
      cancel_at_period_end: false,
      cancel_at: null,
      canceled_at: null,
      livemode: false,
      items: {
        object: 'list',
        data: [
          {
            id: randomId('si_'),
            object: 'subscription_item',
            current_period_start: created,
            current_period_end: created + 30 * DAY,
            quantity: 1,
            price: { id: session._price, object: 'price' },
          },
        ],
        has_more: false,
        url: '/v1/subscription_items',
      },
    };
    subscriptions.set(subscription.id, subscription);
    writtenAt.set(subscription.id, Date.now());
    session.subscription = subscription.id;
    session.status = 'complete';
    session.payment_status = 'paid';
    session.url = null;
    return subscription;
  }

  function cancelSubscription(subscriptionId: string, opts: { atPeriodEnd?: boolean } = {}): void {
    const subscription = subscriptions.get(subscriptionId);
    if (!subscription) throw new Error(`fake stripe: no subscription ${subscriptionId}`);
    if (opts.atPeriodEnd) {
      subscription.cancel_at_period_end = true;
      subscription.cancel_at = subscription.items.data[0]?.current_period_end ?? null;
    } else {
      subscription.status = 'canceled';
      subscription.canceled_at = now();
    }
  }

  function createCustomer(form: Record<string, unknown>): Customer {
    const customer: Customer = {
      id: randomId('cus_', 14),
      object: 'customer',
      created: now(),
      description: typeof form.description === 'string' ? form.description : null,
      email: typeof form.email === 'string' ? form.email : null,
      metadata: metadataOf(form.metadata),
      livemode: false,
    };
    customers.set(customer.id, customer);
    writtenAt.set(customer.id, Date.now());
    return customer;
  }

  function expanded(session: CheckoutSession, expand: string[]) {
    const { _subscriptionMetadata, _price, ...visible } = session;
    if (expand.includes('subscription') && session.subscription) {
      return { ...visible, subscription: subscriptions.get(session.subscription) ?? null };
    }
    return visible;
  }

  async function api(req: IncomingMessage, res: ServerResponse, url: URL) {
    const method = req.method ?? 'GET';
    const path = url.pathname;
    requests.push({ method, path });
    if (requests.length > 200) requests.shift();

    const fault = faults.shift();
    if (fault) {
      if ('hang' in fault) return; // Never answers.
      return stripeError(
        res,
        fault.status,
        fault.type ?? 'api_error',
        fault.message ?? 'Fake Stripe failure.',
      );
    }

    if (!/^Bearer (sk|rk)_(test|live)_\S+$/.test(req.headers.authorization ?? '')) {
      return stripeError(res, 401, 'invalid_request_error', 'Invalid API Key provided.');
    }
    const raw = method === 'GET' || method === 'DELETE' ? url.search.slice(1) : await readBody(req);
    if (
      method === 'POST' &&
      raw &&
      !/^application\/x-www-form-urlencoded/.test(req.headers['content-type'] ?? '')
    ) {
      return stripeError(res, 400, 'invalid_request_error', 'Stripe expects form-encoded bodies.');
    }
    const form = parseStripeForm(raw);
    const key = req.headers['idempotency-key'];
    if (method === 'POST' && typeof key === 'string') {
      const replay = idempotent.get(`${path} ${key}`);
      if (replay !== undefined) return sendJson(res, 200, replay, { 'idempotent-replayed': 'true' });
      const original = res.end.bind(res);
      // Remember a successful answer under its key, as Stripe does for 24 hours.
      res.end = ((chunk?: unknown, ...rest: unknown[]) => {
        if (res.statusCode === 200 && typeof chunk === 'string')
          idempotent.set(`${path} ${key}`, JSON.parse(chunk));
        return (original as (...args: unknown[]) => ServerResponse)(chunk, ...rest);
      }) as typeof res.end;
    }
    const expand = Object.entries(form)
      .filter(([key]) => key === 'expand')
      .flatMap(([, value]) => (typeof value === 'object' && value ? Object.values(value) : [value]))
      .map(String);
    const segments = path.split('/').filter(Boolean); // ['v1', …]

    // Customers
    if (path === '/v1/customers' && method === 'POST') return sendJson(res, 200, createCustomer(form));
    if ((path === '/v1/customers/search' || path === '/v1/subscriptions/search') && method === 'GET') {
      const query = typeof form.query === 'string' ? form.query : '';
      const match = /^metadata\['([^']+)'\]:'([^']*)'$/.exec(query.trim());
      if (!match)
        return stripeError(res, 400, 'invalid_request_error', 'Unsupported search query in the fake.');
      const [, key, value] = match;
      fake.searchesInFlight++;
      fake.maxConcurrentSearches = Math.max(fake.maxConcurrentSearches, fake.searchesInFlight);
      try {
        if (fake.searchDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, fake.searchDelayMs));
      } finally {
        fake.searchesInFlight--;
      }
      const pool: (Customer | Subscription)[] =
        path === '/v1/customers/search' ? [...customers.values()] : [...subscriptions.values()];
      const data = pool.filter((c) => c.metadata[key as string] === value && visibleToSearch(c.id));
      return sendJson(res, 200, {
        object: 'search_result',
        data,
        has_more: false,
        next_page: null,
        url: path,
      });
    }
    if (segments[1] === 'customers' && segments.length === 3) {
      const id = segments[2] as string;
      const customer = customers.get(id);
      if (!customer) return noSuch(res, 'customer', id);
      if (method === 'GET') return sendJson(res, 200, customer);
      if (method === 'POST') {
        customer.metadata = { ...customer.metadata, ...metadataOf(form.metadata) };
        return sendJson(res, 200, customer);
      }
      if (method === 'DELETE') {
        customers.delete(id);
        for (const subscription of subscriptions.values()) {
          if (subscription.customer === id && subscription.status !== 'canceled') {
            subscription.status = 'canceled';
            subscription.canceled_at = now();
          }
        }
        return sendJson(res, 200, { id, object: 'customer', deleted: true });
      }
    }

    // Checkout Sessions
    if (path === '/v1/checkout/sessions' && method === 'POST') {
      if (form.mode !== 'subscription' && form.mode !== 'payment') return missing(res, 'mode');
      const items = form.line_items as Record<string, Record<string, string>> | undefined;
      const price = items?.['0']?.price;
      if (!price) return missing(res, 'line_items[0][price]');
      if (typeof form.success_url !== 'string') return missing(res, 'success_url');
      const customer = typeof form.customer === 'string' ? form.customer : null;
      if (customer && !customers.has(customer)) return noSuch(res, 'customer', customer);
      const id = randomId('cs_test_', 40);
      const session: CheckoutSession = {
        id,
        object: 'checkout.session',
        created: now(),
        mode: form.mode,
        status: 'open',
        payment_status: 'unpaid',
        client_reference_id: typeof form.client_reference_id === 'string' ? form.client_reference_id : null,
        customer,
        metadata: metadataOf(form.metadata),
        subscription: null,
        success_url: form.success_url,
        cancel_url: typeof form.cancel_url === 'string' ? form.cancel_url : null,
        url: `${baseUrl}/pay/${id}`,
        livemode: false,
        _subscriptionMetadata: metadataOf(
          (form.subscription_data as Record<string, unknown> | undefined)?.metadata,
        ),
        _price: price,
      };
      sessions.set(id, session);
      return sendJson(res, 200, expanded(session, expand));
    }
    if (
      segments[1] === 'checkout' &&
      segments[2] === 'sessions' &&
      segments.length === 4 &&
      method === 'GET'
    ) {
      const id = segments[3] as string;
      const session = sessions.get(id);
      if (!session) return noSuch(res, 'checkout.session', id);
      return sendJson(res, 200, expanded(session, expand));
    }

    // Subscriptions
    if (path === '/v1/subscriptions' && method === 'GET') {
      const status = typeof form.status === 'string' ? form.status : undefined;
      const created = form.created as Record<string, string> | undefined;
      const since = created?.gte === undefined ? undefined : Number(created.gte);
      const data = [...subscriptions.values()]
        .filter((s) => (typeof form.customer === 'string' ? s.customer === form.customer : true))
        .filter((s) => since === undefined || s.created >= since)
        .filter((s) => (status === 'all' ? true : status ? s.status === status : s.status !== 'canceled'))
        .sort((a, b) => b.created - a.created);
      return sendJson(res, 200, { object: 'list', data, has_more: false, url: '/v1/subscriptions' });
    }
    if (segments[1] === 'subscriptions' && segments.length === 3) {
      const id = segments[2] as string;
      const subscription = subscriptions.get(id);
      if (!subscription) return noSuch(res, 'subscription', id);
      if (method === 'GET') return sendJson(res, 200, subscription);
      if (method === 'DELETE') {
        cancelSubscription(id);
        return sendJson(res, 200, subscription);
      }
      if (method === 'POST') {
        if (form.cancel_at_period_end === 'true') cancelSubscription(id, { atPeriodEnd: true });
        if (form.cancel_at_period_end === 'false') {
          subscription.cancel_at_period_end = false;
          subscription.cancel_at = null;
        }
        return sendJson(res, 200, subscription);
      }
    }

    // Billing portal
    if (path === '/v1/billing_portal/sessions' && method === 'POST') {
      if (typeof form.customer !== 'string') return missing(res, 'customer');
      if (!customers.has(form.customer)) return noSuch(res, 'customer', form.customer);
      const portal: PortalSession = {
        id: randomId('bps_'),
        object: 'billing_portal.session',
        customer: form.customer,
        return_url: typeof form.return_url === 'string' ? form.return_url : null,
        url: '',
        created: now(),
        livemode: false,
      };
      portal.url = `${baseUrl}/portal/${portal.id}`;
      portals.set(portal.id, portal);
      return sendJson(res, 200, portal);
    }

    return stripeError(res, 404, 'invalid_request_error', `Unrecognized request URL (${method}: ${path}).`);
  }

  /** The stand-ins for Stripe's hosted Checkout and Portal pages (local runs only). */
  async function hosted(req: IncomingMessage, res: ServerResponse, url: URL) {
    const [kind, id, action] = url.pathname.split('/').filter(Boolean);
    const html = (status: number, body: string) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    };
    const redirect = (location: string) => {
      res.writeHead(303, { location });
      res.end();
    };
    if (kind === 'pay' && id) {
      const session = sessions.get(id);
      if (!session) return html(404, hostedPage('Not found', '<h1>No such checkout</h1>'));
      if (req.method === 'POST') {
        await readBody(req);
        completeCheckout(id);
        return redirect(session.success_url.replace('{CHECKOUT_SESSION_ID}', id));
      }
      return html(
        200,
        hostedPage(
          'Checkout',
          `<h1>JobTrack Pro</h1><p>Subscription, price ${escapeHtml(session._price)}.</p>
<form method="post"><button type="submit">Pay (test)</button></form>
${session.cancel_url ? `<p><a href="${escapeHtml(session.cancel_url)}">Cancel</a></p>` : ''}`,
        ),
      );
    }
    if (kind === 'portal' && id) {
      const portal = portals.get(id);
      if (!portal) return html(404, hostedPage('Not found', '<h1>No such portal session</h1>'));
      const active = [...subscriptions.values()].filter(
        (s) => s.customer === portal.customer && s.status !== 'canceled',
      );
      if (req.method === 'POST' && action === 'cancel') {
        await readBody(req);
        for (const subscription of active) cancelSubscription(subscription.id, { atPeriodEnd: true });
        return redirect(portal.return_url ?? baseUrl);
      }
      const list = active.length
        ? `<p>${active.length} active subscription(s).</p><form method="post" action="/portal/${portal.id}/cancel"><button type="submit">Cancel at period end</button></form>`
        : '<p>No active subscription.</p>';
      return html(
        200,
        hostedPage(
          'Billing portal',
          `<h1>Manage your plan</h1>${list}${
            portal.return_url ? `<p><a href="${escapeHtml(portal.return_url)}">Back</a></p>` : ''
          }`,
        ),
      );
    }
    return html(404, hostedPage('Not found', '<h1>Not found</h1>'));
  }

  const loopback = await listenOnLoopback(async (req, res) => {
    const url = new URL(req.url ?? '/', baseUrl || 'http://127.0.0.1');
    if (url.pathname.startsWith('/v1/')) return api(req, res, url);
    return hosted(req, res, url);
  }, options.port);
  baseUrl = loopback.url;

  return {
    url: loopback.url,
    port: loopback.port,
    sdkOptions: { host: '127.0.0.1', port: loopback.port, protocol: 'http' },
    requests,
    customers,
    subscriptions,
    sessions,
    get searchLagMs() {
      return fake.searchLagMs;
    },
    set searchLagMs(value: number) {
      fake.searchLagMs = value;
    },
    get searchDelayMs() {
      return fake.searchDelayMs;
    },
    set searchDelayMs(value: number) {
      fake.searchDelayMs = value;
    },
    get maxConcurrentSearches() {
      return fake.maxConcurrentSearches;
    },
    failNext(fault, times = 1) {
      for (let i = 0; i < times; i++) faults.push(fault);
    },
    completeCheckout,
    cancelSubscription,
    close: loopback.close,
  };
}
