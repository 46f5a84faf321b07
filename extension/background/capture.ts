import { z } from 'zod';
import type { Application, ListingDraft } from '../../shared/application';
import {
  type CaptureReply,
  ManualScriptResult,
  type SaveTabOutcome,
  type TabJobStatus,
} from '../../shared/capture-messages';
import {
  type CaptureTrigger,
  type ContentMessage,
  fail,
  ok,
  type Result,
  type UiMessage,
} from '../../shared/messages';
import { adapterFor } from '../sites/extract';
import { boardOfHost } from '../sites/hosts';
import { jobRefFromUrl } from '../sites/job-urls';
import { applicationId } from '../store/application-id';
import { upsertCapture } from '../store/applications';
import { appKey, StoredApplication } from '../store/schema';
import type { StorageArea } from '../store/storage-area';
import { defaultCvId } from './cv';
import type { BackgroundContext } from './router';
import type { SenderInfo } from './sender';

/**
 * Capture in the background: the Apply capture with its undo record and badge, the badge
 * check a content script asks for, the toast's Undo and Open, and manual capture of the
 * active tab (popup button, context menu, keyboard shortcut). Browser side effects go
 * through CaptureEffects so the logic runs in unit tests.
 */
export interface CaptureEffects {
  setBadge(tabId: number, tracked: boolean): Promise<void>;
  openTab(url: string): Promise<void>;
  trackerUrl(id: string): string;
  /** chrome.storage.session: undo records live only as long as the browser session. */
  session: StorageArea;
  activeTabId(): Promise<number | undefined>;
  /** Runs the manual-capture script in the tab (activeTab); resolves to its result. */
  runManualCapture(tabId: number): Promise<unknown>;
  /**
   * The badge was set on a page no content script watches (a manual save off the boards):
   * clear it when that tab loads another page.
   */
  clearBadgeOnNavigation?(tabId: number): void;
}

const UNDO_PREFIX = 'undo:';
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

/** Board pages have the content script, which keeps the badge right as the page changes. */
function isBoardPage(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return adapterFor(new URL(url)) !== undefined;
  } catch {
    return false;
  }
}

export function tabIdOf(sender: SenderInfo | undefined): number | undefined {
  const tab = sender?.tab as { id?: unknown } | undefined;
  return typeof tab?.id === 'number' && tab.id >= 0 ? tab.id : undefined;
}

async function readApp(area: StorageArea, id: string): Promise<Application | undefined> {
  const key = appKey(id);
  const parsed = StoredApplication.safeParse((await area.get(key))[key]);
  return parsed.success ? parsed.data : undefined;
}

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

/** Stores a capture (inside the write queue) and, when it changed something, an undo record. */
export async function captureListing(
  draft: ListingDraft,
  trigger: CaptureTrigger,
  ctx: BackgroundContext,
  tabId: number | undefined,
): Promise<CaptureReply> {
  const reply = await ctx.queue.run(async (): Promise<CaptureReply> => {
    const id = applicationId(draft);
    const before = await readApp(ctx.area, id);
    // The CV version that is the default now is the one this application was sent with.
    const outcome = await upsertCapture(ctx.area, draft, trigger, ctx, { cvId: await defaultCvId(ctx.area) });
    const isStatusChange = before !== undefined && before.status !== outcome.status;
    if (!ctx.capture || !(outcome.created || isStatusChange)) {
      return { ...outcome, ...(isStatusChange && before ? { previousStatus: before.status } : {}) };
    }
    const after = await readApp(ctx.area, id);
    const known = new Set(before?.events.map((event) => event.id));
    const record: UndoRecord = {
      id,
      ...(tabId !== undefined ? { tabId } : {}),
      at: ctx.now().getTime(),
      before: before ?? null,
      addedEvents: (after?.events ?? []).filter((event) => !known.has(event.id)).map((event) => event.id),
    };
    const token =
      ctx
        .newId()
        .replace(/[^a-zA-Z0-9-]/g, '')
        .slice(0, 64) || String(record.at);
    await dropExpiredUndo(ctx.capture.session, record.at);
    await ctx.capture.session.set({ [`${UNDO_PREFIX}${token}`]: record });
    return {
      ...outcome,
      undoToken: token,
      ...(isStatusChange && before ? { previousStatus: before.status } : {}),
    };
  });
  if (ctx.capture && tabId !== undefined) await ctx.capture.setBadge(tabId, true).catch(() => undefined);
  return reply;
}

/** Reverts one capture: removes what it created, or restores the status it moved. */
export async function undoCapture(
  token: string,
  ctx: BackgroundContext,
  tabId: number | undefined,
): Promise<Result<{ removed: boolean; status?: string }>> {
  const effects = ctx.capture;
  if (!effects) return fail('not-found', 'Undo is not available.');
  const key = `${UNDO_PREFIX}${token}`;
  const result = await ctx.queue.run(async (): Promise<Result<{ removed: boolean; status?: string }>> => {
    const parsed = UndoRecord.safeParse((await effects.session.get(key))[key]);
    if (!parsed.success || ctx.now().getTime() - parsed.data.at > UNDO_TTL_MS) {
      return fail('not-found', 'This capture can no longer be undone. Change it in the tracker instead.');
    }
    const record = parsed.data;
    if (record.tabId !== undefined && tabId !== undefined && record.tabId !== tabId) {
      return fail('not-found', 'This capture can no longer be undone from here.');
    }
    await effects.session.remove(key);
    const appStorageKey = appKey(record.id);
    const current = await readApp(ctx.area, record.id);
    if (!record.before) {
      await ctx.area.remove(appStorageKey);
      return ok({ removed: true });
    }
    if (!current) return ok({ removed: true });
    const added = new Set(record.addedEvents);
    const restored: Application = {
      ...current,
      status: record.before.status,
      events: current.events.filter((event) => !added.has(event.id)),
      updatedAt: ctx.now().toISOString(),
    };
    await ctx.area.set({ [appStorageKey]: restored });
    return ok({ removed: false, status: restored.status });
  });
  if (result.ok && tabId !== undefined)
    await effects.setBadge(tabId, !result.value.removed).catch(() => undefined);
  return result;
}

/** Whether the job a tab shows is tracked; sets that tab's badge. */
export async function reportTabJob(
  job: Extract<ContentMessage, { type: 'tab-job' }>['job'],
  ctx: BackgroundContext,
  tabId: number | undefined,
): Promise<TabJobStatus> {
  const app = job ? await readApp(ctx.area, applicationId(job)) : undefined;
  if (ctx.capture && tabId !== undefined)
    await ctx.capture.setBadge(tabId, Boolean(app)).catch(() => undefined);
  return app ? { tracked: true, id: app.id, status: app.status } : { tracked: false };
}

/** Manual capture of a tab: runs the capture script there (activeTab) and reports. */
export async function saveTab(tabId: number | undefined, ctx: BackgroundContext): Promise<SaveTabOutcome> {
  const effects = ctx.capture;
  if (!effects || tabId === undefined) return { kind: 'nothing', reason: 'no-access' };
  let raw: unknown;
  try {
    raw = await effects.runManualCapture(tabId);
  } catch {
    // chrome://, the Web Store, PDF viewers and pages opened before install refuse scripts.
    return { kind: 'nothing', reason: 'no-access' };
  }
  const parsed = ManualScriptResult.safeParse(raw);
  if (!parsed.success) return { kind: 'error', message: 'JobTrack could not read this page.' };
  return parsed.data;
}

/**
 * A capture must describe the page that sent it (a hostile page cannot make the extension
 * store another job): the draft's board is the sender's board ('other' off the boards), its
 * URL is on the sender's board (or, off the boards, the sender's origin), and when the
 * sender's URL names a job on a page that loads per job, the draft's job id is that one.
 * An Apply comes from board pages only. Returns the reason to refuse, if any.
 *
 * sender.url is the URL the document loaded with: single-page boards (every LinkedIn page,
 * the Indeed and Glassdoor search panes) move between jobs with pushState, which does not
 * update it, so there the job id cannot be checked against it (tab URLs would need the
 * "tabs" permission).
 */
export function draftMismatch(
  draft: ListingDraft,
  trigger: CaptureTrigger,
  senderUrl: string | undefined,
): string | undefined {
  let page: URL;
  let target: URL;
  try {
    page = new URL(senderUrl ?? '');
    target = new URL(draft.url);
  } catch {
    return 'The page that sent this capture is unknown.';
  }
  const board = boardOfHost(page.hostname);
  if (!board) {
    if (trigger === 'apply' || draft.board !== 'other') return 'This page is not a job board.';
    return target.origin === page.origin ? undefined : 'The job is not on the page that sent it.';
  }
  if (draft.board !== board || boardOfHost(target.hostname) !== board) {
    return 'The job is not on the board that sent it.';
  }
  const loadsPerJob =
    board === 'infojobs' ||
    board === 'tecnoempleo' ||
    (board === 'indeed' && page.pathname.includes('viewjob')) ||
    (board === 'glassdoor' && page.pathname.startsWith('/job-listing/'));
  const named = loadsPerJob ? jobRefFromUrl(board, page) : undefined;
  if (named && draft.boardJobId !== named.boardJobId) return 'The job is not the one this page shows.';
  return undefined;
}

/** At most this many captures per tab in a sliding minute: a page cannot flood the tracker. */
export const CAPTURES_PER_TAB_PER_MINUTE = 10;
const recentCaptures = new WeakMap<BackgroundContext, Map<number, number[]>>();

/** Whether `tabId` may capture now (and counts this one). */
export function allowCapture(ctx: BackgroundContext, tabId: number): boolean {
  const byTab = recentCaptures.get(ctx) ?? new Map<number, number[]>();
  recentCaptures.set(ctx, byTab);
  const now = ctx.now().getTime();
  const recent = (byTab.get(tabId) ?? []).filter((at) => now - at < 60_000);
  if (recent.length >= CAPTURES_PER_TAB_PER_MINUTE) {
    byTab.set(tabId, recent);
    return false;
  }
  recent.push(now);
  byTab.set(tabId, recent);
  return true;
}

type CaptureContentType = 'capture' | 'tab-job' | 'undo-capture' | 'open-application';

type Handler<M, K extends string> = (
  message: Extract<M, { type: K }>,
  ctx: BackgroundContext,
  sender?: SenderInfo,
) => Promise<Result<unknown>>;

export const captureContentHandlers: { [K in CaptureContentType]: Handler<ContentMessage, K> } = {
  capture: async (message, ctx, sender) => {
    const tabId = tabIdOf(sender);
    const mismatch = draftMismatch(message.draft, message.trigger, sender?.url);
    if (mismatch) return fail('forbidden-sender', mismatch);
    if (tabId !== undefined && !allowCapture(ctx, tabId)) {
      return fail('forbidden-sender', 'Too many captures from this tab. Try again in a minute.');
    }
    const reply = await captureListing(message.draft, message.trigger, ctx, tabId);
    if (tabId !== undefined && !isBoardPage(sender?.url)) ctx.capture?.clearBadgeOnNavigation?.(tabId);
    return ok(reply);
  },
  'tab-job': async (message, ctx, sender) => ok(await reportTabJob(message.job, ctx, tabIdOf(sender))),
  'undo-capture': (message, ctx, sender) => undoCapture(message.token, ctx, tabIdOf(sender)),
  'open-application': async (message, ctx) => {
    if (!ctx.capture) return fail('not-found', 'The tracker cannot be opened here.');
    await ctx.capture.openTab(ctx.capture.trackerUrl(message.id));
    return ok(null);
  },
};

export const captureUiHandlers: { [K in 'save-active-tab']: Handler<UiMessage, K> } = {
  'save-active-tab': async (_message, ctx) => ok(await saveTab(await ctx.capture?.activeTabId(), ctx)),
};
