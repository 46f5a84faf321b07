import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { startFakeAnthropic } from '../tests/fakes/anthropic.js';
import { startFakeStripe } from '../tests/fakes/stripe.js';
import { createApp } from './app.js';

/**
 * `npm run backend`: the backend on 127.0.0.1. Without ANTHROPIC_API_KEY / STRIPE_SECRET_KEY
 * it starts the project's local fakes of those services (tests/fakes) and points the SDKs
 * at them, so the whole Pro flow can be tried without accounts; with keys it talks to the
 * real services. The first log line says which.
 */

// Local only (127.0.0.1): the production checks on origins and PUBLIC_URL do not apply.
const env: Record<string, string | undefined> = { ...process.env, JOBTRACK_LOCAL: '1' };
const closers: (() => Promise<void>)[] = [];
const faked: string[] = [];

if (!env.ANTHROPIC_API_KEY) {
  const anthropic = await startFakeAnthropic();
  closers.push(anthropic.close);
  env.ANTHROPIC_API_KEY = 'sk-ant-local-fake';
  env.ANTHROPIC_BASE_URL = anthropic.url;
  faked.push(`Anthropic at ${anthropic.url}`);
}
if (!env.STRIPE_SECRET_KEY) {
  const stripe = await startFakeStripe();
  closers.push(stripe.close);
  env.STRIPE_SECRET_KEY = 'sk_test_local_fake';
  env.STRIPE_PRICE_ID ||= 'price_local_fake';
  env.STRIPE_API_BASE = stripe.url;
  faked.push(`Stripe at ${stripe.url}`);
}
// Any unpacked extension may call a local backend; a deployment lists its exact origins.
const anyExtension = !env.ALLOWED_ORIGINS;
if (anyExtension) env.ALLOWED_ORIGINS = 'chrome-extension://*';

const real = [
  process.env.ANTHROPIC_API_KEY &&
    `Anthropic at ${process.env.ANTHROPIC_BASE_URL || 'https://api.anthropic.com'}`,
  process.env.STRIPE_SECRET_KEY && `Stripe at ${process.env.STRIPE_API_BASE || 'https://api.stripe.com'}`,
].filter(Boolean);
console.log(
  [
    'JobTrack backend:',
    faked.length &&
      `no API key for ${faked.length === 2 ? 'either service' : 'one service'}, using local fakes of ${faked.join(' and ')} (tests/fakes): nothing leaves this machine and no real payment happens.`,
    real.length && `Using ${real.join(' and ')} with the keys from the environment.`,
  ]
    .filter(Boolean)
    .join(' '),
);

const port = Number(env.PORT ?? 8787);
const app = createApp({ env });
const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, (info) => {
  console.log(`JobTrack backend listening on http://127.0.0.1:${info.port}`);
  if (anyExtension) console.log('CORS: any chrome-extension:// origin (set ALLOWED_ORIGINS to restrict).');
  const built = resolve(env.JOBTRACK_OUT_DIR ?? '.output', 'chrome-mv3');
  if (existsSync(built)) {
    console.log(
      `Load the unpacked extension from ${built} (chrome://extensions → Developer mode → Load unpacked).`,
    );
  }
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(() => {
      Promise.all(closers.map((close) => close())).finally(() => process.exit(0));
    });
    // Open SSE streams would hold close() up; do not wait for them.
    (server as { closeAllConnections?: () => void }).closeAllConnections?.();
  });
}
