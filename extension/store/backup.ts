import { z } from 'zod';
import { Application, type ApplicationEvent } from '../model/application';
import { fieldPath, type StoreFailure } from './errors';
import { appKey, cvKey, isAppKey, isCvKey, SETTINGS_KEY } from './keys';
import { newestFirst } from './queries';
import { cvsOf, joinSnapshot, parseRecords, type Snapshot, settingsOf, splitSnapshot } from './records';
import {
  CvRecord,
  type ImportPreview,
  Preferences,
  SCHEMA_VERSION,
  Settings,
  StoredApplication,
} from './schema';

/**
 * The JSON backup: every application, every CV and the preferences. Settings' secrets —
 * the installation id that links a Pro subscription, and the subscription state — are
 * never written to a file the user may share.
 */
export const BACKUP_FORMAT = 'jobtrack-backup';

export const Backup = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    /** The storage schema the records follow; a newer one is refused, not guessed at. */
    schemaVersion: z.number().int().min(1).max(SCHEMA_VERSION),
    exportedAt: z.iso.datetime({ offset: true }),
    applications: z.array(Application).max(100_000),
    cvs: z.array(CvRecord).max(100),
    preferences: Preferences.optional(),
  })
  .strict();
export type Backup = z.infer<typeof Backup>;

/** Every application in full (summary and detail joined), newest first. */
async function wholeApplications(stored: Snapshot): Promise<Application[]> {
  const joined = await joinSnapshot(stored);
  return parseRecords(Object.entries(joined), isAppKey, StoredApplication).records.sort(newestFirst);
}

/** The backup of a storage snapshot (as get(null) returns it). */
export async function makeBackup(snapshot: Snapshot, now: Date): Promise<Backup> {
  const settings = settingsOf(snapshot);
  return {
    format: BACKUP_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    applications: await wholeApplications(snapshot),
    cvs: cvsOf(snapshot),
    ...(settings ? { preferences: settings.preferences } : {}),
  };
}

export type ImportPlan =
  | { ok: true; preview: ImportPreview; set: Snapshot }
  | { ok: false; error: StoreFailure };

/** The first problem of a file that is not a valid backup, as a code the page words. */
function describeIssue(error: z.ZodError, input: unknown): StoreFailure {
  const issue = error.issues[0];
  if (!issue || issue.path[0] === 'format' || (issue.path.length === 0 && typeof input !== 'object')) {
    return { code: 'backup-not-jobtrack' };
  }
  if (issue.path[0] === 'schemaVersion') return { code: 'backup-newer' };
  // e.g. applications[12].url
  return { code: 'backup-invalid', params: { field: fieldPath(issue.path) } };
}

const eventsUnion = (a: ApplicationEvent[], b: ApplicationEvent[]): ApplicationEvent[] => {
  const byId = new Map<string, ApplicationEvent>();
  for (const event of [...a, ...b]) byId.set(event.id, event);
  return [...byId.values()].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0)).slice(-500);
};

/**
 * Two records of the same application: the more recently updated one wins field by field,
 * timelines are joined by event id, and notes are kept from whichever side has them.
 */
export function mergeApplications(existing: Application, incoming: Application): Application {
  const newer = incoming.updatedAt > existing.updatedAt ? incoming : existing;
  const older = newer === incoming ? existing : incoming;
  return {
    ...older,
    ...newer,
    events: eventsUnion(older.events, newer.events),
    notes: newer.notes || older.notes,
    createdAt: existing.createdAt < incoming.createdAt ? existing.createdAt : incoming.createdAt,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Validates a whole backup against the current store (a get(null) snapshot) and works out
 * what importing it would do. Nothing is written here: the caller writes `set` — every
 * application's summary, detail and features, CVs and settings — in one call, or nothing.
 */
export async function planImport(stored: Snapshot, input: unknown): Promise<ImportPlan> {
  const plan = planWholeImport(await joinSnapshot(stored), input);
  return plan.ok ? { ...plan, set: await splitSnapshot(plan.set) } : plan;
}

/** planImport on a snapshot whose applications are whole under their app: keys. */
function planWholeImport(snapshot: Snapshot, input: unknown): ImportPlan {
  const parsed = Backup.safeParse(input);
  if (!parsed.success) return { ok: false, error: describeIssue(parsed.error, input) };
  const backup = parsed.data;

  const seen = new Set<string>();
  for (const [i, app] of backup.applications.entries()) {
    if (seen.has(app.id))
      return {
        ok: false,
        error: { code: 'backup-duplicate-id', params: { field: `applications[${i}]`, id: app.id } },
      };
    seen.add(app.id);
  }
  const cvIds = new Set<string>();
  for (const [i, cv] of backup.cvs.entries()) {
    if (cvIds.has(cv.id)) {
      return { ok: false, error: { code: 'backup-duplicate-id', params: { field: `cvs[${i}]`, id: cv.id } } };
    }
    cvIds.add(cv.id);
  }
  if (backup.cvs.filter((cv) => cv.isDefault).length > 1) {
    return { ok: false, error: { code: 'backup-many-defaults' } };
  }

  const settings = Settings.safeParse(snapshot[SETTINGS_KEY]);
  const set: Snapshot = {};
  const preview: ImportPreview = {
    added: 0,
    merged: 0,
    skipped: 0,
    cvsAdded: 0,
    cvsMerged: 0,
    cvsSkipped: 0,
    preferences: false,
  };

  // Stages: the backup's, followed by any current stage it lacks, so no stored application
  // is left in a stage that no longer exists.
  let stages = settings.success ? settings.data.preferences.stages : [];
  if (backup.preferences) {
    const incoming = backup.preferences.stages;
    const kept = stages.filter((stage) => !incoming.some((s) => s.id === stage.id));
    stages = [...incoming, ...kept];
    if (stages.length > 20) return { ok: false, error: { code: 'too-many-stages', params: { max: 20 } } };
    if (settings.success) {
      const preferences = { ...backup.preferences, stages };
      if (!same(preferences, settings.data.preferences)) {
        set[SETTINGS_KEY] = { ...settings.data, preferences };
        preview.preferences = true;
      }
    }
  }
  const stageIds = new Set(stages.map((stage) => stage.id));
  for (const [i, app] of backup.applications.entries()) {
    if (!stageIds.has(app.status)) {
      const field = `applications[${i}].status`;
      return { ok: false, error: { code: 'backup-unknown-stage', params: { field, stage: app.status } } };
    }
  }

  for (const app of backup.applications) {
    const current = StoredApplication.safeParse(snapshot[appKey(app.id)]);
    if (!current.success) {
      set[appKey(app.id)] = app;
      preview.added++;
      continue;
    }
    const merged = mergeApplications(current.data, app);
    if (same(merged, current.data)) preview.skipped++;
    else {
      set[appKey(app.id)] = merged;
      preview.merged++;
    }
  }

  let hasDefault = Object.entries(snapshot).some(
    ([key, value]) => isCvKey(key) && (value as { isDefault?: unknown } | null)?.isDefault === true,
  );
  for (const cv of backup.cvs) {
    const current = CvRecord.safeParse(snapshot[cvKey(cv.id)]);
    if (current.success && same(current.data, cv)) {
      preview.cvsSkipped++;
      continue;
    }
    // Only one default CV: an imported default yields to the one already chosen here.
    const keepDefault = cv.isDefault && (!hasDefault || (current.success && current.data.isDefault));
    if (keepDefault) hasDefault = true;
    set[cvKey(cv.id)] = { ...cv, isDefault: keepDefault };
    if (current.success) preview.cvsMerged++;
    else preview.cvsAdded++;
  }
  return { ok: true, preview, set };
}
