import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import type { z } from 'zod';
import { INSTALLATION_HEADER, InstallationId } from '../../shared/api.js';
import { errorResponse, HttpError } from './errors.js';
import type { RateLimiter } from './rate-limit.js';

/** What the middleware leaves on the context for the handlers. */
export interface AppEnv {
  Variables: { installationId: string };
  /** Under @hono/node-server the raw Node request; absent on Vercel and in app.request(). */
  Bindings: { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
}

/**
 * One line per request: method, path, status, duration. Never a body, a query string,
 * a header value or an installation id — the backend keeps nothing about anyone.
 */
export function requestLog(log: (line: string) => void): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const path = c.req.path.replace(/[^\w/.-]/g, '?').slice(0, 80);
    log(`${c.req.method} ${path} ${c.res.status} ${Math.round(performance.now() - started)}ms`);
  };
}

/** Conservative headers for JSON answers and the few small HTML pages. */
export function securityHeaders(): MiddlewareHandler<AppEnv> {
  const headers = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      styleSrc: ["'unsafe-inline'"],
      baseUri: ["'none'"],
      // The uninstall page posts its one form to itself.
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    referrerPolicy: 'no-referrer',
    xFrameOptions: 'DENY',
    strictTransportSecurity: 'max-age=63072000; includeSubDomains',
  });
  return async (c, next) => {
    await headers(c, next);
    c.header('Cache-Control', 'no-store');
  };
}

export function isOriginAllowed(origin: string, allowed: readonly string[]): boolean {
  if (allowed.includes(origin)) return true;
  return allowed.includes('chrome-extension://*') && /^chrome-extension:\/\/[a-p]{32}$/.test(origin);
}

/**
 * CORS for the extension origins in ALLOWED_ORIGINS only. A request that carries any other
 * Origin is refused outright (403), so a web page cannot drive the API with a simple
 * request either; requests without an Origin (curl, server-side) pass through.
 */
export function extensionCors(allowed: readonly string[]): MiddlewareHandler<AppEnv> {
  const handler = cors({
    origin: (origin) => (isOriginAllowed(origin, allowed) ? origin : null),
    allowMethods: ['GET', 'POST', 'DELETE', 'OPTIONS'],
    allowHeaders: ['Content-Type', INSTALLATION_HEADER],
    exposeHeaders: ['Retry-After'],
    maxAge: 600,
  });
  return async (c, next) => {
    const origin = c.req.header('Origin');
    if (origin !== undefined && !isOriginAllowed(origin, allowed)) {
      return errorResponse(
        c,
        new HttpError(403, 'forbidden-origin', 'This origin may not call the JobTrack API.'),
      );
    }
    return handler(c, next);
  };
}

export function limitBody(maxSize: number): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize,
    onError: (c) => errorResponse(c, new HttpError(413, 'payload-too-large', 'The request is too large.')),
  });
}

/** The caller's address: the socket under the Node server, else the proxy's header (Vercel sets it). */
export function clientIp(c: Context<AppEnv>): string {
  const socketAddress = c.env?.incoming?.socket?.remoteAddress;
  if (socketAddress) return socketAddress;
  const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || c.req.header('x-real-ip') || 'unknown';
}

function rateLimited(c: Context<AppEnv>, retryAfterSeconds: number): Response {
  return errorResponse(
    c,
    new HttpError(429, 'rate-limited', 'Too many requests. Wait a moment and try again.', retryAfterSeconds),
  );
}

export function limitByIp(limiter: RateLimiter): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const verdict = await limiter.hit(clientIp(c), c.req.raw);
    if (!verdict.allowed) return rateLimited(c, verdict.retryAfterSeconds);
    await next();
  };
}

/** Requires a v4 UUID in X-Installation-Id, then counts the request against it. */
export function requireInstallation(limiter: RateLimiter): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const parsed = InstallationId.safeParse(c.req.header(INSTALLATION_HEADER));
    if (!parsed.success) {
      return errorResponse(
        c,
        new HttpError(400, 'invalid-installation-id', `The ${INSTALLATION_HEADER} header must be a v4 UUID.`),
      );
    }
    const verdict = await limiter.hit(parsed.data, c.req.raw);
    if (!verdict.allowed) return rateLimited(c, verdict.retryAfterSeconds);
    c.set('installationId', parsed.data);
    await next();
  };
}

/**
 * Parses a JSON body with a zod schema: 415 for another content type, 400 for invalid JSON
 * or a body the schema refuses. The messages name fields, never their values.
 */
export async function readJsonBody<Schema extends z.ZodType>(
  c: Context<AppEnv>,
  schema: Schema,
): Promise<z.infer<Schema>> {
  const type = c.req.header('Content-Type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new HttpError(415, 'unsupported-media-type', 'Send the body as application/json.');
  }
  let json: unknown;
  try {
    json = JSON.parse(await c.req.text());
  } catch {
    throw new HttpError(400, 'invalid-request', 'The body is not valid JSON.');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`)
      .join('; ');
    throw new HttpError(400, 'invalid-request', `Invalid request. ${problems}`);
  }
  return parsed.data;
}

export type { RateLimiter };
