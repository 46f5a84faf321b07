import { resolveLanguage } from '../i18n/strings';
import { appIdOf, appKey, isAppKey, SETTINGS_KEY } from '../store/keys';
import { applicationsOf, parseSummary, settingsOf } from '../store/records';
import type { StorageArea } from '../store/storage-area';

/**
 * Follow-up and interview reminders. An event with a future `remindAt` gets a chrome alarm
 * named reminder:<applicationId>:<eventId>. Chrome keeps alarms across browser restarts,
 * but not across every update or a cleared profile, so the worker re-syncs them from the
 * stored events on start and whenever an application changes. When the alarm fires, a
 * notification names the job; clicking it opens tracker.html?id=<applicationId>.
 */

export const REMINDER_PREFIX = 'reminder:';

export interface PlannedReminder {
  name: string;
  when: number;
}

export function reminderName(appId: string, eventId: string): string {
  return `${REMINDER_PREFIX}${appId}:${eventId}`;
}

/** Splits an alarm or notification name. Event ids are UUIDs (no ':'), so split at the last ':'. */
export function parseReminderName(name: string): { appId: string; eventId: string } | undefined {
  if (!name.startsWith(REMINDER_PREFIX)) return undefined;
  const rest = name.slice(REMINDER_PREFIX.length);
  const at = rest.lastIndexOf(':');
  if (at <= 0 || at === rest.length - 1) return undefined;
  return { appId: rest.slice(0, at), eventId: rest.slice(at + 1) };
}

/** The reminders stored records ask for, from now on. Pure. */
export function plannedReminders(snapshot: Record<string, unknown>, now: number): PlannedReminder[] {
  const out: PlannedReminder[] = [];
  for (const app of applicationsOf(snapshot).applications) {
    for (const event of app.events) {
      if (!event.remindAt) continue;
      const when = Date.parse(event.remindAt);
      if (when > now) out.push({ name: reminderName(app.id, event.id), when });
    }
  }
  return out;
}

export interface AlarmsApi {
  getAll(): Promise<{ name: string; scheduledTime: number }[]>;
  create(name: string, info: { when: number }): Promise<void> | void;
  clear(name: string): Promise<boolean>;
}

/**
 * Makes the reminder alarms match the stored events: creates missing ones, moves changed
 * ones, clears those whose event is gone. `onlyAppIds` limits the work to changed records.
 */
export async function syncReminderAlarms(
  area: StorageArea,
  alarms: AlarmsApi,
  now: number,
  onlyAppIds?: ReadonlySet<string>,
): Promise<void> {
  const keys = onlyAppIds ? [...onlyAppIds].map(appKey) : null;
  const wanted = plannedReminders(await area.get(keys), now);
  const existing = (await alarms.getAll()).filter((alarm) => {
    const parsed = parseReminderName(alarm.name);
    return parsed && (!onlyAppIds || onlyAppIds.has(parsed.appId));
  });
  const wantedByName = new Map(wanted.map((reminder) => [reminder.name, reminder]));
  for (const alarm of existing) {
    const want = wantedByName.get(alarm.name);
    if (!want || want.when !== alarm.scheduledTime) await alarms.clear(alarm.name);
    else wantedByName.delete(alarm.name);
  }
  for (const reminder of wantedByName.values()) await alarms.create(reminder.name, { when: reminder.when });
}

export interface ReminderNotice {
  title: string;
  message: string;
}

const WORDS = {
  en: { interview: 'Interview', reminder: 'Follow-up' },
  es: { interview: 'Entrevista', reminder: 'Recordatorio' },
} as const;

/**
 * What the notification says for a reminder, or undefined if its event is gone. Worded in
 * the user's language preference, else the browser's.
 */
export async function reminderNotice(
  area: StorageArea,
  name: string,
  browserLanguage = globalThis.navigator?.language,
): Promise<ReminderNotice | undefined> {
  const target = parseReminderName(name);
  if (!target) return undefined;
  const key = appKey(target.appId);
  const stored = await area.get([key, SETTINGS_KEY]);
  const app = parseSummary(stored[key]);
  if (!app) return undefined;
  const event = app.events.find((e) => e.id === target.eventId);
  if (!event) return undefined;
  const lang = resolveLanguage(settingsOf(stored)?.preferences.language ?? 'auto', browserLanguage);
  const what = event.type === 'interview' ? WORDS[lang].interview : WORDS[lang].reminder;
  const when = new Date(event.date).toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const title = `${what}: ${app.title}`.slice(0, 120);
  const message = [app.company, when, event.note].filter(Boolean).join(' · ').slice(0, 300);
  return { title, message };
}

/** The page a clicked reminder opens: the tracker on that application. */
export function reminderTarget(
  notificationId: string,
  extensionUrl: (path: string) => string,
): string | undefined {
  const target = parseReminderName(notificationId);
  return target ? extensionUrl(`/tracker.html?id=${encodeURIComponent(target.appId)}`) : undefined;
}

/** Wires alarms and notifications in the service worker. */
export function startReminders(area: StorageArea, ready: Promise<unknown>): void {
  const alarms: AlarmsApi = chrome.alarms;

  chrome.alarms.onAlarm.addListener((alarm) => {
    void (async () => {
      const notice = await reminderNotice(area, alarm.name);
      if (!notice) return;
      await chrome.notifications.create(alarm.name, {
        type: 'basic',
        iconUrl: chrome.runtime.getURL('/icon/128.png'),
        title: notice.title,
        message: notice.message || notice.title,
        priority: 1,
      });
    })();
  });
  chrome.notifications.onClicked.addListener((id) => {
    const url = reminderTarget(id, (path) => chrome.runtime.getURL(path));
    if (!url) return;
    void chrome.tabs.create({ url });
    void chrome.notifications.clear(id);
  });
  chrome.storage.onChanged.addListener((changes, areaName) => {
    if (areaName !== 'local') return;
    const ids = new Set(Object.keys(changes).filter(isAppKey).map(appIdOf));
    if (ids.size) void syncReminderAlarms(area, alarms, Date.now(), ids);
  });
  // Listeners above are registered synchronously (an alarm may be what woke the worker);
  // the full re-sync waits for migrations.
  void ready.then(() => syncReminderAlarms(area, alarms, Date.now()));
}
