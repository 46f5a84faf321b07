import { describe, expect, it } from 'vitest';
import {
  parseReminderName,
  reminderName,
  reminderNotice,
  reminderTarget,
  syncReminderAlarms,
} from '../../../extension/background/reminders';
import { defaultPreferences } from '../../../extension/store/schema';
import { makeApp } from '../../support/make-app';
import { MemoryArea } from '../../support/memory-area';

const NOW = Date.parse('2026-11-20T09:00:00Z');

function fakeAlarms(initial: { name: string; scheduledTime: number }[] = []) {
  const alarms = new Map(initial.map((a) => [a.name, a.scheduledTime]));
  return {
    alarms,
    api: {
      getAll: async () => [...alarms].map(([name, scheduledTime]) => ({ name, scheduledTime })),
      create: (name: string, info: { when: number }) => void alarms.set(name, info.when),
      clear: async (name: string) => alarms.delete(name),
    },
  };
}

const withReminder = (id: string, remindAt: string) =>
  makeApp(id, {
    events: [
      { id: 'e1', type: 'applied', date: '2026-11-01T10:00:00.000Z' },
      { id: 'e2', type: 'interview', date: '2026-11-25T15:00:00.000Z', remindAt, note: 'Video' },
    ],
  });

describe('reminders', () => {
  it('round-trips alarm names even when the application id has a colon', () => {
    expect(parseReminderName(reminderName('url-ab:cd', 'e2'))).toEqual({ appId: 'url-ab:cd', eventId: 'e2' });
    expect(parseReminderName('something-else')).toBeUndefined();
  });

  it('creates alarms for future reminders only, moves changed ones and clears stale ones', async () => {
    const area = new MemoryArea({
      'app:a': withReminder('a', '2026-11-25T14:00:00.000Z'),
      'app:b': withReminder('b', '2026-11-19T14:00:00.000Z'), // already past
      'app:c': withReminder('c', '2026-11-30T14:00:00.000Z'),
    });
    const { alarms, api } = fakeAlarms([
      { name: 'reminder:c:e2', scheduledTime: 1 }, // moved
      { name: 'reminder:gone:e9', scheduledTime: NOW + 5 }, // event deleted
      { name: 'unrelated', scheduledTime: 1 },
    ]);
    await syncReminderAlarms(area, api, NOW);
    expect(Object.fromEntries(alarms)).toEqual({
      'reminder:a:e2': Date.parse('2026-11-25T14:00:00.000Z'),
      'reminder:c:e2': Date.parse('2026-11-30T14:00:00.000Z'),
      unrelated: 1,
    });
  });

  it('words the notification from the stored event', async () => {
    const area = new MemoryArea({ 'app:a': withReminder('a', '2026-11-25T14:00:00.000Z') });
    const notice = await reminderNotice(area, 'reminder:a:e2');
    expect(notice?.title).toMatch(/Engineer a$/);
    expect(notice?.message).toContain('Acme');
    expect(notice?.message).toContain('Video');
    expect(await reminderNotice(area, 'reminder:a:nope')).toBeUndefined();
  });

  it('speaks the preferred language, else the browser language', async () => {
    const app = { 'app:a': withReminder('a', '2026-11-25T14:00:00.000Z') };
    const spanish = new MemoryArea(app);
    expect((await reminderNotice(spanish, 'reminder:a:e2', 'es-ES'))?.title).toBe('Entrevista: Engineer a');
    const preferred = new MemoryArea({
      ...app,
      settings: {
        installationId: '3f0c9a52-6b1e-4d8a-9c47-2a5e8f1d7b60',
        installedAt: '2026-03-02T09:15:00.000Z',
        preferences: { ...defaultPreferences(), language: 'en' },
      },
    });
    expect((await reminderNotice(preferred, 'reminder:a:e2', 'es-ES'))?.title).toBe('Interview: Engineer a');
  });

  it('opens the tracker on the application when the notification is clicked', () => {
    const url = (path: string) => `chrome-extension://abc${path}`;
    expect(reminderTarget('reminder:url-ab:cd:e2', url)).toBe(
      'chrome-extension://abc/tracker.html?id=url-ab%3Acd',
    );
    expect(reminderTarget('some-other-notification', url)).toBeUndefined();
  });
});
