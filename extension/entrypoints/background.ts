import {
  createCaptureEffects,
  startManualCaptureTriggers,
  startTabBadges,
} from '../background/capture-browser';
import { startFirstScreen } from '../background/first-screen';
import { startPro } from '../background/pro';
import { createProEffects } from '../background/pro-browser';
import { startReminders } from '../background/reminders';
import { createRouter } from '../background/router';
import { prepareStorage } from '../store/prepare';
import { createWriteQueue } from '../store/write-queue';

export default defineBackground(() => {
  const area = chrome.storage.local;
  // Content scripts never see stored data (applications, CV, installation id). Firefox has
  // no setAccessLevel (its storage.local is open to content scripts; ours never read it).
  if (typeof chrome.storage.local.setAccessLevel === 'function') {
    void chrome.storage.local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
  }

  const queue = createWriteQueue();
  const deps = {
    now: () => new Date(),
    newId: () => crypto.randomUUID(),
    newUuid: () => crypto.randomUUID(),
  };
  // Runs on every service-worker start, including install and update: migrations first,
  // then settings and the installation id. Queued ahead of any message's write.
  const ready = queue.run(async () => {
    const plan = await prepareStorage(area, deps);
    if (plan.problems.length) console.warn('JobTrack: stored records need attention', plan.problems);
    return plan;
  });

  // Follow-up and interview reminders: alarms re-synced from stored events, notifications.
  startReminders(area, ready);
  // The pages' first screenful, kept ready in session storage (popup at 5,000 applications).
  startFirstScreen(ready);

  const backgroundContext = {
    area,
    queue,
    ready,
    ownId: chrome.runtime.id,
    ownOrigin: chrome.runtime.getURL('').replace(/\/$/, ''),
    ...deps,
    // Badge, Undo/Open and manual capture (popup button, context menu, shortcut).
    capture: createCaptureEffects(),
    // The backend (set at build time): Checkout, subscription, letters; Pro actions only.
    pro: createProEffects(import.meta.env.WXT_BACKEND_URL as string),
  };
  const route = createRouter(backgroundContext);
  startManualCaptureTriggers(backgroundContext);
  // The badge from the tab's URL: board pages send nothing on load (capture/loader.ts).
  startTabBadges(backgroundContext);
  startPro(backgroundContext);
  // webextension-polyfill: a listener's returned promise is the answer.
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
});
