import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { type BackendConfig, type EnvSource, readConfig } from './config.js';
import { errorResponse, HttpError } from './http/errors.js';
import {
  FIREWALL_RULES,
  type FirewallCheck,
  makeLimiter,
  vercelFirewallCheck,
} from './http/firewall-limit.js';
import {
  type AppEnv,
  extensionCors,
  limitBody,
  limitByIp,
  requestLog,
  requireInstallation,
  securityHeaders,
} from './http/middleware.js';
import { billingRoutes } from './routes/billing.js';
import { coverLetterRoutes } from './routes/cover-letter.js';
import { healthRoutes } from './routes/health.js';
import { pageRoutes } from './routes/pages.js';
import { uninstallRoutes } from './routes/uninstall.js';
import { type BillingService, createBillingService } from './services/billing.js';
import { type ClaudeService, createClaudeService } from './services/claude.js';

export interface AppOptions {
  /** Environment to read the configuration from (default: process.env). */
  env?: EnvSource;
  config?: BackendConfig;
  /** Clock for the rate limits and the subscription cache (tests move it). */
  now?: () => number;
  /** Where the one-line request log goes (default: console.log). */
  log?: (line: string) => void;
  claude?: ClaudeService;
  billing?: BillingService;
  /** The Vercel Firewall's check (tests pass a fake shared by several app instances). */
  firewallCheck?: FirewallCheck;
}

/**
 * The backend as a plain Hono app: tests call app.request(), Vercel and Node serve it.
 * Middleware order on /v1: CORS → per-IP limit → body limit → installation id (+ its limit)
 * → the route, which validates its body before doing anything else.
 */
export function createApp(options: AppOptions = {}) {
  const config = options.config ?? readConfig(options.env ?? process.env);
  const now = options.now ?? Date.now;
  const log = options.log ?? ((line: string) => console.log(line));
  const claude = options.claude ?? createClaudeService(config.anthropic);
  const billing =
    options.billing ?? createBillingService({ ...config.stripe, cacheMs: config.subscriptionCacheMs }, now);

  const firewall =
    config.rateLimit.store === 'vercel-firewall'
      ? { check: options.firewallCheck ?? vercelFirewallCheck, log }
      : undefined;
  const limits = config.rateLimit;

  const v1 = new Hono<AppEnv>();
  v1.use(extensionCors(config.allowedOrigins));
  // One per-IP limiter for the API and the uninstall page: a client's requests to both count together.
  const byIp = limitByIp(makeLimiter(FIREWALL_RULES.ip, limits.ipPerMinute, now, firewall));
  v1.use(byIp);
  v1.use(limitBody(config.bodyLimitBytes));
  v1.use(
    requireInstallation(
      makeLimiter(FIREWALL_RULES.installation, limits.installationPerMinute, now, firewall),
    ),
  );
  v1.route(
    '/',
    coverLetterRoutes({
      claude,
      billing,
      letters: makeLimiter(FIREWALL_RULES.letters, limits.lettersPerHour, now, firewall),
      prep: makeLimiter(FIREWALL_RULES.prep, limits.lettersPerHour, now, firewall),
      statements: makeLimiter(FIREWALL_RULES.statements, limits.lettersPerHour, now, firewall),
      maxTokens: config.anthropic.maxTokens,
      log,
    }),
  );
  v1.route('/', billingRoutes({ billing, publicUrl: config.publicUrl }));

  const app = new Hono<AppEnv>();
  app.use(requestLog(log));
  app.use(securityHeaders());
  app.route('/', healthRoutes);
  app.route('/', pageRoutes);
  app.use('/uninstall', byIp);
  app.route('/', uninstallRoutes({ billing }));
  app.route('/v1', v1);

  app.notFound((c) => errorResponse(c, new HttpError(404, 'not-found', 'There is nothing at this address.')));
  app.onError((error, c) => {
    if (error instanceof HttpError) {
      if (error.status >= 500) log(`upstream failure: ${error.code}`);
      return errorResponse(c, error);
    }
    if (error instanceof HTTPException && error.status < 500) {
      return errorResponse(
        c,
        new HttpError(error.status, 'invalid-request', 'The request could not be read.'),
      );
    }
    // The error's class only: messages can quote data.
    log(`internal error: ${error.name}`);
    return errorResponse(c, new HttpError(500, 'internal', 'Something went wrong on our side. Try again.'));
  });
  return app;
}
