import { MAX_CVS } from '../../shared/cv-messages';
import { fail, ok, type Result, type UiMessage } from '../../shared/messages';
import { readCvItems } from '../cv/cv-records';
import { CvRecord, cvKey, isCvKey } from '../store/schema';
import type { StorageArea } from '../store/storage-area';
import type { BackgroundContext } from './router';

/**
 * CV versions: add, correct, set default, delete. Each runs inside the write queue. At
 * most one record is the default; while any CV exists, one is.
 */

/** Every stored CV version, oldest first (invalid records are skipped, not touched). */
export async function readCvRecords(area: StorageArea): Promise<CvRecord[]> {
  const all = await readCvItems(area);
  const out: CvRecord[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!isCvKey(key)) continue;
    const parsed = CvRecord.safeParse(value);
    if (parsed.success) out.push(parsed.data);
  }
  return out.sort((a, b) =>
    a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : a.id.localeCompare(b.id),
  );
}

/** The id of the default CV, for capture to record on new applications. */
export async function defaultCvId(area: StorageArea): Promise<string | undefined> {
  return (await readCvRecords(area)).find((cv) => cv.isDefault)?.id;
}

/** Writes the records whose default flag must change so that exactly `id` is default. */
function defaultChanges(cvs: readonly CvRecord[], id: string | undefined): Record<string, CvRecord> {
  const changes: Record<string, CvRecord> = {};
  for (const cv of cvs) {
    const isDefault = cv.id === id;
    if (cv.isDefault !== isDefault) changes[cvKey(cv.id)] = { ...cv, isDefault };
  }
  return changes;
}

type CvHandlers = {
  [K in 'cv-add' | 'cv-update-text' | 'cv-set-default' | 'cv-delete']: (
    message: Extract<UiMessage, { type: K }>,
    ctx: BackgroundContext,
  ) => Promise<Result<unknown>>;
};

const notFound = () => fail('not-found', 'That CV version no longer exists. Reload the page.');

export const cvHandlers: CvHandlers = {
  'cv-add': (message, ctx) =>
    ctx.queue.run(async () => {
      const cvs = await readCvRecords(ctx.area);
      if (cvs.length >= MAX_CVS) {
        return fail('invalid-input', `You can keep up to ${MAX_CVS} CV versions. Delete an old one first.`);
      }
      const id =
        ctx
          .newId()
          .replace(/[^a-zA-Z0-9-]/g, '')
          .slice(0, 64) || `cv-${ctx.now().getTime()}`;
      const makeDefault = message.makeDefault === true || !cvs.some((cv) => cv.isDefault);
      const record: CvRecord = {
        id,
        fileName: message.fileName,
        addedAt: ctx.now().toISOString(),
        text: message.text,
        isDefault: makeDefault,
      };
      await ctx.area.set({
        ...(makeDefault ? defaultChanges(cvs, undefined) : {}),
        [cvKey(id)]: record,
      });
      return ok({ id, isDefault: makeDefault });
    }),

  'cv-update-text': (message, ctx) =>
    ctx.queue.run(async () => {
      const cv = (await readCvRecords(ctx.area)).find((record) => record.id === message.id);
      if (!cv) return notFound();
      if (cv.text !== message.text) await ctx.area.set({ [cvKey(cv.id)]: { ...cv, text: message.text } });
      return ok({ id: cv.id });
    }),

  'cv-set-default': (message, ctx) =>
    ctx.queue.run(async () => {
      const cvs = await readCvRecords(ctx.area);
      if (!cvs.some((cv) => cv.id === message.id)) return notFound();
      const changes = defaultChanges(cvs, message.id);
      if (Object.keys(changes).length) await ctx.area.set(changes);
      return ok({ id: message.id });
    }),

  'cv-delete': (message, ctx) =>
    ctx.queue.run(async () => {
      const cvs = await readCvRecords(ctx.area);
      const target = cvs.find((cv) => cv.id === message.id);
      if (!target) return notFound();
      const rest = cvs.filter((cv) => cv.id !== message.id);
      // Applications keep their cvId: it records which version was used, even once deleted.
      const nextDefault = target.isDefault ? rest.at(-1)?.id : rest.find((cv) => cv.isDefault)?.id;
      const changes = defaultChanges(rest, nextDefault);
      if (Object.keys(changes).length) await ctx.area.set(changes);
      try {
        await ctx.area.remove(cvKey(message.id));
      } catch (error) {
        // Two calls and no transaction: put the default back, so a failure changes nothing.
        const previous = Object.fromEntries(rest.map((cv) => [cvKey(cv.id), cv]));
        const undo = Object.fromEntries(Object.keys(changes).map((key) => [key, previous[key]]));
        if (Object.keys(undo).length) await ctx.area.set(undo);
        throw error;
      }
      return ok({ id: message.id, defaultId: nextDefault ?? null });
    }),
};
