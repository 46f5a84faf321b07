import type { MessageType, Protocol, Reply, Request } from '../protocol';
import type { Result } from '../protocol/result';
import type { BackgroundContext } from './router';
import type { SenderInfo } from './sender';

/** The handler of one message type: its parsed request in, its table row's reply out. */
export type Handler<K extends MessageType> = (
  request: Request<K>,
  ctx: BackgroundContext,
  sender: SenderInfo,
) => Promise<Result<Reply<K>>>;

/** One handler per row of a protocol table (a feature's, or the whole of PROTOCOL). */
export type HandlerMap<T extends Partial<Protocol>> = { [K in keyof T & MessageType]: Handler<K> };
