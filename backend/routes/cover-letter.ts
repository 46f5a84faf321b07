import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { z } from 'zod';
import { CoverLetterRequest } from '../../shared/api.js';
import { InterviewPrepRequest, StatementRequest, TOOL_PATHS } from '../../shared/pro-tools.js';
import { HttpError } from '../http/errors.js';
import { type AppEnv, type RateLimiter, readJsonBody } from '../http/middleware.js';
import type { BillingService } from '../services/billing.js';
import { type ClaudeService, mapClaudeError } from '../services/claude.js';
import { type AiPrompt, buildCoverLetterPrompt } from '../services/cover-letter-prompt.js';
import { buildPrepPrompt, buildStatementPrompt } from '../services/tool-prompts.js';

export interface CoverLetterDeps {
  claude: ClaudeService | undefined;
  billing: BillingService | undefined;
  /** The letters' hourly limit; interview prep and statements each get their own of the same size. */
  letters: RateLimiter;
  prep?: RateLimiter;
  statements?: RateLimiter;
  /** Claude's token cap for letters (ANTHROPIC_MAX_TOKENS); the tools have their own. */
  maxTokens?: number;
  log: (line: string) => void;
}

export const NOT_CONFIGURED = new HttpError(503, 'not-configured', 'Pro is not available on this server.');

interface AiRoute<S extends z.ZodType> {
  path: string;
  schema: S;
  prompt: (request: z.infer<S>) => AiPrompt;
  limiter: RateLimiter;
  /** What the 402 says, and the log line's name. */
  what: string;
}

/**
 * One Pro text route: validate, check the limit and Pro with Stripe, then stream Claude's
 * answer as Server-Sent Events (`delta` …, then `done` or `error`). A failure before the
 * first event is a plain JSON error with a real status; the stream itself is never
 * retried. Nothing of the request or the answer is logged or kept.
 */
function aiRoute<S extends z.ZodType>(app: Hono<AppEnv>, deps: CoverLetterDeps, route: AiRoute<S>) {
  return app.post(route.path, async (c) => {
    const request = await readJsonBody(c, route.schema);
    const { claude, billing } = deps;
    if (!claude || !billing) throw NOT_CONFIGURED;
    const installationId = c.get('installationId');
    const verdict = await route.limiter.hit(installationId, c.req.raw);
    if (!verdict.allowed) {
      throw new HttpError(
        429,
        'rate-limited',
        `That is a lot of ${route.what.toLowerCase()} in a short time. Try again later.`,
        verdict.retryAfterSeconds,
      );
    }

    const subscription = await billing.getSubscription(installationId);
    if (!subscription.pro) {
      throw new HttpError(402, 'not-pro', `${route.what} are part of JobTrack Pro. Subscribe to use them.`);
    }

    // Settles on Claude's first event: failures up to here become a JSON error status.
    const answer = await claude.streamPrompt(route.prompt(request), c.req.raw.signal);

    return streamSSE(c, async (stream) => {
      stream.onAbort(() => answer.abort());
      try {
        for await (const event of answer.events) {
          if (stream.aborted) break;
          if (event.type === 'delta') {
            await stream.writeSSE({ event: 'delta', data: JSON.stringify({ text: event.text }) });
          } else {
            await stream.writeSSE({ event: 'done', data: JSON.stringify({ stopReason: event.stopReason }) });
          }
        }
      } catch (error) {
        const failure = mapClaudeError(error, false);
        deps.log(`${route.path.slice(1)} stream ended early: ${failure.code}`);
        if (!stream.aborted) {
          await stream.writeSSE({
            event: 'error',
            data: JSON.stringify({ code: failure.code, message: failure.message }),
          });
        }
      } finally {
        answer.abort();
      }
    });
  });
}

/** `POST /v1/cover-letter`, `/v1/interview-prep` and `/v1/supporting-statement`. */
export function coverLetterRoutes(deps: CoverLetterDeps) {
  const app = new Hono<AppEnv>();
  aiRoute(app, deps, {
    path: '/cover-letter',
    schema: CoverLetterRequest,
    prompt: (request) => buildCoverLetterPrompt(request, deps.maxTokens ?? 1_200),
    limiter: deps.letters,
    what: 'Cover letters',
  });
  aiRoute(app, deps, {
    path: TOOL_PATHS.prep.replace('/v1', ''),
    schema: InterviewPrepRequest,
    prompt: buildPrepPrompt,
    limiter: deps.prep ?? deps.letters,
    what: 'Interview preps',
  });
  aiRoute(app, deps, {
    path: TOOL_PATHS.statement.replace('/v1', ''),
    schema: StatementRequest,
    prompt: buildStatementPrompt,
    limiter: deps.statements ?? deps.letters,
    what: 'Supporting statements',
  });
  return app;
}
