import { Hono } from 'hono';
import { html } from 'hono/html';
import { UninstallToken } from '../../shared/api.js';
import { HttpError } from '../http/errors.js';
import type { AppEnv } from '../http/middleware.js';
import type { BillingService } from '../services/billing.js';
import { NOT_CONFIGURED } from './cover-letter.js';
import { page } from './pages.js';

/**
 * Where Chrome sends a Pro user who uninstalls (`runtime.setUninstallURL`). The URL carries
 * only the uninstall token — an HMAC of the installation id whose hash sits in the
 * subscription's metadata — which can cancel the subscription and delete the record and do
 * nothing else. Opening the page changes nothing (browsers and scanners prefetch links);
 * only its form's POST acts.
 */

function tokenFrom(value: string | undefined): string {
  const parsed = UninstallToken.safeParse(value);
  if (!parsed.success)
    throw new HttpError(400, 'invalid-request', 'This link is not a JobTrack uninstall link.');
  return parsed.data;
}

export function uninstallRoutes(deps: { billing: BillingService | undefined }) {
  return new Hono<AppEnv>()
    .get('/uninstall', (c) => {
      const token = tokenFrom(c.req.query('token'));
      return c.html(
        page(
          'JobTrack was removed',
          html`<p>Your tracker, notes and CV were stored only in your browser and are gone with the extension.</p>
            <p>Your JobTrack Pro subscription is still active. If you no longer want it, cancel it and delete the
              record Stripe keeps of it (your payment details and invoices stay with Stripe as the law requires).</p>
            <form method="post" action="/uninstall">
              <input type="hidden" name="token" value="${token}" />
              <button type="submit">Cancel my subscription and delete the record</button>
            </form>
            <p>If you plan to reinstall, keep it: your recovery key restores Pro.</p>`,
        ),
      );
    })
    .post('/uninstall', async (c) => {
      const form = await c.req.parseBody();
      const token = tokenFrom(typeof form.token === 'string' ? form.token : undefined);
      if (!deps.billing) throw NOT_CONFIGURED;
      const result = await deps.billing.deleteByUninstallToken(token);
      return c.html(
        page(
          result.deleted ? 'Subscription cancelled' : 'Nothing to cancel',
          result.deleted
            ? html`<p>Your subscription is cancelled and its record deleted. Nothing more will be charged.</p>`
            : html`<p>There is no subscription for this link any more. Nothing will be charged.</p>`,
        ),
      );
    });
}
