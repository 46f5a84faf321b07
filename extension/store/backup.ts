import { z } from 'zod';
import { Application, type ApplicationEvent } from '../../shared/application';
import type { ImportPreview } from '../../shared/tracker-messages';
import type { Snapshot } from './migrations';
import {
  appKey,
  CvRecord,
  cvKey,
  isAppKey,
  isCvKey,
  Preferences,
  SCHEMA_VERSION,
  SETTINGS_KEY,
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

export function makeBackup(snapshot: Snapshot, now: Date): Backup {
  const applications: Application[] = [];
  const cvs: CvRecord[] = [];
  for (const [key, value] of Object.entries(snapshot)) {
    if (isAppKey(key)) {
      const parsed = StoredApplication.safeParse(value);
      if (parsed.success) applications.push(parsed.data);
    } else if (isCvKey(key)) {
      const parsed = CvRecord.safeParse(value);
      if (parsed.success) cvs.push(parsed.data);
    }
  }
  applications.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  const settings = Settings.safeParse(snapshot[SETTINGS_KEY]);
  return {
    format: BACKUP_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    applications,
    cvs,
    ...(settings.success ? { preferences: settings.data.preferences } : {}),
  };
}

export type ImportPlan = { ok: true; preview: ImportPreview; set: Snapshot } | { ok: false; reason: string };

function describeIssue(error: z.ZodError, input: unknown): string {
  const issue = error.issues[0];
  if (!issue) return 'The file does not match the JobTrack backup format.';
  if (issue.path[0] === 'format' || (issue.path.length === 0 && typeof input !== 'object')) {
    return 'This is not a JobTrack backup file.';
  }
  if (issue.path[0] === 'schemaVersion') {
    return 'This backup comes from a newer version of JobTrack: update the extension, then import it.';
  }
  // e.g. "applications[12].url: an http(s) URL"
  const where = issue.path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`))
    .join('');
  return `${where || 'The file'}: ${issue.message}`;
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
 * Validates a whole backup against the current store and works out what importing it
 * would do. Nothing is written here: the caller writes `set` in one call, or nothing.
 */
export function planImport(snapshot: Snapshot, input: unknown): ImportPlan {
  const parsed = Backup.safeParse(input);
  if (!parsed.success) return { ok: false, reason: describeIssue(parsed.error, input) };
  const backup = parsed.data;

  const seen = new Set<string>();
  for (const [i, app] of backup.applications.entries()) {
    if (seen.has(app.id))
      return { ok: false, reason: `applications[${i}]: the id "${app.id}" appears twice.` };
    seen.add(app.id);
  }
  const cvIds = new Set<string>();
  for (const [i, cv] of backup.cvs.entries()) {
    if (cvIds.has(cv.id)) return { ok: false, reason: `cvs[${i}]: the id "${cv.id}" appears twice.` };
    cvIds.add(cv.id);
  }
  if (backup.cvs.filter((cv) => cv.isDefault).length > 1) {
    return { ok: false, reason: 'cvs: more than one CV is marked as the default.' };
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
    if (stages.length > 20) return { ok: false, reason: 'preferences.stages: more than 20 stages in all.' };
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
      return { ok: false, reason: `applications[${i}].status: there is no stage "${app.status}".` };
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
