import { ContentMessage, fail, ok, type Result, UiMessage } from '../../shared/messages';
import type { StorageArea } from '../store/storage-area';
import { isQuotaError } from '../store/storage-area';
import type { WriteQueue } from '../store/write-queue';
import { type CaptureEffects, captureContentHandlers, captureUiHandlers } from './capture';
import { cvHandlers } from './cv';
import { type ProEffects, proHandlers } from './pro';
import { classifySender, type SenderInfo } from './sender';
import { trackerHandlers } from './tracker';

export interface BackgroundContext {
  area: StorageArea;
  queue: WriteQueue;
  /** Resolves once migrations ran and settings exist; handlers wait for it. */
  ready: Promise<unknown>;
  ownId: string;
  ownOrigin: string;
  now(): Date;
  newId(): string;
  /** Badge, tabs, session storage and scripting for capture (absent in plain unit tests). */
  capture?: CaptureEffects;
  /** Backend client, tabs, session storage, uninstall URL and alarm for Pro (absent in plain unit tests). */
  pro?: ProEffects;
}

type Handlers<M extends { type: string }> = {
  [K in M['type']]: (
    message: Extract<M, { type: K }>,
    ctx: BackgroundContext,
    sender?: SenderInfo,
  ) => Promise<Result<unknown>>;
};

type AnyHandler = (message: unknown, ctx: BackgroundContext, sender: SenderInfo) => Promise<Result<unknown>>;

const contentHandlers: Handlers<ContentMessage> = {
  ...captureContentHandlers,
};

const uiHandlers: Handlers<UiMessage> = {
  ping: async () => ok('pong'),
  ...trackerHandlers,
  ...captureUiHandlers,
  ...cvHandlers,
  ...proHandlers,
};

function describeError(error: unknown): Result<never> {
  if (isQuotaError(error)) {
    return fail(
      'quota-exceeded',
      'Browser storage for JobTrack is full. Export and delete old applications to make room.',
    );
  }
  return fail('storage-error', 'JobTrack could not save this. Nothing was changed; please try again.');
}

/**
 * The background's single entry for messages: check the sender, parse the message with
 * the schema of that direction, run its handler. Never throws; always answers a Result.
 */
export function createRouter(ctx: BackgroundContext) {
  return async (message: unknown, sender: SenderInfo): Promise<Result<unknown>> => {
    const kind = classifySender(sender, ctx.ownId, ctx.ownOrigin);
    if (!kind) return fail('forbidden-sender', 'Message refused: unknown sender.');
    const parsed = kind === 'content' ? ContentMessage.safeParse(message) : UiMessage.safeParse(message);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return fail(
        'invalid-message',
        `Message refused: ${issue?.path.join('.') || 'message'} ${issue?.message ?? 'is invalid'}.`,
      );
    }
    try {
      await ctx.ready;
      // The schema of the sender's direction accepted the message, so its type has a
      // handler in that direction's map (the Handlers type makes the maps exhaustive).
      const handlers = (kind === 'content' ? contentHandlers : uiHandlers) as Record<string, AnyHandler>;
      const handler = handlers[parsed.data.type] as AnyHandler;
      return await handler(parsed.data, ctx, sender);
    } catch (error) {
      console.warn('JobTrack: handler failed', error);
      return describeError(error);
    }
  };
}
