import { fail, ok, type Result, type UiMessage } from '../../shared/messages';
import type { ImportPreview } from '../../shared/tracker-messages';
import { planImport } from '../store/backup';
import {
  addEvent,
  deleteAllData,
  deleteApplications,
  deleteEvent,
  restoreApplications,
  setPreferences,
  setStages,
  setStatus,
  TrackerError,
  updateApplication,
  updateEvent,
} from '../store/tracker-writes';
import type { BackgroundContext } from './router';

/**
 * The tracker's handlers (popup and tracker page → background). Each runs its whole
 * read-modify-write inside the write queue; a TrackerError becomes a Result the page can
 * show as it is.
 */

type TrackerType =
  | 'update-application'
  | 'set-status'
  | 'add-event'
  | 'update-event'
  | 'delete-event'
  | 'delete-applications'
  | 'restore-applications'
  | 'set-stages'
  | 'set-preferences'
  | 'import-backup'
  | 'delete-all-data';

type TrackerHandlers = {
  [K in TrackerType]: (
    message: Extract<UiMessage, { type: K }>,
    ctx: BackgroundContext,
  ) => Promise<Result<unknown>>;
};

function queued<T>(ctx: BackgroundContext, task: () => Promise<T>): Promise<Result<T>> {
  return ctx.queue.run(async () => {
    try {
      return ok(await task());
    } catch (error) {
      if (error instanceof TrackerError) return fail(error.code, error.message);
      throw error;
    }
  });
}

export const trackerHandlers: TrackerHandlers = {
  'update-application': (m, ctx) => queued(ctx, () => updateApplication(ctx.area, m.id, m.patch, ctx)),
  'set-status': (m, ctx) => queued(ctx, () => setStatus(ctx.area, m.ids, m.status, ctx)),
  'add-event': (m, ctx) => queued(ctx, () => addEvent(ctx.area, m.id, m.event, ctx)),
  'update-event': (m, ctx) => queued(ctx, () => updateEvent(ctx.area, m.id, m.eventId, m.event, ctx)),
  'delete-event': (m, ctx) => queued(ctx, () => deleteEvent(ctx.area, m.id, m.eventId, ctx)),
  'delete-applications': (m, ctx) => queued(ctx, () => deleteApplications(ctx.area, m.ids)),
  'restore-applications': (m, ctx) => queued(ctx, () => restoreApplications(ctx.area, m.applications)),
  'set-stages': (m, ctx) => queued(ctx, () => setStages(ctx.area, m.stages)),
  'set-preferences': (m, ctx) =>
    queued(ctx, () => setPreferences(ctx.area, { language: m.language, theme: m.theme })),
  'import-backup': (m, ctx) =>
    queued(ctx, async (): Promise<ImportPreview> => {
      // Validated in full against the current store before anything is written; then one
      // set() call writes it all, so an import either lands whole or not at all.
      const plan = planImport(await ctx.area.get(null), m.backup);
      // The reason names the first problem; the page words the "nothing was imported" part.
      if (!plan.ok) throw new TrackerError('invalid-input', plan.reason);
      if (!m.dryRun && Object.keys(plan.set).length) await ctx.area.set(plan.set);
      return plan.preview;
    }),
  'delete-all-data': (_m, ctx) => queued(ctx, () => deleteAllData(ctx.area)),
};
