import type { z } from 'zod';
import type { UiMessage } from '../../shared/messages';
import { PRO_REPLIES, ProFailure, type ProMessageType } from '../../shared/pro-messages';
import type { SendUi } from './actions';

/** A Pro request's answer, parsed with its reply schema; a failure carries its reason. */
export type ProReply<T> = { ok: true; value: T } | { ok: false; failure: ProFailure };

type ReplyOf<K extends ProMessageType> = z.infer<(typeof PRO_REPLIES)[K]>;

export async function askPro<K extends ProMessageType>(
  send: SendUi,
  message: Extract<UiMessage, { type: K }>,
): Promise<ProReply<ReplyOf<K>>> {
  const result = await send(message);
  if (result.ok) {
    const schema: z.ZodType = PRO_REPLIES[(message as { type: K }).type];
    const parsed = schema.safeParse(result.value);
    return parsed.success
      ? { ok: true, value: parsed.data as ReplyOf<K> }
      : { ok: false, failure: { reason: 'unknown' } };
  }
  if (result.error.code === 'pro') {
    try {
      const failure = ProFailure.safeParse(JSON.parse(result.error.message));
      if (failure.success) return { ok: false, failure: failure.data };
    } catch {
      // Not a Pro failure after all.
    }
  }
  return { ok: false, failure: { reason: 'unknown' } };
}
