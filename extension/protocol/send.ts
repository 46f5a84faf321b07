import type { MessageType, Payload, Reply } from './index';
import { fail, type Result } from './result';

/**
 * The one client of the protocol, for content scripts and extension pages alike: the
 * payload is checked against the table at compile time, the reply comes back typed. It
 * imports the table as types only, so a content script bundles none of its schemas.
 * Never throws: an unreachable background answers `unreachable`.
 */
/** Message types whose payload may be left out (nothing in it is required). */
type OptionalPayload = {
  [K in MessageType]: Record<string, never> extends Payload<K> ? K : never;
}[MessageType];

export interface Send {
  <K extends OptionalPayload>(type: K, payload?: Payload<K>): Promise<Result<Reply<K>>>;
  <K extends MessageType>(type: K, payload: Payload<K>): Promise<Result<Reply<K>>>;
}

export const send: Send = async (type: MessageType, payload?: object) => {
  try {
    // The background answers every message with the Result its table row declares.
    const answer = (await chrome.runtime.sendMessage({ ...payload, type })) as Result<Reply<MessageType>>;
    return answer ?? fail({ code: 'no-answer' });
  } catch {
    return fail({ code: 'unreachable' });
  }
};
