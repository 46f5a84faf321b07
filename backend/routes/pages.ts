import { Hono } from 'hono';
import { html } from 'hono/html';
import { CheckoutSessionId } from '../../shared/api.js';
import type { AppEnv } from '../http/middleware.js';

/**
 * The small pages Stripe sends the user back to. They only tell the user to return to the
 * extension; the success page carries the Checkout Session id (in the URL and in
 * `#session-id`) so the extension can confirm Pro at once instead of waiting for Search.
 */

export function page(title: string, body: ReturnType<typeof html>) {
  return html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>${title} · JobTrack</title>
    <style>
      body { font: 16px/1.5 system-ui, sans-serif; color: #1f2933; background: #f5f7fa; margin: 0; }
      main { max-width: 32rem; margin: 12vh auto; background: #fff; padding: 2rem; border-radius: 12px;
        box-shadow: 0 1px 3px rgba(0,0,0,.12); }
      h1 { font-size: 1.4rem; margin: 0 0 .75rem; }
      code { font-size: .8rem; color: #52606d; word-break: break-all; }
    </style>
  </head>
  <body>
    <main>
      <h1>${title}</h1>
      ${body}
    </main>
  </body>
</html>`;
}

export const pageRoutes = new Hono<AppEnv>()
  .get('/checkout/success', (c) => {
    const parsed = CheckoutSessionId.safeParse(c.req.query('session_id'));
    const reference = parsed.success
      ? html`<p>Reference: <code id="session-id" data-session-id="${parsed.data}">${parsed.data}</code></p>`
      : '';
    return c.html(
      page(
        'Welcome to JobTrack Pro',
        html`<p>Your payment went through. Return to the JobTrack extension: Pro features are ready there.</p>
          <p>You can close this tab.</p>
          ${reference}`,
      ),
    );
  })
  .get('/checkout/cancel', (c) =>
    c.html(
      page(
        'Checkout cancelled',
        html`<p>Nothing was charged. Return to the JobTrack extension whenever you like; your tracker works as before.</p>`,
      ),
    ),
  )
  .get('/billing/return', (c) =>
    c.html(
      page(
        'Billing updated',
        html`<p>Return to the JobTrack extension: it shows your current plan. You can close this tab.</p>`,
      ),
    ),
  );
