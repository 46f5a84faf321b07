import type { z } from 'zod';
import {
  AccountDeletedAnswer,
  ApiError,
  CheckoutAnswer,
  CoverLetterDelta,
  CoverLetterDone,
  type CoverLetterRequest,
  INSTALLATION_HEADER,
  PortalAnswer,
  SubscriptionAnswer,
} from '../../shared/api';
import type { InterviewPrepRequest, StatementRequest } from '../../shared/pro-tools';
import type { ProFailure } from '../store/schema';

/**
 * The backend's HTTP API as the background uses it. Every answer is parsed with the shared
 * schema; every failure becomes a ProFailure reason the UI can word. No chrome.*: the
 * background passes fetch and the installation id, tests pass a fake.
 */

export class ProError extends Error {
  constructor(readonly failure: ProFailure) {
    super(failure.reason);
    this.name = 'ProError';
  }
}

export interface ProClientDeps {
  baseUrl: string;
  fetch: typeof fetch;
  /** False when the browser knows it is offline (navigator.onLine). */
  isOnline(): boolean;
}

const API_REASONS: Partial<Record<string, ProFailure['reason']>> = {
  'not-pro': 'not-pro',
  'already-pro': 'already-pro',
  'rate-limited': 'rate-limited',
  'payload-too-large': 'too-long',
  'no-subscription': 'no-subscription',
  'ai-interrupted': 'interrupted',
};

/** A failed answer's reason: the API's code when it has one, else by status. */
async function failureOf(response: Response): Promise<ProFailure> {
  const retryAfter = Number(response.headers.get('Retry-After'));
  const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? Math.ceil(retryAfter) : undefined;
  let code = '';
  try {
    const parsed = ApiError.safeParse(await response.json());
    if (parsed.success) code = parsed.data.error.code;
  } catch {
    // Not our JSON (a proxy's page): the status decides.
  }
  const reason =
    API_REASONS[code] ??
    (response.status === 413
      ? 'too-long'
      : response.status === 429
        ? 'rate-limited'
        : response.status === 402
          ? 'not-pro'
          : code === 'invalid-request' && response.status === 400
            ? 'too-long'
            : response.status >= 500
              ? 'service-down'
              : 'unknown');
  return reason === 'rate-limited' && retryAfterSeconds !== undefined
    ? { reason, retryAfterSeconds }
    : { reason };
}

export function createProClient(deps: ProClientDeps) {
  async function call(installationId: string, path: string, init: RequestInit = {}): Promise<Response> {
    if (!deps.isOnline()) throw new ProError({ reason: 'offline' });
    let response: Response;
    try {
      response = await deps.fetch(`${deps.baseUrl}${path}`, {
        ...init,
        headers: { ...(init.headers as Record<string, string>), [INSTALLATION_HEADER]: installationId },
      });
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      throw new ProError({ reason: deps.isOnline() ? 'service-down' : 'offline' });
    }
    if (!response.ok) throw new ProError(await failureOf(response));
    return response;
  }

  async function json<S extends z.ZodType>(schema: S, response: Response): Promise<z.infer<S>> {
    const parsed = schema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) throw new ProError({ reason: 'service-down' });
    return parsed.data;
  }

  return {
    async checkout(installationId: string) {
      return json(CheckoutAnswer, await call(installationId, '/v1/checkout', { method: 'POST' }));
    },
    async subscription(installationId: string, sessionId?: string) {
      const query = sessionId ? `?sessionId=${encodeURIComponent(sessionId)}` : '';
      return json(SubscriptionAnswer, await call(installationId, `/v1/subscription${query}`));
    },
    async portal(installationId: string) {
      return json(PortalAnswer, await call(installationId, '/v1/portal', { method: 'POST' }));
    },
    async deleteAccount(installationId: string) {
      return json(AccountDeletedAnswer, await call(installationId, '/v1/account', { method: 'DELETE' }));
    },

    /**
     * Streams a Pro text from `path` (`/v1/cover-letter`, `/v1/interview-prep`,
     * `/v1/supporting-statement`): `onDelta` gets each piece as it arrives. Resolves with
     * the stop reason; a stream that ends without `done` or with an `error` event is `interrupted`.
     */
    async streamText(
      installationId: string,
      path: string,
      body: CoverLetterRequest | InterviewPrepRequest | StatementRequest,
      onDelta: (text: string) => void | Promise<void>,
      signal?: AbortSignal,
    ): Promise<string | null> {
      const response = await call(installationId, path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
        body: JSON.stringify(body),
        ...(signal ? { signal } : {}),
      });
      if (!response.body) throw new ProError({ reason: 'service-down' });
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      try {
        for (;;) {
          let chunk: ReadableStreamReadResult<string>;
          try {
            chunk = await reader.read();
          } catch (error) {
            if ((error as Error).name === 'AbortError') throw error;
            throw new ProError({ reason: 'interrupted' });
          }
          if (chunk.done) break;
          buffer += chunk.value;
          let end = buffer.indexOf('\n\n');
          while (end >= 0) {
            const event = parseEvent(buffer.slice(0, end));
            buffer = buffer.slice(end + 2);
            end = buffer.indexOf('\n\n');
            if (!event) continue;
            if (event.name === 'delta') {
              const delta = CoverLetterDelta.safeParse(event.data);
              if (delta.success) await onDelta(delta.data.text);
            } else if (event.name === 'done') {
              const done = CoverLetterDone.safeParse(event.data);
              return done.success ? done.data.stopReason : null;
            } else if (event.name === 'error') {
              throw new ProError({ reason: 'interrupted' });
            }
          }
        }
      } finally {
        reader.releaseLock();
      }
      throw new ProError({ reason: 'interrupted' });
    },
  };
}

export type ProClient = ReturnType<typeof createProClient>;

function parseEvent(block: string): { name: string; data: unknown } | undefined {
  let name = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('event:')) name = line.slice(6).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
  }
  if (!data.length) return undefined;
  try {
    return { name, data: JSON.parse(data.join('\n')) as unknown };
  } catch {
    return undefined;
  }
}
