import { z } from 'zod';
import { CAPTURE_PROTOCOL } from './capture';
import { CV_PROTOCOL } from './cv';
import { message } from './message';
import { PRO_PROTOCOL } from './pro';
import { TRACKER_PROTOCOL } from './tracker';

/**
 * The message protocol: one row per message type (who sends it, its request schema, its
 * reply schema). The router's handler map (background/handlers.ts) and the one client,
 * `send` (protocol/send.ts), are typed from this table, so a new message is one row here
 * plus one handler, and nothing casts a reply. A feature adds its rows in its own file
 * and spreads them in below.
 */
export const PROTOCOL = {
  ping: message('ui', z.object({}).strict(), z.literal('pong')),
  ...CAPTURE_PROTOCOL,
  ...TRACKER_PROTOCOL,
  ...CV_PROTOCOL,
  ...PRO_PROTOCOL,
} as const;

export type Protocol = typeof PROTOCOL;
export type MessageType = keyof Protocol;
/** What a sender writes (before defaults and trimming). */
export type Payload<K extends MessageType> = z.input<Protocol[K]['request']>;
/** What a handler receives, parsed. */
export type Request<K extends MessageType> = z.output<Protocol[K]['request']>;
export type Reply<K extends MessageType> = z.output<Protocol[K]['reply']>;
/** A message as it travels: its type beside its payload. */
export type Wire<K extends MessageType = MessageType> = K extends MessageType
  ? string extends keyof Payload<K>
    ? { type: K }
    : { type: K } & Payload<K>
  : never;

export function isMessageType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.hasOwn(PROTOCOL, type);
}
