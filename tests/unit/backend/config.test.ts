import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_MODEL, readConfig } from '../../../backend/config.js';
import { LETTER_REQUEST, startHarness } from './harness.js';

describe('readConfig', () => {
  it('reads the environment with documented defaults', () => {
    const config = readConfig({});
    expect(config.anthropic).toMatchObject({
      apiKey: undefined,
      model: DEFAULT_MODEL,
      maxRetries: 1,
      maxTokens: 1_200,
    });
    expect(config.stripe).toMatchObject({ secretKey: undefined, priceId: undefined, apiBase: undefined });
    expect(config.allowedOrigins).toEqual([]);
    expect(config.subscriptionCacheMs).toBe(60_000);
  });

  it('parses origins, SDK host overrides and numbers', () => {
    const config = readConfig({
      ALLOWED_ORIGINS:
        ' chrome-extension://abcdefghijklmnopabcdefghijklmnop/ , chrome-extension://pppppppppppppppppppppppppppppppp',
      STRIPE_API_BASE: 'http://127.0.0.1:12111',
      ANTHROPIC_BASE_URL: 'http://127.0.0.1:9000',
      PUBLIC_URL: 'https://api.example/',
      RATE_LIMIT_LETTERS_PER_HOUR: '5',
    });
    expect(config.allowedOrigins).toEqual([
      'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
      'chrome-extension://pppppppppppppppppppppppppppppppp',
    ]);
    expect(config.stripe.apiBase).toEqual({ host: '127.0.0.1', port: 12111, protocol: 'http' });
    expect(config.anthropic.baseURL).toBe('http://127.0.0.1:9000');
    expect(config.publicUrl).toBe('https://api.example');
    expect(config.rateLimit.lettersPerHour).toBe(5);
  });

  it('names the bad variables without echoing their values', () => {
    expect(() => readConfig({ ANTHROPIC_MAX_TOKENS: 'sk-secret-lots', PUBLIC_URL: 'not a url' })).toThrow(
      /ANTHROPIC_MAX_TOKENS.*PUBLIC_URL|PUBLIC_URL.*ANTHROPIC_MAX_TOKENS/,
    );
    try {
      readConfig({ ANTHROPIC_MAX_TOKENS: 'sk-secret-lots' });
    } catch (error) {
      expect(String(error)).not.toContain('sk-secret');
    }
  });
});

describe('production checks', () => {
  const base = {
    PUBLIC_URL: 'https://api.example',
    ALLOWED_ORIGINS: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
  };

  it.each([{ VERCEL_ENV: 'production' }, { NODE_ENV: 'production' }])(
    'refuse a wildcard origin (%o)',
    (mode) => {
      expect(() => readConfig({ ...mode, ...base, ALLOWED_ORIGINS: 'chrome-extension://*' })).toThrow(
        /ALLOWED_ORIGINS/,
      );
      expect(() => readConfig({ ...mode, ...base, PUBLIC_URL: '' })).toThrow(/PUBLIC_URL/);
      expect(readConfig({ ...mode, ...base }).publicUrl).toBe('https://api.example');
    },
  );

  it('do not apply to previews or the local dev server', () => {
    expect(() =>
      readConfig({ VERCEL_ENV: 'preview', ALLOWED_ORIGINS: 'chrome-extension://*' }),
    ).not.toThrow();
    expect(() =>
      readConfig({ NODE_ENV: 'production', JOBTRACK_LOCAL: '1', ALLOWED_ORIGINS: 'chrome-extension://*' }),
    ).not.toThrow();
  });
});

describe('the default model', () => {
  it('is a model id the installed SDK knows and does not mark deprecated', () => {
    const types = readFileSync('node_modules/@anthropic-ai/sdk/resources/messages/messages.d.ts', 'utf8');
    expect(types).toContain(`'${DEFAULT_MODEL}'`);
    const runtime = readFileSync('node_modules/@anthropic-ai/sdk/resources/messages/messages.js', 'utf8');
    const deprecated = /const DEPRECATED_MODELS = \{([\s\S]*?)\};/.exec(runtime)?.[1] ?? '';
    expect(deprecated).not.toContain(`'${DEFAULT_MODEL}'`);
  });

  it('draws no deprecation warning from the SDK when a letter is written', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const h = await startHarness({ ANTHROPIC_MODEL: '' });
    try {
      await h.subscribe();
      await (await h.postLetter(LETTER_REQUEST)).text();
      expect(h.anthropic.requests[0]?.body.model).toBe(DEFAULT_MODEL);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      await h.close();
    }
  });
});
