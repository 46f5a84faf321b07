import { ok } from '../protocol/result';
import type { TRACKER_PROTOCOL } from '../protocol/tracker';
import { planImport } from '../store/backup';
import { StoreError } from '../store/errors';
import {
  addEvent,
  deleteAllData,
  deleteApplications,
  deleteEvent,
  restoreApplications,
  setPreferences,
  setStages,
  setStatus,
  updateApplication,
  updateEvent,
} from '../store/tracker-writes';
import type { HandlerMap } from './handlers';
import type { BackgroundContext } from './router';

/**
 * The tracker's handlers (popup and tracker page → background). Each runs its whole
 * read-modify-write inside the write queue; a StoreError thrown there reaches the page
 * as its code (the router answers it).
 */
const queued = <T>(ctx: BackgroundContext, task: () => Promise<T>) =>
  ctx.queue.run(async () => ok(await task()));

export const trackerHandlers: HandlerMap<typeof TRACKER_PROTOCOL> = {
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
    queued(ctx, async () => {
      // Validated in full against the current store before anything is written; then one
      // set() call writes it all, so an import either lands whole or not at all.
      const plan = await planImport(await ctx.area.get(null), m.backup);
      if (!plan.ok) throw new StoreError(plan.error);
      if (!m.dryRun && Object.keys(plan.set).length) await ctx.area.set(plan.set);
      return plan.preview;
    }),
  'delete-all-data': (_m, ctx) => queued(ctx, () => deleteAllData(ctx.area)),
};
