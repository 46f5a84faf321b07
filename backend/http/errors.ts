import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiError, ApiErrorCode } from '../../shared/api.js';

/**
 * One error shape for the whole API: `{ error: { code, message } }` with a real status.
 * Messages are written for the user of the extension and never echo request content.
 */

export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ApiErrorCode,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** A failure of Claude or Stripe, already mapped to what the extension should show. */
export class UpstreamError extends HttpError {
  constructor(status: number, code: ApiErrorCode, message: string, retryAfterSeconds?: number) {
    super(status as ContentfulStatusCode, code, message, retryAfterSeconds);
    this.name = 'UpstreamError';
  }
}

export function errorBody(code: ApiErrorCode, message: string): ApiError {
  return { error: { code, message } };
}

export function errorResponse(c: Context, error: HttpError): Response {
  if (error.retryAfterSeconds !== undefined) c.header('Retry-After', String(error.retryAfterSeconds));
  return c.json(errorBody(error.code, error.message), error.status);
}
