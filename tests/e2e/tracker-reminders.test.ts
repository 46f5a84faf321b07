import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extensionDir, type LoadedExtension, launchExtension } from '../support/extension';
import { makeApp } from '../support/make-app';
import { seedStorage } from '../support/tracker-e2e';

const NAME = 'reminder:linkedin-77:ev-interview';
const alarmNames = (ext: LoadedExtension) =>
  (ext.context.serviceWorkers().at(-1) ?? ext.worker).evaluate(async () =>
    (await chrome.alarms.getAll()).map((alarm) => alarm.name),
  );

describe('reminder alarms', () => {
  it('survive a browser restart, and are re-created from stored events when lost', async () => {
    // A copy of the build at a fixed path: the same extension id across launches.
    const copy = mkdtempSync(join(tmpdir(), 'jobtrack-reminders-'));
    cpSync(extensionDir(), copy, { recursive: true });
    const remindAt = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const app = makeApp('linkedin-77', {
      events: [
        { id: 'ev-applied', type: 'applied', date: '2026-11-01T10:00:00.000Z' },
        {
          id: 'ev-interview',
          type: 'interview',
          date: new Date(Date.now() + 3 * 86_400_000).toISOString(),
          remindAt,
        },
      ],
    });

    const first = await launchExtension({ extensionPath: copy });
    await seedStorage(first, { 'app:linkedin-77': app });
    await expect.poll(() => alarmNames(first), { timeout: 5000 }).toContain(NAME);
    await first.close({ keepProfile: true });

    const second = await launchExtension({ extensionPath: copy, userDataDir: first.userDataDir });
    await expect.poll(() => alarmNames(second), { timeout: 5000 }).toContain(NAME);
    // Lose every alarm (as a cleared profile or some updates do), then restart.
    await (second.context.serviceWorkers().at(-1) ?? second.worker).evaluate(() => chrome.alarms.clearAll());
    expect(await alarmNames(second)).not.toContain(NAME);
    await second.close({ keepProfile: true });

    const third = await launchExtension({ extensionPath: copy, userDataDir: first.userDataDir });
    await expect.poll(() => alarmNames(third), { timeout: 5000 }).toContain(NAME);
    const when = await (third.context.serviceWorkers().at(-1) ?? third.worker).evaluate(
      async (name) => (await chrome.alarms.get(name))?.scheduledTime,
      NAME,
    );
    expect(when).toBe(Date.parse(remindAt));
    await third.close();
    rmSync(copy, { recursive: true, force: true });
  });
});
