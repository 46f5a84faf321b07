import { CheckoutSessionId, type CoverLetterRequest, type SubscriptionAnswer } from '../../shared/api';
import type { InterviewPrepRequest, StatementRequest } from '../../shared/pro-tools';
import type { CoverLetter } from '../model/application';
import { type ProClient, ProError } from '../pro/client';
import { buildLetterRequest, reRedact } from '../pro/letter-request';
import { fillPlaceholders, guessOwnerName } from '../pro/redact';
import { type PRO_PROTOCOL, proError } from '../protocol/pro';
import { fail, ok, type Result } from '../protocol/result';
import { CHECKOUT_KEY, isProgressKey, letterProgressKey } from '../store/keys';
import {
  addLetter,
  cvFor,
  deleteLetter,
  editLetter,
  readProSettings,
  writeOwnerName,
  writeSubscription,
} from '../store/pro-records';
import { readApplicationIn, readCvsIn } from '../store/records';
import type { LetterProgress, ProFailure, SubscriptionState } from '../store/schema';
import type { StorageArea } from '../store/storage-area';
import type { HandlerMap } from './handlers';
import type { ToolMessageType } from './pro-tools';
import type { BackgroundContext } from './router';

/**
 * Pro in the background: the only code that talks to the backend, and only on a user's
 * Pro action (a message from an extension page) or, for Pro users only, the daily
 * refresh alarm. Cover letters stream here, not in a page, so closing the popup or the
 * tab does not stop them: the text so far is kept in chrome.storage.session (each write
 * is also an extension API call, which keeps the service worker alive while it streams)
 * and the finished letter is saved with its application.
 */

export const PRO_REFRESH_ALARM = 'pro-refresh';

/** The browser side of Pro; tests give fakes. */
export interface ProEffects {
  backendUrl: string;
  client: ProClient;
  /** chrome.storage.session: letters in progress and the pending checkout. */
  session: StorageArea;
  openTab(url: string): Promise<void>;
  /** `''` clears it. */
  setUninstallUrl(url: string): Promise<void>;
  /** Daily refresh alarm on (Pro) or off. */
  scheduleRefresh(on: boolean): Promise<void>;
  /** The browser's UI language, for the uninstall page. */
  language(): 'en' | 'es';
}

type ProContext = BackgroundContext & { pro?: ProEffects };

/** A Pro failure as a Result: its error code, worded by the page (i18n/errors.ts). */
export const proFail = (failure: ProFailure) => fail(proError(failure));

function effects(ctx: ProContext): ProEffects {
  if (!ctx.pro) throw new ProError({ reason: 'unknown' });
  return ctx.pro;
}

function stateOf(answer: SubscriptionAnswer, now: Date): SubscriptionState {
  return {
    pro: answer.pro,
    status: answer.status,
    ...(answer.currentPeriodEnd ? { currentPeriodEnd: answer.currentPeriodEnd } : {}),
    cancelAtPeriodEnd: answer.cancelAtPeriodEnd,
    checkedAt: now.toISOString(),
    ...(answer.pro && answer.uninstallToken ? { uninstallToken: answer.uninstallToken } : {}),
  };
}

/** Uninstall page and daily refresh follow the cached state: both only for Pro users. */
export async function applyProState(pro: ProEffects, subscription: SubscriptionState | undefined) {
  const isPro = subscription?.pro === true;
  await pro.setUninstallUrl(
    isPro && subscription.uninstallToken
      ? `${pro.backendUrl}/uninstall?token=${encodeURIComponent(subscription.uninstallToken)}&lang=${pro.language()}`
      : '',
  );
  await pro.scheduleRefresh(isPro);
}

/** Asks the backend (through the checkout session when there is one) and caches the answer. */
async function refresh(ctx: ProContext, sessionId?: string): Promise<SubscriptionState> {
  const pro = effects(ctx);
  const pending = sessionId ?? ((await pro.session.get(CHECKOUT_KEY))[CHECKOUT_KEY] as string | undefined);
  const { installationId } = await readProSettings(ctx.area);
  const answer = await pro.client.subscription(installationId, pending);
  const state = stateOf(answer, ctx.now());
  await ctx.queue.run(() => writeSubscription(ctx.area, state));
  if (answer.pro && pending) await pro.session.remove(CHECKOUT_KEY);
  await applyProState(pro, state);
  return state;
}

/** The success page's URL carries the Checkout Session id: read Pro through it at once. */
export function checkoutSessionFrom(url: string, backendUrl: string): string | undefined {
  if (!url.startsWith(`${backendUrl}/checkout/success`)) return undefined;
  const parsed = CheckoutSessionId.safeParse(new URL(url).searchParams.get('session_id'));
  return parsed.success ? parsed.data : undefined;
}

/** Runs a Pro action, turning ProErrors into Pro failures. */
async function attempt<T>(work: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await work());
  } catch (error) {
    if (error instanceof ProError) return proFail(error.failure);
    throw error;
  }
}

/** Texts being written, by progress key (`pro-letter:<id>`, `pro-prep:<id>`, …). */
const running = new Map<string, AbortController>();

async function setProgress(pro: ProEffects, key: string, progress: LetterProgress) {
  await pro.session.set({ [key]: progress });
}

/** A version id from the context's id maker, in the shape the schema accepts. */
export function versionId(ctx: ProContext, prefix: string): string {
  return (
    ctx
      .newId()
      .replace(/[^a-zA-Z0-9-]/g, '')
      .slice(0, 64) || `${prefix}-${Date.now()}`
  );
}

export interface TextJob {
  /** The session key its progress is kept under. */
  key: string;
  path: string;
  body: CoverLetterRequest | InterviewPrepRequest | StatementRequest;
  placeholders: Record<string, string>;
  /** Saves the finished text (placeholders filled in) with its application; its version id, or undefined when the application is gone. */
  save(text: string): Promise<string | undefined>;
}

/**
 * The one streaming path of every Pro text: refuses a second one for the same key, then
 * streams into session storage in the background and saves the result with its application.
 */
export function startText(ctx: ProContext, job: TextJob): void {
  if (running.has(job.key)) throw new ProError({ reason: 'busy' });
  const controller = new AbortController();
  running.set(job.key, controller);
  void writeText(ctx, job, controller);
}

export function cancelText(key: string): boolean {
  const controller = running.get(key);
  controller?.abort();
  return controller !== undefined;
}

async function writeText(ctx: ProContext, job: TextJob, controller: AbortController) {
  const pro = effects(ctx);
  const progress: LetterProgress = {
    status: 'streaming',
    text: '',
    placeholders: job.placeholders,
    startedAt: ctx.now().toISOString(),
  };
  await setProgress(pro, job.key, progress);
  try {
    const { installationId } = await readProSettings(ctx.area);
    await pro.client.streamText(
      installationId,
      job.path,
      job.body,
      async (text) => {
        progress.text += text;
        await setProgress(pro, job.key, progress);
      },
      controller.signal,
    );
    const text = fillPlaceholders(progress.text, new Map(Object.entries(job.placeholders))).trim();
    const saved = await job.save(text);
    await setProgress(pro, job.key, {
      ...progress,
      status: saved ? 'done' : 'error',
      ...(saved ? { letterId: saved } : { failure: { reason: 'unknown' } }),
    });
  } catch (error) {
    const failure: ProFailure =
      error instanceof ProError
        ? error.failure
        : { reason: (error as Error).name === 'AbortError' ? 'interrupted' : 'unknown' };
    if (failure.reason === 'not-pro') await refresh(ctx).catch(() => undefined);
    await setProgress(pro, job.key, { ...progress, status: 'error', failure });
  } finally {
    running.delete(job.key);
  }
}

/** The cached subscription as pages see it: the uninstall token stays in the background. */
function publicState({ uninstallToken: _token, ...state }: SubscriptionState) {
  return state;
}

/** The owner's name to redact: from settings, else the one the preview found (its [NAME]). */
export async function ownerNameFor(ctx: ProContext, placeholders: Record<string, string>) {
  const settings = await readProSettings(ctx.area);
  return settings.preferences.ownerName?.trim() || placeholders['[NAME]'];
}

/** What a preview needs: the application, its CV and the owner's name (settings first, else the CV header). */
export async function previewSource(ctx: ProContext, id: string) {
  const app = await readApplicationIn(ctx.area, id);
  if (!app) return { failure: fail({ code: 'application-missing' }) };
  const cv = cvFor(app, await readCvsIn(ctx.area));
  if (!cv) return { failure: proFail({ reason: 'no-cv' }) };
  const settings = await readProSettings(ctx.area);
  const fromSettings = settings.preferences.ownerName?.trim();
  const ownerName = fromSettings || guessOwnerName(cv.text);
  return {
    app,
    source: {
      cvText: cv.text,
      ownerName,
      job: { title: app.title, company: app.company, description: app.description, skills: app.skills },
    },
    owner: {
      ...(ownerName ? { ownerName } : {}),
      ownerNameSource: fromSettings ? ('settings' as const) : ownerName ? ('cv' as const) : ('none' as const),
    },
  };
}

export type { ProContext };

/** The letter's and the subscription's handlers; interview prep and statements are in pro-tools.ts. */
export const proHandlers: Omit<HandlerMap<typeof PRO_PROTOCOL>, ToolMessageType> = {
  'pro-status': async (message, ctx) => {
    const stored = (await readProSettings(ctx.area)).subscription;
    const cached = stored ? publicState(stored) : null;
    // Only Pro users, and a checkout in progress, are ever checked: a free user's browser
    // sends nothing until they act (Go Pro, Restore).
    const pending = ctx.pro && (await ctx.pro.session.get(CHECKOUT_KEY))[CHECKOUT_KEY];
    if (!message.refresh || (!cached?.pro && !pending)) return ok(cached);
    const fresh = await attempt(async () => publicState(await refresh(ctx)));
    // Offline or the service down: the cached state stands.
    return fresh.ok ? fresh : ok(cached);
  },

  'pro-checkout': (_message, ctx) =>
    attempt(async () => {
      const pro = effects(ctx);
      const { installationId } = await readProSettings(ctx.area);
      const { url, sessionId } = await pro.client.checkout(installationId);
      await pro.session.set({ [CHECKOUT_KEY]: sessionId });
      await pro.openTab(url);
      return { url };
    }),

  'pro-portal': (_message, ctx) =>
    attempt(async () => {
      const pro = effects(ctx);
      const { installationId } = await readProSettings(ctx.area);
      const { url } = await pro.client.portal(installationId);
      await pro.openTab(url);
      return { url };
    }),

  'pro-restore': (message, ctx) =>
    attempt(async () => {
      const pro = effects(ctx);
      const answer = await pro.client.subscription(message.key);
      if (!answer.pro) throw new ProError({ reason: 'invalid-key' });
      const state = stateOf(answer, ctx.now());
      await ctx.queue.run(() => writeSubscription(ctx.area, state, message.key));
      await applyProState(pro, state);
      return publicState(state);
    }),

  'pro-recovery-key': async (_message, ctx) => ok({ key: (await readProSettings(ctx.area)).installationId }),

  'pro-delete-record': (_message, ctx) =>
    attempt(async () => {
      const pro = effects(ctx);
      const { installationId } = await readProSettings(ctx.area);
      const answer = await pro.client.deleteAccount(installationId);
      await ctx.queue.run(() => writeSubscription(ctx.area, undefined));
      await pro.session.remove(CHECKOUT_KEY);
      await applyProState(pro, undefined);
      return { deleted: answer.deleted };
    }),

  'pro-set-owner-name': async (message, ctx) =>
    ok({ name: await ctx.queue.run(() => writeOwnerName(ctx.area, message.name)) }),

  'pro-letter-preview': async (message, ctx) => {
    const found = await previewSource(ctx, message.id);
    if (found.failure) return found.failure;
    const draft = buildLetterRequest(found.source, message.options);
    return ok({ body: draft.body, placeholders: Object.fromEntries(draft.placeholders), ...found.owner });
  },

  'pro-letter-start': (message, ctx) =>
    attempt(async () => {
      // What the user edited in the preview is redacted once more before it leaves.
      const draft = reRedact(
        { body: message.body, placeholders: new Map(Object.entries(message.placeholders)) },
        { cvText: message.body.cvText, jobText: message.body.jobText },
        await ownerNameFor(ctx, message.placeholders),
      );
      const { body } = draft;
      startText(ctx, {
        key: letterProgressKey(message.id),
        path: '/v1/cover-letter',
        body,
        placeholders: Object.fromEntries(draft.placeholders),
        save: async (text) => {
          const letter: CoverLetter = {
            id: versionId(ctx, 'letter'),
            createdAt: ctx.now().toISOString(),
            language: body.language,
            tone: body.tone,
            length: body.length,
            text: text.slice(0, 20_000),
          };
          const saved = await ctx.queue.run(() => addLetter(ctx.area, message.id, letter, ctx.now()));
          return saved ? letter.id : undefined;
        },
      });
      return { started: true as const };
    }),

  'pro-letter-cancel': async (message) => ok({ cancelled: cancelText(letterProgressKey(message.id)) }),
  'pro-letter-save': async (message, ctx) => {
    const saved = await ctx.queue.run(() =>
      editLetter(ctx.area, message.id, message.letterId, message.text, ctx.now()),
    );
    return saved ? ok({ letterId: message.letterId }) : fail({ code: 'application-missing' });
  },

  'pro-letter-delete': async (message, ctx) => {
    const saved = await ctx.queue.run(() => deleteLetter(ctx.area, message.id, message.letterId, ctx.now()));
    return saved ? ok({ letterId: message.letterId }) : fail({ code: 'application-missing' });
  },
};

/**
 * On every service-worker start: the uninstall URL and the refresh alarm follow the cached
 * state; a letter that was streaming when the worker stopped is marked interrupted (its
 * text so far stays); the success page of a checkout hands its session id over; the daily
 * alarm refreshes Pro users.
 */
export function startPro(ctx: ProContext) {
  const pro = ctx.pro;
  if (!pro) return;
  void (async () => {
    await ctx.ready;
    await applyProState(pro, (await readProSettings(ctx.area)).subscription);
    const all = await pro.session.get(null);
    for (const [key, value] of Object.entries(all)) {
      const progress = value as Partial<LetterProgress> | undefined;
      if (isProgressKey(key) && progress?.status === 'streaming') {
        await pro.session.set({
          [key]: { ...progress, status: 'error', failure: { reason: 'interrupted' } },
        });
      }
    }
  })().catch((error) => console.warn('JobTrack: Pro start-up failed', error));

  chrome.tabs.onUpdated.addListener((tabId, change) => {
    if (!change.url) return;
    const sessionId = checkoutSessionFrom(change.url, pro.backendUrl);
    const portalReturn = change.url.startsWith(`${pro.backendUrl}/billing/return`);
    if (!sessionId && !portalReturn) return;
    void (async () => {
      await ctx.ready;
      const state = await refresh(ctx, sessionId);
      // Back to the extension, where Pro now shows.
      if (sessionId && state.pro) {
        await chrome.tabs.update(tabId, { url: chrome.runtime.getURL('/tracker.html?view=pro') });
      }
    })().catch((error) => console.warn('JobTrack: could not confirm the checkout', error));
  });

  chrome.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== PRO_REFRESH_ALARM) return;
    void (async () => {
      await ctx.ready;
      // Pro users only; a failure leaves the cached state as it was.
      if ((await readProSettings(ctx.area)).subscription?.pro) await refresh(ctx);
    })().catch(() => undefined);
  });
}
