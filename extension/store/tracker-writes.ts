import type { Application, ApplicationEvent } from '../model/application';
import type { StoreDeps } from './applications';
import { fieldPath, StoreError } from './errors';
import { isAppKey, META_KEY, SETTINGS_KEY } from './keys';
import { unpackSummary } from './packed-summary';
import {
  applicationKeys,
  readApplicationIn,
  readApplicationsById,
  readPreferences,
  writeApplications,
} from './records';
import {
  type ApplicationPatch,
  defaultPreferences,
  type EventInput,
  type Preferences,
  Settings,
  StoredApplication,
} from './schema';
import type { StorageArea } from './storage-area';

/**
 * The tracker's edits, each a read-modify-write of the records it names. Every function
 * here runs inside the write queue (see background/tracker.ts) and throws a StoreError
 * whose code the page words for the user.
 */

const MAX_EVENTS = 500;

async function readOne(area: StorageArea, id: string): Promise<Application> {
  const app = await readApplicationIn(area, id);
  if (!app) throw new StoreError({ code: 'application-missing' });
  return app;
}

/** Validates the record as it would be stored, so nothing invalid is ever written. */
function checked(app: Application): Application {
  const parsed = StoredApplication.safeParse(app);
  if (!parsed.success) {
    const field = fieldPath(parsed.error.issues[0]?.path ?? []) || 'record';
    throw new StoreError({ code: 'invalid-record', params: { field } });
  }
  return parsed.data;
}

const OPTIONAL_TEXT = [
  'company',
  'location',
  'workplace',
  'employmentType',
  'experience',
  'description',
] as const;

export async function updateApplication(
  area: StorageArea,
  id: string,
  patch: ApplicationPatch,
  deps: StoreDeps,
): Promise<Application> {
  const existing = await readOne(area, id);
  const next: Application = { ...existing };
  if (patch.title !== undefined) next.title = patch.title;
  if (patch.url !== undefined) next.url = patch.url;
  if (patch.notes !== undefined) next.notes = patch.notes;
  for (const field of OPTIONAL_TEXT) {
    const value = patch[field];
    if (value === undefined) continue;
    if (value === '') delete next[field];
    else next[field] = value;
  }
  if (patch.description !== undefined) delete next.descriptionPartial;
  if (patch.salary !== undefined && patch.salary !== existing.salary?.text) {
    if (patch.salary === '') delete next.salary;
    else next.salary = { text: patch.salary };
  }
  if (JSON.stringify(next) === JSON.stringify(existing)) return existing;
  next.updatedAt = deps.now().toISOString();
  await writeApplications(area, [checked(next)], [existing]);
  return next;
}

/** The event a move to `stage` adds: the named kinds where one exists, else a status event. */
function statusEventType(stage: string): ApplicationEvent['type'] {
  if (stage === 'applied') return 'applied';
  if (stage === 'offer') return 'offer';
  if (stage === 'rejected') return 'rejection';
  return 'status';
}

export async function setStatus(
  area: StorageArea,
  ids: readonly string[],
  status: string,
  deps: StoreDeps,
): Promise<{ changed: number }> {
  const stages = (await readPreferences(area)).stages;
  if (!stages.some((stage) => stage.id === status)) {
    throw new StoreError({ code: 'stage-missing', params: { stage: status } });
  }
  const date = deps.now().toISOString();
  const before = await readApplicationsById(area, ids);
  const changed: Application[] = [];
  for (const app of before) {
    if (app.status === status) continue;
    const event: ApplicationEvent = { id: deps.newId(), type: statusEventType(status), date, stage: status };
    // The oldest events give way when a record reaches the cap, never the new one.
    const events = [...app.events, event].slice(-MAX_EVENTS);
    changed.push(checked({ ...app, status, events, updatedAt: date }));
  }
  if (ids.length === 1 && changed.length === 0) await readOne(area, ids[0] ?? '');
  await writeApplications(area, changed, before);
  return { changed: changed.length };
}

function eventFrom(id: string, input: EventInput): ApplicationEvent {
  const event: ApplicationEvent = { id, type: input.type, date: input.date };
  if (input.note) event.note = input.note;
  if (input.stage) event.stage = input.stage;
  if (input.remindAt) event.remindAt = input.remindAt;
  return event;
}

const byDate = (a: ApplicationEvent, b: ApplicationEvent) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

export async function addEvent(
  area: StorageArea,
  id: string,
  input: EventInput,
  deps: StoreDeps,
): Promise<ApplicationEvent> {
  const app = await readOne(area, id);
  if (app.events.length >= MAX_EVENTS) {
    throw new StoreError({ code: 'too-many-events', params: { max: MAX_EVENTS } });
  }
  const event = eventFrom(deps.newId(), input);
  const events = [...app.events, event].sort(byDate);
  await writeApplications(area, [checked({ ...app, events, updatedAt: deps.now().toISOString() })], [app]);
  return event;
}

export async function updateEvent(
  area: StorageArea,
  id: string,
  eventId: string,
  input: EventInput,
  deps: StoreDeps,
): Promise<ApplicationEvent> {
  const app = await readOne(area, id);
  if (!app.events.some((event) => event.id === eventId)) {
    throw new StoreError({ code: 'event-missing' });
  }
  const event = eventFrom(eventId, input);
  const events = app.events.map((e) => (e.id === eventId ? event : e)).sort(byDate);
  await writeApplications(area, [checked({ ...app, events, updatedAt: deps.now().toISOString() })], [app]);
  return event;
}

export async function deleteEvent(
  area: StorageArea,
  id: string,
  eventId: string,
  deps: StoreDeps,
): Promise<null> {
  const app = await readOne(area, id);
  const events = app.events.filter((event) => event.id !== eventId);
  if (events.length === app.events.length) return null;
  await writeApplications(area, [checked({ ...app, events, updatedAt: deps.now().toISOString() })], [app]);
  return null;
}

/** Removes applications and answers them in full, so Undo can put them back as they were. */
export async function deleteApplications(area: StorageArea, ids: readonly string[]): Promise<Application[]> {
  const deleted = await readApplicationsById(area, ids);
  // Every key of each (summary, detail, features) in one call.
  if (ids.length) await area.remove(applicationKeys(ids));
  return deleted;
}

export async function restoreApplications(
  area: StorageArea,
  applications: readonly Application[],
): Promise<{ restored: number }> {
  const stages = (await readPreferences(area)).stages;
  const restored: Application[] = [];
  for (const app of applications) {
    if (!stages.some((stage) => stage.id === app.status)) {
      throw new StoreError({ code: 'stage-missing', params: { stage: app.status } });
    }
    restored.push(checked(app));
  }
  await writeApplications(area, restored);
  return { restored: restored.length };
}

async function writePreferences(area: StorageArea, preferences: Preferences): Promise<void> {
  const settings = Settings.parse((await area.get(SETTINGS_KEY))[SETTINGS_KEY]);
  await area.set({ [SETTINGS_KEY]: { ...settings, preferences } });
}

/** Stage ids every stored application uses, to refuse removing one still in use. */
async function stagesInUse(area: StorageArea): Promise<Set<string>> {
  const all = await area.get(null);
  const used = new Set<string>();
  for (const [key, value] of Object.entries(all)) {
    if (!isAppKey(key)) continue;
    const status = (unpackSummary(value) as { status?: unknown } | null)?.status;
    if (typeof status === 'string') used.add(status);
  }
  return used;
}

/** Renames, adds and reorders stages; a stage that applications are in cannot be removed. */
export async function setStages(
  area: StorageArea,
  stages: readonly { id: string; label: string }[],
): Promise<Preferences> {
  const ids = new Set<string>();
  for (const stage of stages) {
    if (ids.has(stage.id)) throw new StoreError({ code: 'stage-duplicate', params: { stage: stage.id } });
    ids.add(stage.id);
  }
  for (const used of await stagesInUse(area)) {
    if (!ids.has(used)) {
      throw new StoreError({ code: 'stage-in-use', params: { stage: used } });
    }
  }
  const preferences = { ...(await readPreferences(area)), stages: stages.map((s) => ({ ...s })) };
  await writePreferences(area, preferences);
  return preferences;
}

export async function setPreferences(
  area: StorageArea,
  change: { language?: Preferences['language'] | undefined; theme?: Preferences['theme'] | undefined },
): Promise<Preferences> {
  const current = await readPreferences(area);
  const preferences: Preferences = {
    ...current,
    ...(change.language ? { language: change.language } : {}),
    ...(change.theme ? { theme: change.theme } : {}),
  };
  await writePreferences(area, preferences);
  return preferences;
}

/**
 * Deletes every application, CV and quarantined record and resets preferences. The
 * installation id (and the cached subscription state) stays: it is what links a Pro
 * subscription to this browser, and deleting local data must not silently strand a paid
 * subscription. Removing the Pro account is its own, explicit action (Pro issue).
 */
export async function deleteAllData(area: StorageArea): Promise<{ removed: number }> {
  const all = await area.get(null);
  const keys = Object.keys(all).filter((key) => key !== SETTINGS_KEY && key !== META_KEY);
  const settings = Settings.safeParse(all[SETTINGS_KEY]);
  // Two calls, and storage has no transaction: reset the preferences first, then remove;
  // if the removal fails, put the old settings back, so a failure changes nothing.
  if (settings.success) {
    await area.set({ [SETTINGS_KEY]: { ...settings.data, preferences: defaultPreferences() } });
  }
  if (keys.length) {
    try {
      await area.remove(keys);
    } catch (error) {
      if (settings.success) await area.set({ [SETTINGS_KEY]: all[SETTINGS_KEY] });
      throw error;
    }
  }
  return { removed: keys.length };
}
