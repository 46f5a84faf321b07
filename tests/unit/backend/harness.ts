import { createApp } from '../../../backend/app.js';
import type { EnvSource } from '../../../backend/config.js';
import { type FakeAnthropic, startFakeAnthropic } from '../../fakes/anthropic.js';
import { type FakeStripe, startFakeStripe } from '../../fakes/stripe.js';

/**
 * The backend app wired to the loopback fakes through the real SDKs, as in production
 * but with the SDKs' hosts overridden by environment variables.
 */

export const EXTENSION_ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
export const INSTALLATION = '3f2b8c1e-5d4a-4b7e-9c2d-1a2b3c4d5e6f';
export const OTHER_INSTALLATION = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

export interface Harness {
  app: ReturnType<typeof createApp>;
  anthropic: FakeAnthropic;
  stripe: FakeStripe;
  logs: string[];
  clock: { now: number };
  env: EnvSource;
  /** app.request with the extension's Origin and an installation id unless given. */
  call(path: string, init?: RequestInit & { installation?: string | null }): Promise<Response>;
  postLetter(body: unknown, init?: RequestInit & { installation?: string | null }): Promise<Response>;
  /** Checkout + the user paying on Stripe's page; answers the Checkout Session id. */
  subscribe(installation?: string): Promise<string>;
  close(): Promise<void>;
}

export const LETTER_REQUEST = {
  cvText: 'Backend engineer, six years of TypeScript and Node.js, led a payments migration.',
  jobText: 'We are hiring a senior backend engineer to own our billing services.',
  jobTitle: 'Senior Backend Engineer',
  company: 'Acme Robotics',
  language: 'en',
  tone: 'professional',
  length: 'medium',
} as const;

export async function startHarness(overrides: EnvSource = {}): Promise<Harness> {
  const anthropic = await startFakeAnthropic();
  const stripe = await startFakeStripe();
  const logs: string[] = [];
  const clock = { now: Date.now() };
  const env: EnvSource = {
    ANTHROPIC_API_KEY: 'sk-ant-test-key',
    ANTHROPIC_BASE_URL: anthropic.url,
    ANTHROPIC_MAX_RETRIES: '0',
    ANTHROPIC_TIMEOUT_MS: '3000',
    STRIPE_SECRET_KEY: 'sk_test_fake_key',
    STRIPE_PRICE_ID: 'price_test_pro_monthly',
    STRIPE_API_BASE: stripe.url,
    STRIPE_TIMEOUT_MS: '3000',
    ALLOWED_ORIGINS: EXTENSION_ORIGIN,
    PUBLIC_URL: 'https://jobtrack-api.example',
    ...overrides,
  };
  const app = createApp({ env, log: (line) => logs.push(line), now: () => clock.now });

  const call: Harness['call'] = (path, init = {}) => {
    const { installation, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (!headers.has('Origin')) headers.set('Origin', EXTENSION_ORIGIN);
    if (installation !== null && !headers.has('X-Installation-Id')) {
      headers.set('X-Installation-Id', installation ?? INSTALLATION);
    }
    return Promise.resolve(app.request(path, { ...rest, headers }));
  };

  return {
    app,
    anthropic,
    stripe,
    logs,
    clock,
    env,
    call,
    postLetter: (body, init = {}) =>
      call('/v1/cover-letter', {
        method: 'POST',
        body: typeof body === 'string' ? body : JSON.stringify(body),
        ...init,
        headers: { 'Content-Type': 'application/json', ...(init.headers as Record<string, string>) },
      }),
    async subscribe(installation = INSTALLATION) {
      const response = await call('/v1/checkout', { method: 'POST', installation });
      if (response.status !== 200) throw new Error(`checkout failed: ${response.status}`);
      const { sessionId } = (await response.json()) as { sessionId: string };
      stripe.completeCheckout(sessionId);
      return sessionId;
    },
    async close() {
      await Promise.all([anthropic.close(), stripe.close()]);
    },
  };
}

export interface SseEvent {
  event: string;
  data: unknown;
}

/** Splits an SSE body into its events (data parsed as JSON). */
export function parseSse(text: string): SseEvent[] {
  return text
    .split(/\n\n+/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => {
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
      }
      return { event, data: JSON.parse(data.join('\n')) as unknown };
    });
}
