import type { z } from 'zod';

/**
 * One row of the protocol table: who may send it, what it carries (without `type`, which
 * is the row's key) and what it answers. Requests are parsed by the router; replies are
 * typed by their schema and checked against it in tests (tests/unit/background/protocol).
 */
export type Direction = 'content' | 'ui';

export interface MessageSpec<
  F extends Direction = Direction,
  Q extends z.ZodType = z.ZodType,
  A extends z.ZodType = z.ZodType,
> {
  /** `content`: a content script in a job board tab; `ui`: an extension page. */
  from: F;
  request: Q;
  reply: A;
}

export function message<F extends Direction, Q extends z.ZodType, A extends z.ZodType>(
  from: F,
  request: Q,
  reply: A,
): MessageSpec<F, Q, A> {
  return { from, request, reply };
}
