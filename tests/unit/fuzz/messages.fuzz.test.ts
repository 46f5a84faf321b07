import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProEffects } from '../../../extension/background/pro';
import { classifySender } from '../../../extension/background/sender';
import { errorText } from '../../../extension/i18n/errors';
import { errorEn } from '../../../extension/i18n/strings/errors';
import { createProClient } from '../../../extension/pro/client';
import { type MessageType, type Payload, PROTOCOL } from '../../../extension/protocol';
import type { Result } from '../../../extension/protocol/result';
import { defaultPreferences } from '../../../extension/store/schema';
import { counter, FUZZ_RUNS, fastArea, fuzzOptions, fuzzSeed, mutated } from '../../support/fuzz';
import { makeApp } from '../../support/make-app';
import { contentSender, OWN_ID, OWN_ORIGIN, testRouter, uiSender } from '../../support/test-router';

/**
 * Messages to the background, generated: any value, valid messages with leaves swapped,
 * keys dropped or added, and valid messages from senders that are not ours. The router
 * must always answer a Result — never throw, never reject — and a refusal changes nothing.
 */

const SEED = fuzzSeed();

const draft = {
  board: 'linkedin',
  boardJobId: '4099887766',
  url: 'https://www.linkedin.com/jobs/view/4099887766/',
  title: 'Data Analyst',
  company: 'Orbital Foods',
  source: 'board',
} as const;
/** The Pro requests' letter options (protocol/pro.ts). */
const LETTER_OPTIONS = { language: 'en', tone: 'warm', length: 'short' } as const;

/**
 * Valid payloads for every row of the protocol table (protocol/index.ts), Pro's included:
 * typed from the table, so a new row does not compile until it has a template here.
 */
const PAYLOADS: { [K in MessageType]: readonly Payload<K>[] } = {
  ping: [{}],
  capture: [{ trigger: 'apply', draft }],
  'undo-capture': [{ token: 'x' }],
  'open-application': [{ id: 'a' }],
  'save-active-tab': [{}],
  'update-application': [{ id: 'a', patch: { title: 'New', notes: 'x' } }],
  'set-status': [{ ids: ['a', 'b'], status: 'offer' }],
  'add-event': [{ id: 'a', event: { type: 'interview', date: '2026-11-25T15:00:00.000Z', note: 'n' } }],
  'update-event': [
    { id: 'a', eventId: 'ev-a', event: { type: 'applied', date: '2026-11-02T10:00:00.000Z' } },
  ],
  'delete-event': [{ id: 'a', eventId: 'ev-a' }],
  'delete-applications': [{ ids: ['b'] }],
  'restore-applications': [{ applications: [makeApp('z')] }],
  'set-stages': [{ stages: defaultPreferences().stages }],
  'set-preferences': [{ language: 'es', theme: 'dark' }],
  'import-backup': [{ backup: { format: 'jobtrack-backup' }, dryRun: true }],
  'delete-all-data': [{ confirm: 'delete-all' }],
  'cv-add': [{ fileName: 'cv2.pdf', text: 'Nurse, ward', makeDefault: true }],
  'cv-update-text': [{ id: 'c1', text: 'Nurse, ICU' }],
  'cv-set-default': [{ id: 'c1' }],
  'cv-delete': [{ id: 'c1' }],
  'pro-status': [{}, { refresh: true }],
  'pro-checkout': [{}],
  'pro-portal': [{}],
  'pro-restore': [{ key: '7d1e4f2a-9b3c-4d5e-8f6a-0b1c2d3e4f5a' }],
  'pro-recovery-key': [{}],
  'pro-delete-record': [{ confirm: 'delete-record' }],
  'pro-set-owner-name': [{ name: 'Ana Ruiz' }],
  'pro-letter-preview': [{ id: 'a', options: LETTER_OPTIONS }],
  'pro-letter-start': [
    {
      id: 'a',
      body: { cvText: 'Nurse, ICU. [EMAIL]', jobText: 'Ward nurse', jobTitle: 'Nurse', ...LETTER_OPTIONS },
      placeholders: { '[EMAIL]': 'ana@example.com' },
    },
  ],
  'pro-letter-cancel': [{ id: 'a' }],
  'pro-letter-save': [{ id: 'a', letterId: 'l1', text: 'Dear Hiring Manager' }],
  'pro-letter-delete': [{ id: 'a', letterId: 'l1' }],
  'pro-tool-preview': [
    { id: 'a', tool: 'prep', options: { language: 'en' } },
    {
      id: 'a',
      tool: 'statement',
      options: {
        language: 'es',
        wordLimit: 300,
        criteria: [{ text: 'NMC registration', kind: 'essential' }],
      },
    },
  ],
  'pro-tool-start': [
    {
      id: 'a',
      tool: 'prep',
      body: { cvText: 'Nurse, ICU. [EMAIL]', jobText: 'Ward nurse', jobTitle: 'Nurse', language: 'en' },
      placeholders: { '[EMAIL]': 'ana@example.com' },
    },
  ],
  'pro-tool-cancel': [{ id: 'a', tool: 'statement' }],
  'pro-tool-save': [{ id: 'a', tool: 'prep', docId: 'd1', text: 'QUESTION (technical): Why?' }],
  'pro-tool-delete': [{ id: 'a', tool: 'statement', docId: 'd1' }],
  'pro-prep-note': [{ id: 'a', question: 'Why this ward?', note: 'Mention the rota' }],
};

type Template = { type: MessageType } & Record<string, unknown>;
const templatesFrom = (from: 'content' | 'ui'): Template[] =>
  (Object.keys(PAYLOADS) as MessageType[])
    .filter((type) => PROTOCOL[type].from === from)
    .flatMap((type) => PAYLOADS[type].map((payload): Template => ({ ...payload, type })));
const CONTENT_TEMPLATES = templatesFrom('content');
const UI_TEMPLATES = templatesFrom('ui');

/**
 * Pro's browser side with a backend that is down: every call it makes is counted and
 * answered 503, so a generated Pro message runs the real handlers and client without a
 * network, and a refused sender can be shown to have caused no call at all.
 */
function fakePro() {
  const calls: string[] = [];
  const effects: ProEffects = {
    backendUrl: 'https://jobtrack-api.example',
    client: createProClient({
      baseUrl: 'https://jobtrack-api.example',
      fetch: async (input) => {
        calls.push(String(input));
        return new Response(
          JSON.stringify({ error: { code: 'upstream-unavailable', message: 'Down for the test.' } }),
          { status: 503, headers: { 'Content-Type': 'application/json' } },
        );
      },
      isOnline: () => true,
    }),
    session: fastArea({}),
    openTab: async (url) => void calls.push(`tab ${url}`),
    setUninstallUrl: async () => {},
    scheduleRefresh: async () => {},
    language: () => 'en',
  };
  return { calls, effects };
}

const anySender = fc.record(
  {
    id: fc.oneof(fc.constant(OWN_ID), fc.string({ maxLength: 40 }), fc.constant(undefined)),
    url: fc.oneof(
      fc.constantFrom(
        `${OWN_ORIGIN}/popup.html`,
        'https://www.linkedin.com/jobs/view/1/',
        'http://www.linkedin.com/jobs/view/1/',
        'chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba/popup.html',
        'https://evil.example/',
        'file:///etc/passwd',
        'javascript:alert(1)',
        'not a url',
      ),
      fc.webUrl(),
      fc.string({ maxLength: 40 }),
      fc.constant(undefined),
    ),
    tab: fc.oneof(fc.constant(undefined), fc.record({ id: fc.integer() }), fc.anything({ maxDepth: 1 })),
    origin: fc.oneof(fc.constant(undefined), fc.string({ maxLength: 30 })),
  },
  { requiredKeys: [] },
);

function checkResult(result: Result<unknown>) {
  expect(typeof result.ok).toBe('boolean');
  if (!result.ok) {
    // A code the pages can word (i18n/errors.ts), in both languages.
    expect(Object.keys(errorEn)).toContain(`error.${result.error.code}`);
    expect(errorText('en', result.error).length).toBeGreaterThan(5);
    expect(errorText('es', result.error).length).toBeGreaterThan(5);
  }
}

/** Backend calls over all cases: the Pro templates must have reached the handlers. */
let backendCallsTotal = 0;

async function send(message: unknown, sender: Parameters<ReturnType<typeof testRouter>>[1]) {
  const area = fastArea(SEED);
  const before = area.fingerprint();
  const pro = fakePro();
  const result = await testRouter(area, { pro: pro.effects })(message, sender);
  checkResult(result);
  if (!result.ok) expect(area.fingerprint()).toBe(before);
  backendCallsTotal += pro.calls.length;
  return { result, area, before, backendCalls: pro.calls };
}

describe('fuzz: messages to the background', { timeout: 120_000 }, () => {
  it('generates from every row of the protocol table, Pro included', () => {
    const generated = new Set([...CONTENT_TEMPLATES, ...UI_TEMPLATES].map((template) => template.type));
    expect([...generated].sort()).toEqual(Object.keys(PROTOCOL).sort());
    expect([...generated].filter((type) => type.startsWith('pro-')).length).toBeGreaterThanOrEqual(18);
  });

  it(`any value from a content script or an extension page: a Result, and a refusal changes nothing (${FUZZ_RUNS} cases)`, async () => {
    const { state, count } = counter();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          { weight: 1, arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true }) },
          { weight: 4, arbitrary: fc.constantFrom(...CONTENT_TEMPLATES, ...UI_TEMPLATES).chain(mutated) },
        ),
        fc.boolean(),
        async (message, fromContent) => {
          count(message);
          await send(message, fromContent ? contentSender : uiSender);
        },
      ),
      fuzzOptions(),
    );
    expect(backendCallsTotal).toBeGreaterThan(0);
    expect(state.cases).toBeGreaterThanOrEqual(FUZZ_RUNS);
  });

  it(`valid messages from a wrong sender are refused and change nothing (${FUZZ_RUNS} cases)`, async () => {
    const { state, count } = counter();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...CONTENT_TEMPLATES, ...UI_TEMPLATES),
        anySender,
        async (message, sender) => {
          count(message);
          const kind = classifySender(sender, OWN_ID, OWN_ORIGIN);
          const { result, area, before, backendCalls } = await send(message, sender);
          if (!kind) {
            expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
            expect(area.fingerprint()).toBe(before);
            expect(area.writes).toBe(0);
            expect(backendCalls).toEqual([]);
          }
          // A content script may never reach an extension page's requests, nor the backend.
          if (kind === 'content' && PROTOCOL[message.type].from === 'ui') {
            expect(result.ok).toBe(false);
            expect(backendCalls).toEqual([]);
          }
        },
      ),
      fuzzOptions(),
    );
    expect(state.cases).toBeGreaterThanOrEqual(FUZZ_RUNS);
  });
});
