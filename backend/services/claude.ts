import type Anthropic from '@anthropic-ai/sdk';
import type { BackendConfig } from '../config.js';
import { UpstreamError } from '../http/errors.js';
import type { AiPrompt } from './cover-letter-prompt.js';

/**
 * Streams a Pro text (a letter, interview prep, a statement) from Claude. The promise settles when Claude's first event
 * arrives, so every failure before that (429, 529, 5xx, a hang past the timeout) is still
 * an ordinary HTTP error for the route; after it, a failure ends the stream with an
 * `error` event. The SDK may retry before the first byte (ANTHROPIC_MAX_RETRIES); nothing
 * is retried once the stream started, because the user already sees part of a letter.
 */

export type LetterEvent = { type: 'delta'; text: string } | { type: 'done'; stopReason: string | null };

export interface LetterStream {
  events: AsyncIterable<LetterEvent>;
  /** Aborts the upstream request (client gone, or the route gives up). */
  abort(): void;
}

export interface ClaudeService {
  /** One streaming path for every Pro text (letter, interview prep, statement); `maxTokens` is capped by the config for letters only, by the route. */
  streamPrompt(prompt: AiPrompt, clientSignal: AbortSignal): Promise<LetterStream>;
}

/**
 * The SDK is loaded on first use, not at import: it is a large module, and a cold start
 * that only answers /health, a preflight or a subscription check should not pay for it.
 */
let sdk: typeof Anthropic | undefined;
async function loadSdk(): Promise<typeof Anthropic> {
  sdk ??= (await import('@anthropic-ai/sdk')).default;
  return sdk;
}

export function createClaudeService(config: BackendConfig['anthropic']): ClaudeService | undefined {
  if (!config.apiKey) return undefined;
  const { apiKey } = config;
  let client: Anthropic | undefined;
  const getClient = async () => {
    const Sdk = await loadSdk();
    client ??= new Sdk({
      apiKey,
      baseURL: config.baseURL ?? null,
      maxRetries: config.maxRetries,
      timeout: config.timeoutMs,
      // The SDK's own logging could print upstream text at debug level; we log nothing of it.
      logLevel: 'off',
    });
    return client;
  };

  return {
    async streamPrompt(prompt, clientSignal) {
      const client = await getClient();
      const watchdog = new Watchdog(config.timeoutMs);
      const upstream = new AbortController();
      const signal = AbortSignal.any([clientSignal, watchdog.signal, upstream.signal]);
      const toUpstreamError = (error: unknown) => mapClaudeError(error, watchdog.signal.aborted);

      let iterator: AsyncIterator<Anthropic.RawMessageStreamEvent>;
      let first: IteratorResult<Anthropic.RawMessageStreamEvent>;
      try {
        const stream = await client.messages.create(
          {
            model: config.model,
            max_tokens: prompt.maxTokens,
            system: prompt.system,
            messages: prompt.messages,
            stream: true,
          },
          { signal },
        );
        iterator = stream[Symbol.asyncIterator]();
        first = await iterator.next();
        // The SDK ends an aborted stream quietly instead of throwing.
        if (first.done) throw INCOMPLETE();
        watchdog.reset();
      } catch (error) {
        watchdog.stop();
        throw toUpstreamError(error);
      }

      async function* events(): AsyncGenerator<LetterEvent> {
        let stopReason: string | null = null;
        try {
          let result = first;
          while (!result.done) {
            const event = result.value;
            if (event.type === 'content_block_delta' && event.delta.type === 'text_delta') {
              yield { type: 'delta', text: event.delta.text };
            } else if (event.type === 'message_delta') {
              stopReason = event.delta.stop_reason ?? null;
            } else if (event.type === 'message_stop') {
              yield { type: 'done', stopReason };
              return;
            }
            result = await iterator.next();
            watchdog.reset();
          }
          // Ended without message_stop (dropped, or aborted by the watchdog): incomplete.
          throw INCOMPLETE();
        } catch (error) {
          throw toUpstreamError(error);
        } finally {
          watchdog.stop();
          upstream.abort();
        }
      }

      return {
        events: events(),
        abort: () => {
          watchdog.stop();
          upstream.abort();
        },
      };
    },
  };
}

/** Aborts when no upstream event arrived within `ms`; reset on every event. */
class Watchdog {
  private readonly controller = new AbortController();
  private timer: ReturnType<typeof setTimeout> | undefined;
  readonly signal = this.controller.signal;

  constructor(private readonly ms: number) {
    this.reset();
  }

  reset(): void {
    this.stop();
    this.timer = setTimeout(() => this.controller.abort(), this.ms);
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

const BUSY_MESSAGE = 'The writing service is busy right now. Try again in a minute.';
const INCOMPLETE = () =>
  new UpstreamError(502, 'ai-interrupted', 'The letter stopped before it was finished.');

export function mapClaudeError(error: unknown, timedOut: boolean): UpstreamError {
  // Without the SDK loaded, no error can be one of its classes.
  const Sdk = sdk;
  if (timedOut || (Sdk && error instanceof Sdk.APIConnectionTimeoutError)) {
    return new UpstreamError(504, 'ai-timeout', 'The writing service took too long to answer. Try again.');
  }
  if (error instanceof UpstreamError) return error;
  if (!Sdk)
    return new UpstreamError(502, 'ai-unavailable', 'The writing service is unavailable. Try again later.');
  if (error instanceof Sdk.APIUserAbortError) {
    // The client went away; nobody reads this answer.
    return new UpstreamError(499, 'ai-interrupted', 'The request was cancelled.');
  }
  if (error instanceof Sdk.APIError) {
    const retryAfter = retryAfterSeconds(error.headers);
    if (error.status === 429 || error.status === 529 || error.type === 'overloaded_error') {
      return new UpstreamError(503, 'ai-busy', BUSY_MESSAGE, retryAfter ?? 30);
    }
    if (error.status === undefined && !(error instanceof Sdk.APIConnectionError)) {
      // An `error` event in the middle of the stream.
      return new UpstreamError(
        502,
        'ai-interrupted',
        'The writing service stopped in the middle of the letter.',
      );
    }
    return new UpstreamError(
      502,
      'ai-unavailable',
      'The writing service is unavailable. Try again later.',
      retryAfter,
    );
  }
  return new UpstreamError(502, 'ai-unavailable', 'The writing service is unavailable. Try again later.');
}

function retryAfterSeconds(headers: Headers | undefined): number | undefined {
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds) : undefined;
}
