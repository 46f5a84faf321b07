import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkoutSessionFrom, PRO_REFRESH_ALARM, type ProEffects } from '../../../extension/background/pro';
import { createProClient } from '../../../extension/pro/client';
import { type Payload, PROTOCOL, type Wire } from '../../../extension/protocol';
import { LetterPreview, type ToolOptions, ToolPreview } from '../../../extension/protocol/pro';
import type { Result } from '../../../extension/protocol/result';
import { letterProgressKey, progressKey } from '../../../extension/store/keys';
import { defaultPreferences, LetterProgress, Settings } from '../../../extension/store/schema';
import { CoverLetterRequest } from '../../../shared/api';
import { makeApp } from '../../support/make-app';
import { MemoryArea } from '../../support/memory-area';
import { OWNER_NAME, PERSONAL_DETAILS, PRO_CV_RECORD, PRO_JOB_DESCRIPTION } from '../../support/pro-fixtures';
import { testRouter, uiSender } from '../../support/test-router';
import { type Harness, INSTALLATION, OTHER_INSTALLATION, startHarness } from '../backend/harness';

/**
 * The background's Pro handlers end to end in Node: the real backend app on the fake
 * Stripe (Search lag on) and fake Anthropic, reached through the extension's client.
 */

const BACKEND = 'https://jobtrack-api.example';
let h: Harness;
let area: MemoryArea;
let session: MemoryArea;
let online: boolean;
let tabs: string[];
let uninstallUrls: string[];
let refreshOn: boolean[];
let route: ReturnType<typeof testRouter>;

function effects(): ProEffects {
  return {
    backendUrl: BACKEND,
    client: createProClient({
      baseUrl: BACKEND,
      fetch: async (input, init) => h.app.request(String(input), init),
      isOnline: () => online,
    }),
    session,
    openTab: async (url) => void tabs.push(url),
    setUninstallUrl: async (url) => void uninstallUrls.push(url),
    scheduleRefresh: async (on) => void refreshOn.push(on),
    language: () => 'es',
  };
}

async function setup(installation = INSTALLATION, env: Record<string, string> = {}) {
  h = await startHarness(env);
  h.stripe.searchLagMs = 60_000;
  area = new MemoryArea({
    settings: {
      installationId: installation,
      installedAt: '2026-11-01T00:00:00.000Z',
      preferences: defaultPreferences(),
    },
    'cv:cv1': PRO_CV_RECORD,
    'app:a1': makeApp('a1', {
      title: 'Platform Engineer',
      company: 'Globex',
      description: PRO_JOB_DESCRIPTION,
    }),
  });
  session = new MemoryArea();
  online = true;
  tabs = [];
  uninstallUrls = [];
  refreshOn = [];
  route = testRouter(area, { pro: effects() });
}

type LetterOptions = Payload<'pro-letter-preview'>['options'];

/** Every Pro request goes through the router; every reply must match its protocol row. */
async function send(message: Wire) {
  const result = await route(message, uiSender);
  if (result.ok)
    expect(PROTOCOL[message.type].reply.safeParse(result.value).success, message.type).toBe(true);
  return result;
}
const settings = () => Settings.parse(area.snapshot().settings);
const failureOf = (result: Result<unknown>) => {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('expected a failure');
  return result.error;
};

async function goPro() {
  const result = await send({ type: 'pro-checkout' });
  expect(result.ok).toBe(true);
  const sessionId = new URL(tabs.at(-1) ?? '').pathname.split('/').at(-1) ?? '';
  h.stripe.completeCheckout(sessionId);
  // What the tabs listener does when the success page loads.
  const fromUrl = checkoutSessionFrom(`${BACKEND}/checkout/success?session_id=${sessionId}`, BACKEND);
  expect(fromUrl).toBe(sessionId);
  const status = await send({ type: 'pro-status', refresh: true });
  expect(status).toMatchObject({ ok: true, value: { pro: true } });
}

async function letter(options: LetterOptions = { language: 'en', tone: 'warm', length: 'short' }) {
  const preview = await send({ type: 'pro-letter-preview', id: 'a1', options });
  if (!preview.ok) return preview;
  const { body, placeholders } = LetterPreview.parse(preview.value);
  const started = await send({ type: 'pro-letter-start', id: 'a1', body, placeholders });
  if (!started.ok) return started;
  await vi.waitFor(async () => {
    const progress = LetterProgress.parse(
      (await session.get(letterProgressKey('a1')))[letterProgressKey('a1')],
    );
    expect(progress.status).not.toBe('streaming');
  });
  return {
    ok: true as const,
    value: LetterProgress.parse((await session.get(letterProgressKey('a1')))[letterProgressKey('a1')]),
  };
}

afterEach(async () => {
  await h.close();
});

describe('free users', () => {
  beforeEach(() => setup());

  it('send nothing: no refresh request, no uninstall URL, no alarm', async () => {
    const before = h.logs.length;
    expect(await send({ type: 'pro-status', refresh: true })).toEqual({ ok: true, value: null });
    expect(h.logs.length).toBe(before);
    expect(uninstallUrls.filter(Boolean)).toEqual([]);
    expect(refreshOn.includes(true)).toBe(false);
  });

  it('a letter is refused with the not-Pro reason', async () => {
    const result = await letter();
    expect(result.ok && result.value.failure).toEqual({ reason: 'not-pro' });
  });
});

describe('going Pro', () => {
  beforeEach(() => setup());

  it('reads Pro through the checkout session while Search lags, caches it with its time, turns on the daily refresh and the uninstall page', async () => {
    await goPro();
    const cached = settings().subscription;
    expect(cached).toMatchObject({ pro: true, status: 'active', checkedAt: '2026-11-20T09:00:00.000Z' });
    expect(refreshOn.at(-1)).toBe(true);
    const url = uninstallUrls.at(-1) ?? '';
    expect(url).toMatch(new RegExp(`^${BACKEND}/uninstall\\?token=[A-Za-z0-9_-]{43}&lang=es$`));
    expect(url).not.toContain(INSTALLATION);
    expect(PRO_REFRESH_ALARM).toBe('pro-refresh');
  });

  it('offline, the cached state stands', async () => {
    await goPro();
    online = false;
    expect(await send({ type: 'pro-status', refresh: true })).toMatchObject({
      ok: true,
      value: { pro: true },
    });
    expect(failureOf(await send({ type: 'pro-portal' }))).toEqual({ code: 'pro-offline' });
  });

  it('a second checkout is refused: already Pro', async () => {
    await goPro();
    expect(failureOf(await send({ type: 'pro-checkout' }))).toEqual({ code: 'pro-already-pro' });
  });

  it('Manage subscription opens the Billing Portal', async () => {
    await goPro();
    expect((await send({ type: 'pro-portal' })).ok).toBe(true);
    expect(tabs.at(-1)).toMatch(/\/portal\/bps_/);
  });
});

describe('a cover letter', () => {
  beforeEach(async () => {
    await setup();
    await goPro();
  });

  it('is written from a redacted request within both limits and saved, signed with the real name', async () => {
    const result = await letter();
    expect(result.ok && result.value.status).toBe('done');
    const [request] = h.anthropic.requests;
    const sent = JSON.stringify(request?.body);
    for (const detail of PERSONAL_DETAILS) expect(sent).not.toContain(detail);
    const app = (await area.whole())['app:a1'] as { coverLetters: { text: string; language: string }[] };
    expect(app.coverLetters).toHaveLength(1);
    expect(app.coverLetters[0]?.text).toMatch(/Kind regards,\nLucía Fernández Ortega$/);
  });

  it('the preview is exactly the request: redacted, within limits, owner name from the CV header', async () => {
    const preview = LetterPreview.parse(
      (
        (await send({
          type: 'pro-letter-preview',
          id: 'a1',
          options: { language: 'es', tone: 'direct', length: 'long' },
        })) as { value: unknown }
      ).value,
    );
    expect(() => CoverLetterRequest.parse(preview.body)).not.toThrow();
    expect(preview.body.cvText.length).toBeLessThanOrEqual(3_000);
    expect(preview.body.jobText.length).toBeLessThanOrEqual(1_500);
    expect(preview.ownerName).toBe(OWNER_NAME);
    expect(preview.body.cvText).toContain('Built the Kubernetes platform');
    expect(preview.body.jobText).toContain('5+ years with Kubernetes');
  });

  it('re-redacts what the user typed into the preview before sending', async () => {
    const preview = LetterPreview.parse(
      (
        (await send({
          type: 'pro-letter-preview',
          id: 'a1',
          options: { language: 'en', tone: 'warm', length: 'short' },
        })) as { value: unknown }
      ).value,
    );
    const body = { ...preview.body, cvText: `${preview.body.cvText}\nCall me on 07700 900123` };
    await send({ type: 'pro-letter-start', id: 'a1', body, placeholders: preview.placeholders });
    await vi.waitFor(() => expect(h.anthropic.requests).toHaveLength(1));
    expect(JSON.stringify(h.anthropic.requests[0]?.body)).not.toContain('900123');
  });

  it('keeps several versions; edit and delete work on one', async () => {
    await letter();
    await letter({ language: 'es', tone: 'direct', length: 'long' });
    type Stored = { coverLetters: { id: string; text: string; language: string }[] };
    const stored = async () => (await area.whole())['app:a1'] as Stored;
    expect((await stored()).coverLetters.map((l) => l.language)).toEqual(['en', 'es']);
    const first = (await stored()).coverLetters[0];
    if (!first) throw new Error('no letter was saved');
    await send({ type: 'pro-letter-save', id: 'a1', letterId: first.id, text: 'Edited.' });
    expect((await stored()).coverLetters[0]?.text).toBe('Edited.');
    await send({ type: 'pro-letter-delete', id: 'a1', letterId: first.id });
    expect((await stored()).coverLetters).toHaveLength(1);
  });

  it('an upstream failure ends with the service-down reason; offline sends nothing', async () => {
    h.anthropic.setScenario({ kind: 'status', status: 500 });
    expect((await letter()).ok && (await session.get(letterProgressKey('a1')))).toBeTruthy();
    const progress = LetterProgress.parse(
      (await session.get(letterProgressKey('a1')))[letterProgressKey('a1')],
    );
    expect(progress.failure).toEqual({ reason: 'service-down' });
    online = false;
    const requests = h.anthropic.requests.length;
    const offline = await letter();
    expect(offline.ok && offline.value.failure).toEqual({ reason: 'offline' });
    expect(h.anthropic.requests.length).toBe(requests);
  });

  it('a stream cut mid-letter is interrupted and keeps its text so far', async () => {
    h.anthropic.setScenario({ kind: 'error-mid-stream', afterChunks: 2 });
    const result = await letter();
    expect(result.ok && result.value.failure).toEqual({ reason: 'interrupted' });
    expect(result.ok && result.value.text).toMatch(/^Dear Hiring Manager/);
  });
});

describe('interview prep and the supporting statement', () => {
  beforeEach(async () => {
    await setup();
    await goPro();
  });

  async function tool(toolName: 'prep' | 'statement', options: ToolOptions) {
    const preview = await send({ type: 'pro-tool-preview', id: 'a1', tool: toolName, options });
    expect(preview.ok).toBe(true);
    const { body, placeholders } = ToolPreview.parse(preview.ok && preview.value);
    const started = await send({ type: 'pro-tool-start', id: 'a1', tool: toolName, body, placeholders });
    expect(started.ok).toBe(true);
    const key = progressKey(toolName, 'a1');
    await vi.waitFor(async () => {
      expect(LetterProgress.parse((await session.get(key))[key]).status).not.toBe('streaming');
    });
    return { body, progress: LetterProgress.parse((await session.get(key))[key]) };
  }

  it('interview prep sends the redacted excerpts with the match’s skills, and saves a version', async () => {
    const { body, progress } = await tool('prep', { language: 'en' });
    expect(progress.status).toBe('done');
    expect(body).toMatchObject({ matchedSkills: expect.arrayContaining(['Kubernetes']) });
    const sent = JSON.stringify(h.anthropic.requests.at(-1)?.body);
    for (const detail of PERSONAL_DETAILS) expect(sent).not.toContain(detail);
    const app = (await area.whole())['app:a1'] as { interviewPreps: { id: string; text: string }[] };
    expect(app.interviewPreps).toHaveLength(1);
    expect(app.interviewPreps[0]?.id).toBe(progress.letterId);
    expect(app.interviewPreps[0]?.text).toContain('QUESTION (technical)');
  });

  it('a statement redacts the typed evidence, keeps it as typed locally, and refuses a second run while one streams', async () => {
    const evidence = 'Led the on-call rota; call me on +34 612 345 678';
    const { body, progress } = await tool('statement', {
      language: 'en',
      wordLimit: 200,
      criteria: [{ text: 'On-call experience', kind: 'essential', evidence }],
    });
    expect(progress.status).toBe('done');
    expect(JSON.stringify(body)).not.toContain('612 345 678');
    expect(JSON.stringify(h.anthropic.requests.at(-1)?.body)).not.toContain('612 345 678');
    const app = (await area.whole())['app:a1'] as {
      statements: { text: string; wordLimit: number; criteria: { evidence: string }[] }[];
    };
    expect(app.statements[0]).toMatchObject({ wordLimit: 200, criteria: [{ evidence }] });
    expect(app.statements[0]?.text).toContain('### On-call experience');

    // A second statement for the same application while one streams: busy.
    h.anthropic.setScenario({ kind: 'letter', delayMs: 150 });
    const options: ToolOptions = {
      language: 'en',
      wordLimit: 200,
      criteria: [{ text: 'A', kind: 'essential', evidence: '' }],
    };
    const preview = ToolPreview.parse(
      ((await send({ type: 'pro-tool-preview', id: 'a1', tool: 'statement', options })) as { value: unknown })
        .value,
    );
    const start: Wire<'pro-tool-start'> = {
      type: 'pro-tool-start',
      id: 'a1',
      tool: 'statement',
      body: preview.body,
      placeholders: preview.placeholders,
    };
    expect((await send(start)).ok).toBe(true);
    expect(failureOf(await send(start))).toEqual({ code: 'pro-busy' });
    expect((await send({ type: 'pro-tool-cancel', id: 'a1', tool: 'statement' })).ok).toBe(true);
    const key = progressKey('statement', 'a1');
    await vi.waitFor(async () => {
      expect(LetterProgress.parse((await session.get(key))[key])).toMatchObject({
        status: 'error',
        failure: { reason: 'interrupted' },
      });
    });
  });

  it('practice notes are saved per question and removed when emptied', async () => {
    expect(
      (await send({ type: 'pro-prep-note', id: 'a1', question: 'Why us?', note: 'Their open data work.' }))
        .ok,
    ).toBe(true);
    expect(((await area.whole())['app:a1'] as { prepNotes: object }).prepNotes).toEqual({
      'Why us?': 'Their open data work.',
    });
    await send({ type: 'pro-prep-note', id: 'a1', question: 'Why us?', note: ' ' });
    expect(((await area.whole())['app:a1'] as { prepNotes: object }).prepNotes).toEqual({});
  });
});

describe('rate limits', () => {
  it('say when to retry', async () => {
    await setup(INSTALLATION, { RATE_LIMIT_LETTERS_PER_HOUR: '1' });
    await goPro();
    await letter();
    const second = await letter();
    const failure = second.ok ? second.value.failure : undefined;
    expect(failure?.reason).toBe('rate-limited');
    expect(failure?.retryAfterSeconds).toBeGreaterThan(0);
  });
});

describe('recovery and deletion', () => {
  it('Restore Pro on a fresh install takes the recovery key once the backend confirms', async () => {
    await setup();
    await goPro();
    const key = ((await send({ type: 'pro-recovery-key' })) as { value: { key: string } }).value.key;
    expect(key).toBe(INSTALLATION);
    // A fresh install elsewhere: another installation id, same backend.
    const backend = h;
    area = new MemoryArea({
      settings: {
        installationId: OTHER_INSTALLATION,
        installedAt: '2026-11-02T00:00:00.000Z',
        preferences: defaultPreferences(),
      },
    });
    route = testRouter(area, { pro: effects() });
    h = backend;
    expect(failureOf(await send({ type: 'pro-restore', key: OTHER_INSTALLATION }))).toEqual({
      code: 'pro-invalid-key',
    });
    expect(await send({ type: 'pro-restore', key: key.toUpperCase() })).toMatchObject({
      ok: true,
      value: { pro: true },
    });
    expect(settings()).toMatchObject({ installationId: INSTALLATION, subscription: { pro: true } });
  });

  it('Delete my subscription record cancels, forgets the cache, clears the uninstall URL and the alarm', async () => {
    await setup();
    await goPro();
    expect(await send({ type: 'pro-delete-record', confirm: 'delete-record' })).toEqual({
      ok: true,
      value: { deleted: true },
    });
    expect(settings().subscription).toBeUndefined();
    expect(uninstallUrls.at(-1)).toBe('');
    expect(refreshOn.at(-1)).toBe(false);
    expect([...h.stripe.subscriptions.values()].every((s) => s.status === 'canceled')).toBe(true);
    expect(h.stripe.customers.size).toBe(0);
  });
});
