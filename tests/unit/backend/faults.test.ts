import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterEach, describe, expect, it } from 'vitest';
import type { EnvSource } from '../../../backend/config.js';
import { ApiError, ApiErrorBody, CoverLetterDelta } from '../../../shared/api.js';
import { type Harness, INSTALLATION, LETTER_REQUEST, parseSse, startHarness } from './harness.js';

/**
 * Claude and Stripe misbehaving: every fault becomes a clear status (before the stream
 * starts) or a clear `error` event (after), and nothing is retried after the first byte.
 */

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function proHarness(env: EnvSource = {}): Promise<Harness> {
  h = await startHarness(env);
  await h.subscribe();
  return h;
}

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/application\/json/);
  const body = ApiError.parse(await response.json());
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(10);
}

describe('Claude faults before the first byte become statuses', () => {
  it.each([
    { upstream: 429, status: 503, code: 'ai-busy' },
    { upstream: 529, status: 503, code: 'ai-busy' },
    { upstream: 500, status: 502, code: 'ai-unavailable' },
    { upstream: 401, status: 502, code: 'ai-unavailable' },
  ])('Claude $upstream → $status $code', async ({ upstream, status, code }) => {
    const harness = await proHarness();
    harness.anthropic.setScenario({ kind: 'status', status: upstream, retryAfter: '7' });
    const response = await harness.postLetter(LETTER_REQUEST);
    await expectError(response, status, code);
    if (status === 503) expect(response.headers.get('retry-after')).toBe('7');
    expect(harness.logs).toContain(`upstream failure: ${code}`);
  });

  it('a 529 may be retried before the first byte (ANTHROPIC_MAX_RETRIES), then gives up clearly', async () => {
    const harness = await proHarness({ ANTHROPIC_MAX_RETRIES: '1' });
    harness.anthropic.setScenario({ kind: 'status', status: 529 });
    await expectError(await harness.postLetter(LETTER_REQUEST), 503, 'ai-busy');
    expect(harness.anthropic.requests).toHaveLength(2);
  });

  it('a Claude that never answers times out with 504 and the upstream request is aborted', async () => {
    const harness = await proHarness({ ANTHROPIC_TIMEOUT_MS: '1000' });
    harness.anthropic.setScenario({ kind: 'hang' });
    const aborted = harness.anthropic.waitForAbort();
    await expectError(await harness.postLetter(LETTER_REQUEST), 504, 'ai-timeout');
    await aborted;
    expect(harness.anthropic.abortedCount).toBe(1);
  });
});

describe('Claude faults after the first byte end the stream with an error event', () => {
  it('an error event mid-stream → SSE error, and it is not retried even with retries allowed', async () => {
    const harness = await proHarness({ ANTHROPIC_MAX_RETRIES: '2' });
    harness.anthropic.setScenario({ kind: 'error-mid-stream', afterChunks: 2, errorType: 'api_error' });
    const response = await harness.postLetter(LETTER_REQUEST);
    expect(response.status).toBe(200);
    const events = parseSse(await response.text());
    expect(events.filter((e) => e.event === 'delta')).toHaveLength(2);
    expect(events.at(-1)?.event).toBe('error');
    expect(ApiErrorBody.parse(events.at(-1)?.data).code).toBe('ai-interrupted');
    expect(events.some((e) => e.event === 'done')).toBe(false);
    expect(harness.anthropic.requests).toHaveLength(1);
  });

  it('an overloaded error event mid-stream says the service is busy', async () => {
    const harness = await proHarness({ ANTHROPIC_MAX_RETRIES: '2' });
    harness.anthropic.setScenario({
      kind: 'error-mid-stream',
      afterChunks: 1,
      errorType: 'overloaded_error',
    });
    const events = parseSse(await (await harness.postLetter(LETTER_REQUEST)).text());
    expect(ApiErrorBody.parse(events.at(-1)?.data).code).toBe('ai-busy');
    expect(harness.anthropic.requests).toHaveLength(1);
  });

  it('a stream that stalls past the timeout ends with an ai-timeout event and is aborted upstream', async () => {
    const harness = await proHarness({ ANTHROPIC_TIMEOUT_MS: '1000', ANTHROPIC_MAX_RETRIES: '2' });
    harness.anthropic.setScenario({ kind: 'hang-after', chunks: 2 });
    const aborted = harness.anthropic.waitForAbort();
    const events = parseSse(await (await harness.postLetter(LETTER_REQUEST)).text());
    expect(events.filter((e) => e.event === 'delta')).toHaveLength(2);
    expect(events.at(-1)?.event).toBe('error');
    expect(ApiErrorBody.parse(events.at(-1)?.data).code).toBe('ai-timeout');
    await aborted;
    expect(harness.anthropic.requests).toHaveLength(1);
  });
});

describe('Stripe faults', () => {
  it('Stripe 500 → 502 billing-unavailable on /v1/subscription', async () => {
    h = await startHarness();
    h.stripe.failNext({ status: 500 });
    await expectError(await h.call('/v1/subscription'), 502, 'billing-unavailable');
  });

  it('Stripe 500 during the Pro check → 502, and Claude is not called', async () => {
    h = await startHarness();
    h.stripe.failNext({ status: 500 });
    await expectError(await h.postLetter(LETTER_REQUEST), 502, 'billing-unavailable');
    expect(h.anthropic.requests).toHaveLength(0);
  });

  it('Stripe 500 on checkout → 502', async () => {
    h = await startHarness();
    h.stripe.failNext({ status: 500 });
    await expectError(await h.call('/v1/checkout', { method: 'POST' }), 502, 'billing-unavailable');
  });

  it('a Stripe that never answers times out with 504 billing-timeout', async () => {
    h = await startHarness({ STRIPE_TIMEOUT_MS: '300' });
    h.stripe.failNext({ hang: true }, 2);
    await expectError(await h.call('/v1/subscription'), 504, 'billing-timeout');
  });

  it('a failure is not cached: the next check asks Stripe again and succeeds', async () => {
    h = await startHarness();
    await h.subscribe();
    h.stripe.failNext({ status: 500 });
    expect((await h.call('/v1/subscription')).status).toBe(502);
    const answer = await (await h.call('/v1/subscription')).json();
    expect(answer).toMatchObject({ pro: true });
  });
});

describe('client disconnect', () => {
  it('aborts the upstream Claude request (the fake sees the connection close)', async () => {
    const harness = await proHarness();
    const chunks = Array.from({ length: 200 }, (_, i) => `Sentence ${i}. `);
    harness.anthropic.setScenario({ kind: 'letter', chunks, delayMs: 20 });
    const server = serve({ fetch: harness.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const client = new AbortController();
      const response = await fetch(`http://127.0.0.1:${port}/v1/cover-letter`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Installation-Id': INSTALLATION },
        body: JSON.stringify(LETTER_REQUEST),
        signal: client.signal,
      });
      expect(response.status).toBe(200);
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      const first = await reader.read();
      const text = new TextDecoder().decode(first.value);
      expect(CoverLetterDelta.parse(parseSse(text)[0]?.data).text).toBe('Sentence 0. ');

      const aborted = harness.anthropic.waitForAbort();
      client.abort();
      await aborted;
      expect(harness.anthropic.abortedCount).toBe(1);
      expect(harness.anthropic.requests).toHaveLength(1);
    } finally {
      (server as import('node:http').Server).closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
