import { describe, expect, it } from 'vitest';
import { errorText } from '../../../extension/i18n/errors';
import { defaultPreferences } from '../../../extension/store/schema';
import { fuzzSeed } from '../../support/fuzz';
import { makeApp } from '../../support/make-app';
import { MemoryArea } from '../../support/memory-area';
import { testRouter, uiSender } from '../../support/test-router';

/**
 * Storage that fails: every request the pages can make, with the area refusing its first,
 * second, … write (a full quota, or any other storage error). The user is told with the
 * right sentence, and what was stored before is exactly what is stored after — no request
 * leaves half of its writes behind.
 */

class FailingArea extends MemoryArea {
  calls = 0;
  constructor(
    initial: Record<string, unknown>,
    private readonly failAt: number,
    private readonly error: Error,
  ) {
    super(initial, 'microtask');
  }
  private maybeFail() {
    this.calls++;
    if (this.calls === this.failAt) throw this.error;
  }
  override async set(items: Record<string, unknown>) {
    this.maybeFail();
    return super.set(items);
  }
  override async remove(keys: string | string[]) {
    this.maybeFail();
    return super.remove(keys);
  }
}

const SEED = fuzzSeed({
  'cv:c2': {
    id: 'c2',
    fileName: 'old.pdf',
    addedAt: '2026-10-01T10:00:00.000Z',
    text: 'Cook',
    isDefault: false,
  },
});

const REQUESTS: Record<string, unknown>[] = [
  { type: 'update-application', id: 'a', patch: { title: 'New', notes: 'x' } },
  { type: 'set-status', ids: ['a', 'b'], status: 'offer' },
  {
    type: 'add-event',
    id: 'a',
    event: { type: 'interview', date: '2026-11-25T15:00:00.000Z', remindAt: '2026-11-25T14:00:00.000Z' },
  },
  {
    type: 'update-event',
    id: 'a',
    eventId: 'ev-a',
    event: { type: 'applied', date: '2026-11-02T10:00:00.000Z' },
  },
  { type: 'delete-event', id: 'a', eventId: 'ev-a' },
  { type: 'delete-applications', ids: ['a', 'b'] },
  { type: 'restore-applications', applications: [makeApp('z'), makeApp('y')] },
  { type: 'set-stages', stages: [...defaultPreferences().stages, { id: 'phone', label: 'Phone' }] },
  { type: 'set-preferences', language: 'es', theme: 'dark' },
  {
    type: 'import-backup',
    backup: {
      format: 'jobtrack-backup',
      schemaVersion: 1,
      exportedAt: '2026-11-20T09:00:00.000Z',
      applications: [makeApp('n'), makeApp('a', { notes: 'newer', updatedAt: '2026-11-05T10:00:00.000Z' })],
      cvs: [
        { id: 'c2', fileName: 'b.pdf', addedAt: '2026-11-01T10:00:00.000Z', text: 'Cook', isDefault: true },
      ],
    },
    dryRun: false,
  },
  { type: 'delete-all-data', confirm: 'delete-all' },
  { type: 'cv-add', fileName: 'new.txt', text: 'Backend engineer', makeDefault: true },
  { type: 'cv-update-text', id: 'c1', text: 'Nurse, ICU' },
  { type: 'cv-set-default', id: 'c2' },
  { type: 'cv-delete', id: 'c1' },
];

const FAULTS: [string, Error, string, RegExp][] = [
  ['a full quota', new Error('QUOTA_BYTES quota exceeded'), 'quota-exceeded', /storage for JobTrack is full/],
  [
    'any other storage error',
    new Error('IO error: .../LOG: Input/output error'),
    'storage-error',
    /could not save/,
  ],
];

describe('storage that refuses a write', () => {
  for (const [fault, error, code, sentence] of FAULTS) {
    it.each(REQUESTS.map((r) => [r.type, r] as const))(
      `%s under ${fault}: told, and nothing half-written`,
      async (_type, request) => {
        // How many writes the request makes when nothing fails.
        const clean = new FailingArea(SEED, 0, error);
        const cleanResult = await testRouter(clean)(request, uiSender);
        expect(cleanResult, JSON.stringify(cleanResult)).toMatchObject({ ok: true });
        expect(clean.calls).toBeGreaterThan(0);
        for (let failAt = 1; failAt <= clean.calls; failAt++) {
          const area = new FailingArea(SEED, failAt, error);
          const before = area.fingerprint();
          const result = await testRouter(area)(request, uiSender);
          expect(result, `write ${failAt} of ${clean.calls}`).toMatchObject({ ok: false, error: { code } });
          if (!result.ok) expect(errorText('en', result.error)).toMatch(sentence);
          expect(area.fingerprint(), `write ${failAt} of ${clean.calls} failed`).toBe(before);
        }
      },
    );
  }
});
