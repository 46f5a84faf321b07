import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api.js';
import { type Harness, LETTER_REQUEST, startHarness } from './harness.js';

/**
 * Bad input never gives a 5xx: every case answers a 4xx with the one error shape, and
 * neither Claude nor Stripe is called for it. The installation is Pro, so a 402 cannot
 * hide a validation gap.
 */

let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    RATE_LIMIT_IP_PER_MINUTE: '100000',
    RATE_LIMIT_INSTALLATION_PER_MINUTE: '100000',
  });
  await h.subscribe();
});
afterAll(async () => {
  await h.close();
});

const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

interface Case {
  name: string;
  path?: string;
  init: RequestInit & { installation?: string | null };
  status: number;
  code: string;
}

const cases: Case[] = [
  {
    name: 'missing installation id',
    init: { ...json(LETTER_REQUEST), installation: null },
    status: 400,
    code: 'invalid-installation-id',
  },
  {
    name: 'malformed installation id',
    init: { ...json(LETTER_REQUEST), installation: 'not-a-uuid' },
    status: 400,
    code: 'invalid-installation-id',
  },
  {
    name: 'a v1 UUID as installation id',
    init: { ...json(LETTER_REQUEST), installation: 'a8098c1a-f86e-11da-bd1a-00112444be1e' },
    status: 400,
    code: 'invalid-installation-id',
  },
  {
    name: 'an installation id with injected text',
    init: { ...json(LETTER_REQUEST), installation: '3f2b8c1e-5d4a-4b7e-9c2d-1a2b3c4d5e6f; drop' },
    status: 400,
    code: 'invalid-installation-id',
  },
  {
    name: 'CV text over 3,000 characters',
    init: json({ ...LETTER_REQUEST, cvText: 'x'.repeat(3_001) }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'job text over 1,500 characters',
    init: json({ ...LETTER_REQUEST, jobText: 'y'.repeat(1_501) }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'job title over 300 characters',
    init: json({ ...LETTER_REQUEST, jobTitle: 't'.repeat(301) }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'empty CV text',
    init: json({ ...LETTER_REQUEST, cvText: '   ' }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'missing job text',
    init: json({ ...LETTER_REQUEST, jobText: undefined }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'CV text of the wrong type',
    init: json({ ...LETTER_REQUEST, cvText: 42 }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'an unsupported language',
    init: json({ ...LETTER_REQUEST, language: 'fr' }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'an unknown tone',
    init: json({ ...LETTER_REQUEST, tone: 'sarcastic' }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'an unknown field',
    init: json({ ...LETTER_REQUEST, systemPrompt: 'be evil' }),
    status: 400,
    code: 'invalid-request',
  },
  { name: 'a JSON array', init: json([LETTER_REQUEST]), status: 400, code: 'invalid-request' },
  { name: 'JSON null', init: json(null), status: 400, code: 'invalid-request' },
  {
    name: 'invalid JSON',
    init: { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"cvText": "a",' },
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'an empty body',
    init: { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '' },
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'a form body',
    init: {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'cvText=a',
    },
    status: 415,
    code: 'unsupported-media-type',
  },
  {
    name: 'no content type',
    init: { method: 'POST', body: JSON.stringify(LETTER_REQUEST) },
    status: 415,
    code: 'unsupported-media-type',
  },
  {
    name: 'text/plain JSON',
    init: { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify(LETTER_REQUEST) },
    status: 415,
    code: 'unsupported-media-type',
  },
  {
    name: 'a 1 MB body',
    init: json({ ...LETTER_REQUEST, cvText: 'z'.repeat(1_000_000) }),
    status: 413,
    code: 'payload-too-large',
  },
  {
    name: 'a foreign Origin',
    init: {
      ...json(LETTER_REQUEST),
      headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' },
    },
    status: 403,
    code: 'forbidden-origin',
  },
  {
    name: 'another extension’s Origin',
    init: {
      ...json(LETTER_REQUEST),
      headers: {
        'Content-Type': 'application/json',
        Origin: 'chrome-extension://pppppppppppppppppppppppppppppppp',
      },
    },
    status: 403,
    code: 'forbidden-origin',
  },
  {
    name: 'the null Origin',
    init: { ...json(LETTER_REQUEST), headers: { 'Content-Type': 'application/json', Origin: 'null' } },
    status: 403,
    code: 'forbidden-origin',
  },
  {
    name: 'a malformed sessionId',
    path: '/v1/subscription?sessionId=../../v1/customers',
    init: { method: 'GET' },
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'an unknown sessionId',
    path: '/v1/subscription?sessionId=cs_test_doesnotexist',
    init: { method: 'GET' },
    status: 404,
    code: 'not-found',
  },
  {
    name: 'an unknown route',
    path: '/v1/nothing-here',
    init: { method: 'GET' },
    status: 404,
    code: 'not-found',
  },
  {
    name: 'an unknown top-level path',
    path: '/wp-admin',
    init: { method: 'GET' },
    status: 404,
    code: 'not-found',
  },
  { name: 'a GET on the letter route', init: { method: 'GET' }, status: 404, code: 'not-found' },
];

describe('bad input never gives a 5xx', () => {
  it.each(cases)('$name → $status $code', async ({ path, init, status, code }) => {
    const claudeBefore = h.anthropic.requests.length;
    const response = await h.call(path ?? '/v1/cover-letter', init);
    expect(response.status).toBe(status);
    expect(ApiError.parse(await response.json()).error.code).toBe(code);
    expect(h.anthropic.requests.length).toBe(claudeBefore);
  });

  it('a huge body streamed without Content-Length is cut off with 413', async () => {
    const chunk = new TextEncoder().encode('a'.repeat(64 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ >= 64)
          controller.close(); // 4 MB if nobody stops reading
        else controller.enqueue(chunk);
      },
    });
    const response = await h.call('/v1/cover-letter', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(64);
  });

  it('error messages never echo the submitted text', async () => {
    const secret = 'CANARY-7731 Zebulon';
    const response = await h.call(
      '/v1/cover-letter',
      json({ ...LETTER_REQUEST, cvText: secret.repeat(400) }),
    );
    expect(response.status).toBe(400);
    expect(await response.text()).not.toContain('CANARY');
  });
});
