import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { CoverLetterRequest } from '../../shared/api.js';
import { HttpError } from '../http/errors.js';
import { type AppEnv, type RateLimiter, readJsonBody } from '../http/middleware.js';
import type { BillingService } from '../services/billing.js';
import { type ClaudeService, mapClaudeError } from '../services/claude.js';

export interface CoverLetterDeps {
  claude: ClaudeService | undefined;
  billing: BillingService | undefined;
  letters: RateLimiter;
  log: (line: string) => void;
}

export const NOT_CONFIGURED = new HttpError(503, 'not-configured', 'Pro is not available on this server.');

/**
 * `POST /v1/cover-letter`: validate, check Pro with Stripe, then stream Claude's letter as
 * Server-Sent Events (`delta` …, then `done` or `error`). A failure before the first
 * event is a plain JSON error with a real status; the stream itself is never retried.
 */
export function coverLetterRoutes(deps: CoverLetterDeps) {
  return new Hono<AppEnv>().post('/cover-letter', async (c) => {
    const request = await readJsonBody(c, CoverLetterRequest);
    const { claude, billing } = deps;
    if (!claude || !billing) throw NOT_CONFIGURED;
    const installationId = c.get('installationId');
    const verdict = await deps.letters.hit(installationId, c.req.raw);
    if (!verdict.allowed) {
      throw new HttpError(
        429,
        'rate-limited',
        'That is a lot of letters in a short time. Try again later.',
        verdict.retryAfterSeconds,
      );
    }

    const subscription = await billing.getSubscription(installationId);
    if (!subscription.pro) {
      throw new HttpError(402, 'not-pro', 'Cover letters are part of JobTrack Pro. Subscribe to write one.');
    }

    // Settles on Claude's first event: failures up to here become a JSON error status.
    const letter = await claude.streamCoverLetter(request, c.req.raw.signal);

    return streamSSE(c, async (stream) => {
      stream.onAbort(() => letter.abort());
      try {
        for await (const event of letter.events) {
          if (stream.aborted) break;
          if (event.type === 'delta') {
            await stream.writeSSE({ event: 'delta', data: JSON.stringify({ text: event.text }) });
          } else {
            await stream.writeSSE({ event: 'done', data: JSON.stringify({ stopReason: event.stopReason }) });
          }
        }
      } catch (error) {
        const failure = mapClaudeError(error, false);
        deps.log(`cover-letter stream ended early: ${failure.code}`);
        if (!stream.aborted) {
          await stream.writeSSE({
            event: 'error',
            data: JSON.stringify({ code: failure.code, message: failure.message }),
          });
        }
      } finally {
        letter.abort();
      }
    });
  });
}
