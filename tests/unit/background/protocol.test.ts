import { describe, expect, it } from 'vitest';
import { type MessageType, PROTOCOL, type Wire } from '../../../extension/protocol';
import { ensureSettings } from '../../../extension/store/settings';
import { makeApp } from '../../support/make-app';
import { MemoryArea } from '../../support/memory-area';
import { contentSender, testRouter, uiSender } from '../../support/test-router';

/**
 * Every reply the background gives matches the reply schema of its row in the protocol
 * table: the schema pages are typed by is the truth, not a hope.
 */
const cvText = 'Backend engineer. Python, PostgreSQL, Docker. Five years of experience.';
const conversation: Wire[] = [
  { type: 'ping' },
  {
    type: 'capture',
    trigger: 'apply',
    draft: {
      board: 'linkedin',
      boardJobId: '1',
      url: 'https://www.linkedin.com/jobs/view/1/',
      title: 'Dev',
      source: 'board',
    },
  },
  { type: 'update-application', id: 'a', patch: { notes: 'call back' } },
  { type: 'set-status', ids: ['a'], status: 'offer' },
  { type: 'add-event', id: 'a', event: { type: 'note', date: '2026-11-21T10:00:00.000Z', note: 'x' } },
  {
    type: 'update-event',
    id: 'a',
    eventId: 'ev-a',
    event: { type: 'applied', date: '2026-11-02T10:00:00.000Z' },
  },
  { type: 'delete-event', id: 'a', eventId: 'ev-a' },
  { type: 'set-preferences', language: 'es' },
  {
    type: 'set-stages',
    stages: [
      { id: 'saved', label: 'Saved' },
      { id: 'applied', label: 'Applied' },
      { id: 'offer', label: 'Offer' },
    ],
  },
  { type: 'cv-add', fileName: 'cv.txt', text: cvText },
  {
    type: 'import-backup',
    dryRun: true,
    backup: {
      format: 'jobtrack-backup',
      schemaVersion: 1,
      exportedAt: '2026-11-20T09:00:00.000Z',
      applications: [],
      cvs: [],
    },
  },
  { type: 'delete-applications', ids: ['a'] },
  { type: 'restore-applications', applications: [makeApp('a')] },
  { type: 'delete-all-data', confirm: 'delete-all' },
];

describe('protocol replies', () => {
  it('match their reply schemas', async () => {
    const area = new MemoryArea({ 'app:a': makeApp('a') });
    await ensureSettings(area, {
      newUuid: () => '3b241101-e2bb-4255-8caf-4136c566a962',
      now: () => new Date(),
    });
    const route = testRouter(area);
    const seen = new Set<MessageType>();
    for (const message of conversation) {
      const sender = PROTOCOL[message.type].from === 'content' ? contentSender : uiSender;
      const result = await route(message, sender);
      expect(result, message.type).toMatchObject({ ok: true });
      if (!result.ok) continue;
      expect(PROTOCOL[message.type].reply.safeParse(result.value).success, message.type).toBe(true);
      seen.add(message.type);
    }
    // CV versions, on the one the conversation added.
    const added = await route({ type: 'cv-add', fileName: 'other.txt', text: cvText }, uiSender);
    const id = added.ok ? (added.value as { id: string }).id : '';
    for (const message of [
      { type: 'cv-update-text', id, text: `${cvText} Kubernetes.` },
      { type: 'cv-set-default', id },
      { type: 'cv-delete', id },
    ] as const) {
      const result = await route(message, uiSender);
      expect(result.ok && PROTOCOL[message.type].reply.safeParse(result.value).success, message.type).toBe(
        true,
      );
      seen.add(message.type);
    }
    // Capture's Undo, Open and manual save need browser effects: background-capture.test.ts.
    // Pro's rows need the backend fake: pro.test.ts checks every reply against its row.
    const untested = Object.keys(PROTOCOL).filter(
      (type) => !seen.has(type as MessageType) && !type.startsWith('pro-'),
    );
    expect(untested.sort()).toEqual(['open-application', 'save-active-tab', 'undo-capture']);
  });
});
