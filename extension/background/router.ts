import { isMessageType, PROTOCOL } from '../protocol';
import { fail, ok, type Result } from '../protocol/result';
import { fieldPath, StoreError } from '../store/errors';
import type { StorageArea } from '../store/storage-area';
import { isQuotaError } from '../store/storage-area';
import type { WriteQueue } from '../store/write-queue';
import { type CaptureEffects, captureHandlers } from './capture';
import { cvHandlers } from './cv';
import type { Handler, HandlerMap } from './handlers';
import { type ProEffects, proHandlers } from './pro';
import { proToolHandlers } from './pro-tools';
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

/** Every message type's handler: the type makes the map exhaustive over PROTOCOL. */
const handlers: HandlerMap<typeof PROTOCOL> = {
  ping: async () => ok('pong' as const),
  ...captureHandlers,
  ...trackerHandlers,
  ...cvHandlers,
  ...proHandlers,
  ...proToolHandlers,
};

function describeError(error: unknown): Result<never> {
  if (error instanceof StoreError) return fail(error.error);
  console.warn('JobTrack: handler failed', error);
  return fail({ code: isQuotaError(error) ? 'quota-exceeded' : 'storage-error' });
}

/**
 * The background's single entry for messages: check the sender, look the type up in the
 * protocol table, refuse it if it comes from the wrong side, parse the request with its
 * row's schema, run its handler. Never throws; always answers a Result.
 */
export function createRouter(ctx: BackgroundContext) {
  return async (message: unknown, sender: SenderInfo): Promise<Result<unknown>> => {
    const kind = classifySender(sender, ctx.ownId, ctx.ownOrigin);
    if (!kind) return fail({ code: 'forbidden-sender' });
    const { type, ...payload } = (typeof message === 'object' && message !== null ? message : {}) as {
      type?: unknown;
    };
    if (!isMessageType(type) || PROTOCOL[type].from !== kind) {
      return fail({ code: 'invalid-message', params: { field: 'type' } });
    }
    const parsed = PROTOCOL[type].request.safeParse(payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return fail({ code: 'invalid-message', params: { field: fieldPath(issue?.path ?? []) || 'message' } });
    }
    try {
      await ctx.ready;
      // The row's schema accepted the request, so it is that row's Request type; the
      // compiler cannot follow a type picked at run time, hence the one widening here.
      const handler = handlers[type] as Handler<typeof type>;
      return await handler(parsed.data as never, ctx, sender);
    } catch (error) {
      return describeError(error);
    }
  };
}
