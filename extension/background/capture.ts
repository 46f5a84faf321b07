import { z } from 'zod';
import { type Board, type CaptureTrigger, JobRef, type ListingDraft } from '../model/application';
import { type CAPTURE_PROTOCOL, type CaptureReply, SaveTabOutcome } from '../protocol/capture';
import { fail, ok, type Result } from '../protocol/result';
import { adapterFor } from '../sites/extract';
import { boardOfHost } from '../sites/hosts';
import { indeedJobUrl, jobRefFromUrl } from '../sites/job-urls';
import { type UrlJob, urlJob } from '../sites/url-job';
import { applicationId } from '../store/application-id';
import { upsertCapture } from '../store/applications';
import { recordCaptureUndo, undoCapture } from '../store/capture-undo';
import { defaultCvId } from '../store/cvs';
import { holdsJobsOfBoard, readApplicationIn } from '../store/records';
import type { StorageArea } from '../store/storage-area';
import type { HandlerMap } from './handlers';
import type { BackgroundContext } from './router';
import type { SenderInfo } from './sender';

/**
 * Capture in the background: the Apply capture with its undo record and badge, the badge
 * from each board tab's URL (or its pane), the toast's Undo and Open, and manual capture of the
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
   * Runs a pane read in a board tab whose URL names no job (host permissions on the boards'
   * job pages); resolves to its result: `key` the quick read of an Indeed pane's job key
   * (capture-pane-key.js, capture/pane-key.ts), `job` the full read (capture-pane.js,
   * capture/pane.ts).
   */
  readPane(tabId: number, read: 'key' | 'job'): Promise<unknown>;
  /**
   * The badge was set on a page no content script watches (a manual save off the boards):
   * clear it when that tab loads another page.
   */
  clearBadgeOnNavigation?(tabId: number): void;
}

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

/** Stores a capture (inside the write queue) and, when it changed something, an undo record. */
export async function captureListing(
  draft: ListingDraft,
  trigger: CaptureTrigger,
  ctx: BackgroundContext,
  tabId: number | undefined,
): Promise<CaptureReply> {
  const reply = await ctx.queue.run(async (): Promise<CaptureReply> => {
    // The CV version that is the default now is the one this application was sent with.
    const change = await upsertCapture(ctx.area, draft, trigger, ctx, { cvId: await defaultCvId(ctx.area) });
    const { before, after, created } = change;
    const moved = before !== undefined && before.status !== after.status;
    const outcome: CaptureReply = {
      id: after.id,
      created,
      status: after.status,
      ...(moved ? { previousStatus: before.status } : {}),
    };
    if (!ctx.capture || !(created || moved)) return outcome;
    const undoToken = await recordCaptureUndo(ctx.capture.session, change, {
      tabId,
      now: ctx.now(),
      newId: ctx.newId,
    });
    return { ...outcome, undoToken };
  });
  if (ctx.capture && tabId !== undefined) await ctx.capture.setBadge(tabId, true).catch(() => undefined);
  return reply;
}

/** The toast's Undo (inside the write queue); the badge follows. */
async function undo(
  token: string,
  ctx: BackgroundContext,
  tabId: number | undefined,
): Promise<Result<{ removed: boolean; status?: string }>> {
  const effects = ctx.capture;
  if (!effects) return fail({ code: 'unavailable' });
  const result = await ctx.queue.run(() =>
    undoCapture(ctx.area, effects.session, token, { tabId, now: ctx.now() }),
  );
  if (tabId !== undefined) await effects.setBadge(tabId, !result.removed).catch(() => undefined);
  return ok(result);
}

/** Whether the job a tab shows is tracked; sets that tab's badge. */
async function reportTabJob(
  job: JobRef | null,
  ctx: BackgroundContext,
  tabId: number | undefined,
): Promise<{ tracked: boolean; id?: string; status?: string }> {
  const app = job ? await readApplicationIn(ctx.area, applicationId(job)) : undefined;
  if (ctx.capture && tabId !== undefined)
    await ctx.capture.setBadge(tabId, Boolean(app)).catch(() => undefined);
  return app ? { tracked: true, id: app.id, status: app.status } : { tracked: false };
}

/** What capture-pane.js answers (capture/pane.ts), checked: it is read from a web page. */
const PaneRead = z.object({ href: z.string(), job: JobRef.nullable() });
/** What capture-pane-key.js answers (capture/pane-key.ts), checked likewise. */
const PaneKey = z.object({
  href: z.string(),
  key: z
    .string()
    .regex(/^[0-9a-f]{8,32}$/)
    .nullable(),
});

/**
 * The job a loaded page whose URL names none shows, read from the page: on Indeed first
 * the quick read of the pane's job key (one XPath by id: it never walks the page; about
 * 1 ms of the page's main thread on a 2 MB search page, against 2.4 for the full read, see
 * capture/loader.ts), then, if that cannot tell, the full pane read (the board adapter's
 * currentJob). `stale` when the tab moved on during a read; null when a read failed or
 * found no job.
 */
async function readOpenJob(
  effects: CaptureEffects,
  tabId: number,
  page: Extract<UrlJob, { kind: 'page' }>,
  current: () => boolean,
): Promise<JobRef | null | 'stale'> {
  const href = page.url.href;
  if (page.board === 'indeed') {
    const quick = PaneKey.safeParse(await effects.readPane(tabId, 'key').catch(() => undefined));
    if (!current() || (quick.success && quick.data.href !== href)) return 'stale';
    const key = quick.success ? quick.data.key : null;
    if (key) return { board: 'indeed', boardJobId: key, url: indeedJobUrl(page.url, key) };
  }
  const read = PaneRead.safeParse(await effects.readPane(tabId, 'job').catch(() => undefined));
  // The tab moved on while the page was read: its newer update decides.
  if (!current() || (read.success && read.data.href !== href)) return 'stale';
  // A read that failed or answered nonsense names no job: no ✓ left from the last one.
  return read.success ? read.data.job : null;
}

/**
 * Whether the job a page whose URL names none shows could be tracked, asked before the page
 * is read: not when no application of the page's board is stored (a new user, or one who
 * never tracked a job of that board), and then the page pays nothing for the badge.
 * Browsers that cannot list keys without reading every value (Chrome before 130, Firefox
 * before 143) read the page.
 */
async function mayShowTrackedJob(ctx: BackgroundContext, board: Board): Promise<boolean> {
  await ctx.ready;
  return (await holdsJobsOfBoard(ctx.area, board).catch(() => null)) !== false;
}

/** The latest badge update begun per tab: a slower, older one must not overwrite it. */
const badgeTurns = new WeakMap<BackgroundContext, Map<number, number>>();

/**
 * The badge from a tab's URL, read by the background itself (tabs.onUpdated, with host
 * permissions on the boards' job pages only), so a board page sends nothing on load: a URL
 * that names a job gets that job's badge, a board page off the job pages (LinkedIn's feed)
 * none. A job page whose URL names no job (Indeed search without vjk) gets the pane reads
 * (readOpenJob) injected once the tab has loaded (`loaded`: on each in-app move after that), and the job
 * it finds (none when the read fails); a read from a URL the tab has since left is dropped.
 * Returns whether the badge was decided. `href` is undefined for tabs the extension may not see.
 */
export async function badgeFromTabUrl(
  tabId: number,
  href: string | undefined,
  ctx: BackgroundContext,
  loaded = true,
): Promise<boolean> {
  const effects = ctx.capture;
  if (href === undefined || !effects) return false;
  const turns = badgeTurns.get(ctx) ?? new Map<number, number>();
  badgeTurns.set(ctx, turns);
  const turn = (turns.get(tabId) ?? 0) + 1;
  turns.set(tabId, turn);
  const named = urlJob(href);
  let job: JobRef | null;
  if (named.kind === 'page') {
    if (!loaded) return false;
    const current = () => turns.get(tabId) === turn;
    const read = (await mayShowTrackedJob(ctx, named.board))
      ? await readOpenJob(effects, tabId, named, current)
      : null;
    if (read === 'stale' || !current()) return false;
    job = read;
  } else if (named.kind === 'none' && !boardOfHost(safeHost(href))) {
    return false;
  } else {
    job = named.kind === 'job' ? named.job : null;
  }
  await ctx.ready;
  await reportTabJob(job, ctx, tabId);
  return true;
}

function safeHost(href: string): string {
  try {
    return new URL(href).hostname;
  } catch {
    return '';
  }
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
  const parsed = SaveTabOutcome.safeParse(raw);
  if (!parsed.success) return { kind: 'error', error: { code: 'page-unreadable' } };
  return parsed.data;
}

/** Why a capture does not describe the page that sent it. */
export type DraftMismatch = 'unknown-sender' | 'not-a-board' | 'other-page' | 'other-board' | 'other-job';

/**
 * A capture must describe the page that sent it (a hostile page cannot make the extension
 * store another job): the draft's board is the sender's board ('other' off the boards), its
 * URL is on the sender's board (or, off the boards, the sender's origin), and when the
 * sender's URL names a job on a page that loads per job, the draft's job id is that one.
 * An Apply comes from board pages only. Returns the reason to refuse, if any (the sender
 * gets `forbidden-sender`; the background writes no sentences).
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
): DraftMismatch | undefined {
  let page: URL;
  let target: URL;
  try {
    page = new URL(senderUrl ?? '');
    target = new URL(draft.url);
  } catch {
    return 'unknown-sender';
  }
  const board = boardOfHost(page.hostname);
  if (!board) {
    if (trigger === 'apply' || draft.board !== 'other') return 'not-a-board';
    return target.origin === page.origin ? undefined : 'other-page';
  }
  if (draft.board !== board || boardOfHost(target.hostname) !== board) {
    return 'other-board';
  }
  const loadsPerJob =
    board === 'infojobs' ||
    board === 'tecnoempleo' ||
    (board === 'indeed' && page.pathname.includes('viewjob')) ||
    (board === 'glassdoor' && page.pathname.startsWith('/job-listing/'));
  const named = loadsPerJob ? jobRefFromUrl(board, page) : undefined;
  if (named && draft.boardJobId !== named.boardJobId) return 'other-job';
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

export const captureHandlers: HandlerMap<typeof CAPTURE_PROTOCOL> = {
  capture: async (request, ctx, sender) => {
    const tabId = tabIdOf(sender);
    if (draftMismatch(request.draft, request.trigger, sender.url)) return fail({ code: 'forbidden-sender' });
    if (tabId !== undefined && !allowCapture(ctx, tabId)) return fail({ code: 'capture-rate-limited' });
    const reply = await captureListing(request.draft, request.trigger, ctx, tabId);
    if (tabId !== undefined && !isBoardPage(sender.url)) ctx.capture?.clearBadgeOnNavigation?.(tabId);
    return ok(reply);
  },
  'undo-capture': (request, ctx, sender) => undo(request.token, ctx, tabIdOf(sender)),
  'open-application': async (request, ctx) => {
    if (!ctx.capture) return fail({ code: 'unavailable' });
    await ctx.capture.openTab(ctx.capture.trackerUrl(request.id));
    return ok(null);
  },
  'save-active-tab': async (_request, ctx) => ok(await saveTab(await ctx.capture?.activeTabId(), ctx)),
};
