import { type Context, Hono } from 'hono';
import { CheckoutSessionId } from '../../shared/api.js';
import { HttpError } from '../http/errors.js';
import type { AppEnv } from '../http/middleware.js';
import type { BillingService } from '../services/billing.js';
import { NOT_CONFIGURED } from './cover-letter.js';

export interface BillingDeps {
  billing: BillingService | undefined;
  /** PUBLIC_URL; without it, the origin the request came in on. */
  publicUrl: string | undefined;
}

/** The optional `sessionId` query parameter: a Checkout Session id from a recent checkout. */
function sessionIdFrom(c: Context<AppEnv>): string | undefined {
  const value = c.req.query('sessionId');
  if (value === undefined) return undefined;
  const parsed = CheckoutSessionId.safeParse(value);
  if (!parsed.success)
    throw new HttpError(400, 'invalid-request', 'sessionId must be a Checkout Session id.');
  return parsed.data;
}

/** Checkout, subscription state, billing portal and account deletion, all keyed by installation. */
export function billingRoutes(deps: BillingDeps) {
  const need = (): BillingService => {
    if (!deps.billing) throw NOT_CONFIGURED;
    return deps.billing;
  };
  const baseUrl = (c: Context<AppEnv>) => deps.publicUrl ?? new URL(c.req.url).origin;

  return new Hono<AppEnv>()
    .post('/checkout', async (c) => c.json(await need().createCheckout(c.get('installationId'), baseUrl(c))))
    .get('/subscription', async (c) =>
      c.json(await need().getSubscription(c.get('installationId'), sessionIdFrom(c))),
    )
    .post('/portal', async (c) =>
      c.json(await need().createPortal(c.get('installationId'), baseUrl(c), sessionIdFrom(c))),
    )
    .delete('/account', async (c) =>
      c.json(await need().deleteAccount(c.get('installationId'), sessionIdFrom(c))),
    );
}
