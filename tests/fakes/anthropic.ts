import type { IncomingMessage, ServerResponse } from 'node:http';
import { listenOnLoopback, randomId, readBody, sendJson } from './http.js';

/**
 * A fake of the Anthropic Messages API on 127.0.0.1, speaking the real wire format: JSON
 * errors `{ type: 'error', error: { type, message } }` with the real statuses, and for
 * `stream: true` the real SSE sequence — message_start, content_block_start, ping,
 * content_block_delta (text_delta)…, content_block_stop, message_delta, message_stop.
 * Tests pick a scenario (faults included), read the recorded requests, and can wait for
 * the client to drop the connection. `npm run backend` uses it when no key is set.
 * Interview-prep and supporting-statement requests (recognised by their system prompts)
 * get answers in the line formats of shared/pro-tools.ts, built from the request's data.
 */

export type AnthropicScenario =
  | { kind: 'letter'; chunks?: string[]; delayMs?: number }
  | { kind: 'status'; status: number; errorType?: string; retryAfter?: string }
  | { kind: 'hang' }
  | { kind: 'hang-after'; chunks: number }
  | { kind: 'error-mid-stream'; afterChunks: number; errorType?: string };

export interface RecordedMessageRequest {
  headers: IncomingMessage['headers'];
  body: {
    model?: string;
    max_tokens?: number;
    system?: unknown;
    messages?: { role: string; content: unknown }[];
    stream?: boolean;
    [key: string]: unknown;
  };
}

export interface FakeAnthropic {
  url: string;
  port: number;
  /** Requests seen, oldest first (the last 50). */
  requests: RecordedMessageRequest[];
  /** Connections the client closed before the fake finished answering. */
  abortedCount: number;
  setScenario(scenario: AnthropicScenario): void;
  /** Resolves when the next (or an already recorded, unawaited) client abort happens. */
  waitForAbort(): Promise<void>;
  close(): Promise<void>;
}

const ERROR_TYPES: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  403: 'permission_error',
  404: 'not_found_error',
  413: 'request_too_large',
  429: 'rate_limit_error',
  500: 'api_error',
  529: 'overloaded_error',
};

const LETTERS = {
  en: [
    'Dear Hiring Manager,\n\n',
    'I am writing to apply for this role. ',
    'My experience maps closely to what you describe, ',
    'and I would welcome the chance to bring it to your team.\n\n',
    'Thank you for your time and consideration.\n\n',
    'Kind regards,\n[NAME]',
  ],
  es: [
    'Estimado equipo de selección:\n\n',
    'Les escribo para presentar mi candidatura a este puesto. ',
    'Mi experiencia encaja con lo que describen ',
    'y me encantaría aportarla a su equipo.\n\n',
    'Gracias por su tiempo y consideración.\n\n',
    'Un cordial saludo,\n[NAME]',
  ],
};

/**
 * Interview prep in the documented line format (shared/pro-tools.ts), with the gap lines
 * naming the request's missing skills, so the parser and the practice mode see real shape.
 */
function prepChunks(spanish: boolean, missing: string[]): string[] {
  const q = spanish
    ? [
        ['technical', '¿Cómo diseñarías un servicio que procese pagos sin perder datos?'],
        ['technical', '¿Qué pruebas escribes antes de desplegar un cambio?'],
        ['behavioural', 'Cuéntame una vez en que resolviste un incidente en producción.'],
        ['company', '¿Qué aportarías al equipo que describe la oferta?'],
      ]
    : [
        ['technical', 'How would you design a service that processes payments without losing data?'],
        ['technical', 'What tests do you write before shipping a change?'],
        ['behavioural', 'Tell me about a time you resolved a production incident.'],
        ['company', 'What would you bring to the team the posting describes?'],
      ];
  const point = spanish
    ? '- Menciona la experiencia de tu CV que lo demuestra.\n'
    : '- Mention the CV experience that shows it.\n';
  const result = spanish ? '- Cierra con el resultado medible.\n' : '- Close with the measurable result.\n';
  const chunks = q.flatMap(([kind, text]) => [`QUESTION (${kind}): ${text}\n`, point, result]);
  for (const skill of missing.slice(0, 3)) {
    chunks.push(
      spanish
        ? `GAP (${skill}): Reconócelo y explica cómo lo estás aprendiendo.\n`
        : `GAP (${skill}): Acknowledge it and say how you are learning it.\n`,
    );
  }
  return chunks;
}

/** A statement: one `### criterion` section per criterion the request sent, in order. */
function statementChunks(spanish: boolean, content: string): string[] {
  const criteria = [
    ...content.matchAll(/<criterion>\n\d+\. \((?:essential|desirable)\) ([^\n]*)\n<\/criterion>/g),
  ].map((m) => m[1] ?? '');
  return criteria.flatMap((criterion) => [
    `### ${criterion}\n`,
    spanish
      ? 'En mi puesto anterior (situación) tenía que cumplir este requisito (tarea). '
      : 'In my previous role (situation) I needed to meet this requirement (task). ',
    spanish
      ? 'Organicé el trabajo y lo llevé a cabo (acción), y el resultado fue medible (resultado).\n\n'
      : 'I planned the work and carried it out (action), and the outcome was measurable (result).\n\n',
  ]);
}

function sse(res: ServerResponse, event: string, data: unknown): void {
  res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startFakeAnthropic(options: { port?: number } = {}): Promise<FakeAnthropic> {
  let scenario: AnthropicScenario = { kind: 'letter' };
  const requests: RecordedMessageRequest[] = [];
  let abortWaiters: (() => void)[] = [];
  let unclaimedAborts = 0;

  const state = {
    abortedCount: 0,
  };

  const noteAbort = () => {
    state.abortedCount++;
    if (abortWaiters.length) {
      for (const resolve of abortWaiters) resolve();
      abortWaiters = [];
    } else {
      unclaimedAborts++;
    }
  };

  async function handle(req: IncomingMessage, res: ServerResponse) {
    let finished = false;
    res.on('close', () => {
      if (!finished && !res.writableFinished) noteAbort();
    });

    if (req.method !== 'POST' || !req.url?.startsWith('/v1/messages')) {
      finished = true;
      return sendJson(res, 404, { type: 'error', error: { type: 'not_found_error', message: 'Not found' } });
    }
    const auth = req.headers.authorization ?? '';
    const apiKey = req.headers['x-api-key'];
    if (!/^Bearer \S+/.test(auth) && !(typeof apiKey === 'string' && apiKey)) {
      finished = true;
      return sendJson(res, 401, {
        type: 'error',
        error: { type: 'authentication_error', message: 'invalid x-api-key' },
      });
    }
    let body: RecordedMessageRequest['body'];
    try {
      body = JSON.parse(await readBody(req));
    } catch {
      finished = true;
      return sendJson(res, 400, {
        type: 'error',
        error: { type: 'invalid_request_error', message: 'Invalid JSON body' },
      });
    }
    requests.push({ headers: req.headers, body });
    if (requests.length > 50) requests.shift();
    const current = scenario;
    const requestId = randomId('req_');

    if (current.kind === 'hang') return; // Never answers; only a client abort ends it.
    if (current.kind === 'status') {
      finished = true;
      const headers: Record<string, string> = { 'request-id': requestId };
      if (current.retryAfter !== undefined) headers['retry-after'] = current.retryAfter;
      // Keeps the SDK's backoff short when a test allows retries.
      headers['retry-after-ms'] = '1';
      return sendJson(
        res,
        current.status,
        {
          type: 'error',
          error: {
            type: current.errorType ?? ERROR_TYPES[current.status] ?? 'api_error',
            message: current.status === 529 ? 'Overloaded' : `Fake error ${current.status}`,
          },
        },
        headers,
      );
    }
    if (
      !Array.isArray(body.messages) ||
      typeof body.max_tokens !== 'number' ||
      typeof body.model !== 'string'
    ) {
      finished = true;
      return sendJson(res, 400, {
        type: 'error',
        error: { type: 'invalid_request_error', message: 'model, max_tokens and messages are required' },
      });
    }

    const system = typeof body.system === 'string' ? body.system : '';
    const spanish = system.includes('Spanish');
    const content = String(body.messages[0]?.content ?? '');
    const missing = /<missing_skills>\n([\s\S]*?)\n<\/missing_skills>/.exec(content)?.[1] ?? '(none)';
    const answer = system.includes('prepare for a job interview')
      ? prepChunks(spanish, missing === '(none)' ? [] : missing.split('\n'))
      : system.includes('supporting statement')
        ? statementChunks(spanish, content)
        : spanish
          ? LETTERS.es
          : LETTERS.en;
    const chunks = (current.kind === 'letter' && current.chunks) || answer;
    const delayMs = current.kind === 'letter' ? (current.delayMs ?? 0) : 0;
    const messageId = randomId('msg_');
    const usage = { input_tokens: 420, output_tokens: 1 };

    if (!body.stream) {
      finished = true;
      return sendJson(
        res,
        200,
        {
          id: messageId,
          type: 'message',
          role: 'assistant',
          model: body.model,
          content: [{ type: 'text', text: chunks.join('') }],
          stop_reason: 'end_turn',
          stop_sequence: null,
          usage: { ...usage, output_tokens: chunks.length * 8 },
        },
        { 'request-id': requestId },
      );
    }

    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      'request-id': requestId,
    });
    sse(res, 'message_start', {
      type: 'message_start',
      message: {
        id: messageId,
        type: 'message',
        role: 'assistant',
        model: body.model,
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage,
      },
    });
    sse(res, 'content_block_start', {
      type: 'content_block_start',
      index: 0,
      content_block: { type: 'text', text: '' },
    });
    sse(res, 'ping', { type: 'ping' });
    for (const [index, text] of chunks.entries()) {
      if (res.destroyed) return;
      if (current.kind === 'error-mid-stream' && index === current.afterChunks) {
        finished = true;
        sse(res, 'error', {
          type: 'error',
          error: { type: current.errorType ?? 'overloaded_error', message: 'Overloaded' },
        });
        res.end();
        return;
      }
      if (current.kind === 'hang-after' && index === current.chunks) return; // Stalls mid-stream.
      sse(res, 'content_block_delta', {
        type: 'content_block_delta',
        index: 0,
        delta: { type: 'text_delta', text },
      });
      if (delayMs) await sleep(delayMs);
    }
    sse(res, 'content_block_stop', { type: 'content_block_stop', index: 0 });
    sse(res, 'message_delta', {
      type: 'message_delta',
      delta: { stop_reason: 'end_turn', stop_sequence: null },
      usage: { output_tokens: chunks.length * 8 },
    });
    sse(res, 'message_stop', { type: 'message_stop' });
    finished = true;
    res.end();
  }

  const loopback = await listenOnLoopback(handle, options.port);
  return {
    url: loopback.url,
    port: loopback.port,
    requests,
    get abortedCount() {
      return state.abortedCount;
    },
    setScenario(next) {
      scenario = next;
    },
    waitForAbort() {
      if (unclaimedAborts > 0) {
        unclaimedAborts--;
        return Promise.resolve();
      }
      return new Promise<void>((resolve) => abortWaiters.push(resolve));
    },
    close: loopback.close,
  };
}
