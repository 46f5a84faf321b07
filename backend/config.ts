import { z } from 'zod';

/**
 * All configuration comes from environment variables (documented in the README). Parsed
 * once per app; a missing key does not stop the app from starting — the routes that need
 * it answer 503 `not-configured` — so /health and the pages always work.
 */

/** A current model the SDK knows and does not mark deprecated (checked against @anthropic-ai/sdk 1.12). */
export const DEFAULT_MODEL = 'claude-sonnet-5-5';

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const optionalText = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();
const optionalUrl = optionalText.pipe(z.url().optional());

const Env = z.object({
  ANTHROPIC_API_KEY: optionalText,
  ANTHROPIC_MODEL: optionalText.transform((value) => value ?? DEFAULT_MODEL),
  /** Points the Anthropic SDK elsewhere (the local fake in dev and tests). */
  ANTHROPIC_BASE_URL: optionalUrl,
  /** Retries before the first byte only; the stream itself is never retried. */
  ANTHROPIC_MAX_RETRIES: z.coerce.number().int().min(0).max(3).default(1),
  /** Until Claude's first event arrives, and then between two events. */
  ANTHROPIC_TIMEOUT_MS: positiveInt(30_000),
  /** Cap on the letter's length in tokens (the `length` option picks below it). */
  ANTHROPIC_MAX_TOKENS: positiveInt(1_200),
  STRIPE_SECRET_KEY: optionalText,
  STRIPE_PRICE_ID: optionalText,
  /** Points the Stripe SDK elsewhere, e.g. http://127.0.0.1:12111 (the local fake). */
  STRIPE_API_BASE: optionalUrl,
  STRIPE_TIMEOUT_MS: positiveInt(10_000),
  /** Stripe Search calls in flight at once per instance (Stripe allows about 20 per second). */
  STRIPE_SEARCH_CONCURRENCY: positiveInt(4),
  /** Key for the uninstall tokens (HMAC of the installation id); default: the Stripe key. */
  UNINSTALL_TOKEN_SECRET: optionalText,
  /** `production` (set by Vercel) turns on the production checks below. */
  VERCEL_ENV: optionalText,
  NODE_ENV: optionalText,
  /** Set by the local dev server, which listens on 127.0.0.1 only. */
  JOBTRACK_LOCAL: optionalText,
  /** Comma-separated extension origins allowed by CORS: chrome-extension://<id>. */
  ALLOWED_ORIGINS: optionalText,
  /** The backend's public origin, for Checkout's success/cancel and the portal's return URL. */
  PUBLIC_URL: optionalUrl,
  SUBSCRIPTION_CACHE_MS: z.coerce.number().int().min(0).default(60_000),
  RATE_LIMIT_IP_PER_MINUTE: positiveInt(120),
  RATE_LIMIT_INSTALLATION_PER_MINUTE: positiveInt(60),
  RATE_LIMIT_LETTERS_PER_HOUR: positiveInt(30),
  /**
   * Where the limits are counted: `memory` (each instance on its own) or `vercel-firewall`
   * (shared counters in the Vercel Firewall's rate-limit rules, plus each instance's own).
   * Default: the Firewall when running on Vercel (VERCEL=1), memory elsewhere.
   */
  RATE_LIMIT_STORE: z.enum(['memory', 'vercel-firewall']).optional(),
  VERCEL: optionalText,
  /** Largest request body accepted, in bytes. */
  BODY_LIMIT_BYTES: positiveInt(32 * 1024),
});

export interface BackendConfig {
  anthropic: {
    apiKey: string | undefined;
    model: string;
    baseURL: string | undefined;
    maxRetries: number;
    timeoutMs: number;
    maxTokens: number;
  };
  stripe: {
    secretKey: string | undefined;
    priceId: string | undefined;
    apiBase: { host: string; port: number; protocol: 'http' | 'https' } | undefined;
    timeoutMs: number;
    searchConcurrency: number;
    uninstallSecret: string | undefined;
  };
  /** Exact origins, or `chrome-extension://*` for any extension (local development only). */
  allowedOrigins: string[];
  publicUrl: string | undefined;
  subscriptionCacheMs: number;
  rateLimit: {
    ipPerMinute: number;
    installationPerMinute: number;
    lettersPerHour: number;
    store: 'memory' | 'vercel-firewall';
  };
  bodyLimitBytes: number;
}

export type EnvSource = Record<string, string | undefined>;

export function readConfig(env: EnvSource = process.env): BackendConfig {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    // Names only: values may be secrets.
    const names = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.')))].join(', ');
    throw new Error(`Invalid backend configuration in: ${names}`);
  }
  const e = parsed.data;
  const allowedOrigins = (e.ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  const production =
    (e.VERCEL_ENV === 'production' || e.NODE_ENV === 'production') && e.JOBTRACK_LOCAL !== '1';
  if (production) {
    // Any extension could drive a wildcard deployment, and without PUBLIC_URL the
    // Checkout return URLs would follow whatever Host header came in.
    const problems = [
      allowedOrigins.some((origin) => origin.includes('*')) && 'ALLOWED_ORIGINS (no wildcard in production)',
      !e.PUBLIC_URL && 'PUBLIC_URL (required in production)',
    ].filter(Boolean);
    if (problems.length) throw new Error(`Invalid backend configuration in: ${problems.join(', ')}`);
  }
  return {
    anthropic: {
      apiKey: e.ANTHROPIC_API_KEY,
      model: e.ANTHROPIC_MODEL,
      baseURL: e.ANTHROPIC_BASE_URL,
      maxRetries: e.ANTHROPIC_MAX_RETRIES,
      timeoutMs: e.ANTHROPIC_TIMEOUT_MS,
      maxTokens: e.ANTHROPIC_MAX_TOKENS,
    },
    stripe: {
      secretKey: e.STRIPE_SECRET_KEY,
      priceId: e.STRIPE_PRICE_ID,
      apiBase: e.STRIPE_API_BASE ? toStripeHost(e.STRIPE_API_BASE) : undefined,
      timeoutMs: e.STRIPE_TIMEOUT_MS,
      searchConcurrency: e.STRIPE_SEARCH_CONCURRENCY,
      uninstallSecret: e.UNINSTALL_TOKEN_SECRET,
    },
    allowedOrigins,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
    subscriptionCacheMs: e.SUBSCRIPTION_CACHE_MS,
    rateLimit: {
      ipPerMinute: e.RATE_LIMIT_IP_PER_MINUTE,
      installationPerMinute: e.RATE_LIMIT_INSTALLATION_PER_MINUTE,
      lettersPerHour: e.RATE_LIMIT_LETTERS_PER_HOUR,
      store: e.RATE_LIMIT_STORE ?? (e.VERCEL === '1' ? 'vercel-firewall' : 'memory'),
    },
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
  };
}

function toStripeHost(base: string): NonNullable<BackendConfig['stripe']['apiBase']> {
  const url = new URL(base);
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  const port = url.port ? Number(url.port) : protocol === 'http' ? 80 : 443;
  return { host: url.hostname, port, protocol };
}
