import { afterEach, describe, expect, it } from 'vitest';
import { FixedWindowLimiter } from '../../../backend/http/rate-limit.js';
import { ApiError } from '../../../shared/api.js';
import { type Harness, INSTALLATION, LETTER_REQUEST, OTHER_INSTALLATION, startHarness } from './harness.js';

describe('FixedWindowLimiter', () => {
  it('allows the limit per window, then answers seconds until the window resets', () => {
    let now = 1_000_000;
    const limiter = new FixedWindowLimiter(3, 60_000, () => now);
    expect([1, 2, 3].map(() => limiter.hit('a').allowed)).toEqual([true, true, true]);
    expect(limiter.hit('a')).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(limiter.hit('b').allowed).toBe(true);
    now += 45_000;
    expect(limiter.hit('a')).toEqual({ allowed: false, retryAfterSeconds: 15 });
    now += 15_000;
    expect(limiter.hit('a').allowed).toBe(true);
  });

  it('keeps memory bounded under a flood of distinct keys', () => {
    const limiter = new FixedWindowLimiter(1, 60_000, () => 0, 100);
    for (let i = 0; i < 10_000; i++) limiter.hit(`key-${i}`);
    // The most recent keys are still counted; the oldest were forgotten.
    expect(limiter.hit('key-9999').allowed).toBe(false);
    expect(limiter.hit('key-0').allowed).toBe(true);
  });
});

describe('rate limits on the API (per instance)', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
  });

  it('limits one installation per minute with 429, Retry-After and the error shape', async () => {
    h = await startHarness({ RATE_LIMIT_INSTALLATION_PER_MINUTE: '3' });
    for (let i = 0; i < 3; i++) expect((await h.call('/v1/subscription')).status).toBe(200);
    const limited = await h.call('/v1/subscription');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(ApiError.parse(await limited.json()).error.code).toBe('rate-limited');
    // Another installation is not affected, and the window passes.
    expect((await h.call('/v1/subscription', { installation: OTHER_INSTALLATION })).status).toBe(200);
    h.clock.now += 60_000;
    expect((await h.call('/v1/subscription')).status).toBe(200);
  });

  it('limits one IP across installations', async () => {
    h = await startHarness({ RATE_LIMIT_IP_PER_MINUTE: '2' });
    const from = (ip: string, installation: string) =>
      h?.call('/v1/subscription', { installation, headers: { 'X-Forwarded-For': `${ip}, 10.0.0.1` } });
    expect((await from('203.0.113.7', INSTALLATION))?.status).toBe(200);
    expect((await from('203.0.113.7', OTHER_INSTALLATION))?.status).toBe(200);
    expect((await from('203.0.113.7', OTHER_INSTALLATION))?.status).toBe(429);
    expect((await from('198.51.100.4', OTHER_INSTALLATION))?.status).toBe(200);
  });

  it('limits letters per installation per hour, counting only valid requests', async () => {
    h = await startHarness({ RATE_LIMIT_LETTERS_PER_HOUR: '2' });
    await h.subscribe();
    expect((await h.postLetter({ ...LETTER_REQUEST, language: 'xx' })).status).toBe(400);
    for (let i = 0; i < 2; i++) {
      const ok = await h.postLetter(LETTER_REQUEST);
      expect(ok.status).toBe(200);
      await ok.text();
    }
    const limited = await h.postLetter(LETTER_REQUEST);
    expect(limited.status).toBe(429);
    expect(h.anthropic.requests).toHaveLength(2);
  });
});
