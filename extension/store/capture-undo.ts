import { z } from 'zod';
import type { Application } from '../model/application';
import type { CaptureChange } from './applications';
import { StoreError } from './errors';
import { UNDO_PREFIX } from './keys';
import { applicationKeys, readApplicationIn, writeApplications } from './records';
import { StoredApplication } from './schema';
import type { StorageArea } from './storage-area';

/**
 * The capture toast's Undo. A capture that changed something leaves an undo record in
 * chrome.storage.session (gone with the browser session, and after UNDO_TTL_MS); Undo
 * removes what the capture created, or puts back the status it moved. Both run inside
 * the write queue.
 */

/** How long the toast's Undo stays valid. */
const UNDO_TTL_MS = 10 * 60_000;

const UndoRecord = z.object({
  id: z.string().min(1).max(200),
  tabId: z.number().int().optional(),
  at: z.number(),
  /** The application before the capture; null when the capture created it. */
  before: StoredApplication.nullable(),
  /** Event ids the capture added. */
  addedEvents: z.array(z.string()),
});
type UndoRecord = z.infer<typeof UndoRecord>;

/** Undo records past their time go, so session storage does not fill over a long day. */
async function dropExpiredUndo(session: StorageArea, now: number): Promise<void> {
  const all = await session.get(null);
  const expired = Object.entries(all)
    .filter(([key, value]) => {
      if (!key.startsWith(UNDO_PREFIX)) return false;
      const at = (value as { at?: unknown } | null)?.at;
      return typeof at !== 'number' || now - at > UNDO_TTL_MS;
    })
    .map(([key]) => key);
  if (expired.length) await session.remove(expired);
}

/** Keeps what Undo needs to revert `change`; answers the token the toast sends back. */
export async function recordCaptureUndo(
  session: StorageArea,
  change: CaptureChange,
  options: { tabId: number | undefined; now: Date; newId(): string },
): Promise<string> {
  const { before, after } = change;
  const known = new Set(before?.events.map((event) => event.id));
  const record: UndoRecord = {
    id: after.id,
    ...(options.tabId !== undefined ? { tabId: options.tabId } : {}),
    at: options.now.getTime(),
    before: before ?? null,
    addedEvents: after.events.filter((event) => !known.has(event.id)).map((event) => event.id),
  };
  const token =
    options
      .newId()
      .replace(/[^a-zA-Z0-9-]/g, '')
      .slice(0, 64) || String(record.at);
  await dropExpiredUndo(session, record.at);
  await session.set({ [`${UNDO_PREFIX}${token}`]: record });
  return token;
}

/** Reverts one capture: removes what it created, or restores the status it moved. */
export async function undoCapture(
  area: StorageArea,
  session: StorageArea,
  token: string,
  options: { tabId: number | undefined; now: Date },
): Promise<{ removed: boolean; status?: string }> {
  const key = `${UNDO_PREFIX}${token}`;
  const parsed = UndoRecord.safeParse((await session.get(key))[key]);
  if (!parsed.success || options.now.getTime() - parsed.data.at > UNDO_TTL_MS) {
    throw new StoreError({ code: 'undo-expired' });
  }
  const record = parsed.data;
  if (record.tabId !== undefined && options.tabId !== undefined && record.tabId !== options.tabId) {
    throw new StoreError({ code: 'undo-elsewhere' });
  }
  await session.remove(key);
  if (!record.before) {
    await area.remove(applicationKeys([record.id]));
    return { removed: true };
  }
  const current = await readApplicationIn(area, record.id);
  if (!current) return { removed: true };
  const added = new Set(record.addedEvents);
  const restored: Application = {
    ...current,
    status: record.before.status,
    events: current.events.filter((event) => !added.has(event.id)),
    updatedAt: options.now.toISOString(),
  };
  await writeApplications(area, [restored], [current]);
  return { removed: false, status: restored.status };
}
