import { z } from 'zod';
import { ListingDraft } from './application';
import { CAPTURE_CONTENT_MESSAGES, CAPTURE_UI_MESSAGES } from './capture-messages';
import { CV_MESSAGES } from './cv-messages';
import { PRO_MESSAGES } from './pro-messages';
import { TRACKER_MESSAGES } from './tracker-messages';

/**
 * The message protocol, typed by direction (content script → background, extension page →
 * background). Everything arriving at the background is `unknown` until one of these
 * schemas accepts it, and the background checks that the sender matches the direction.
 */

export const CaptureTrigger = z.enum(['apply', 'manual']);
export type CaptureTrigger = z.infer<typeof CaptureTrigger>;

/** From a content script running in a job board tab. */
export const ContentMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('capture'), trigger: CaptureTrigger, draft: ListingDraft }).strict(),
  ...CAPTURE_CONTENT_MESSAGES,
]);
export type ContentMessage = z.infer<typeof ContentMessage>;

/** From an extension page (popup, tracker, options). Features add their requests here. */
export const UiMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ping') }).strict(),
  ...TRACKER_MESSAGES,
  ...CAPTURE_UI_MESSAGES,
  ...CV_MESSAGES,
  ...PRO_MESSAGES,
]);
export type UiMessage = z.infer<typeof UiMessage>;

export const ERROR_CODES = [
  'invalid-message',
  /** A well-formed request the data does not allow (e.g. removing a stage in use, a bad import). */
  'invalid-input',
  'forbidden-sender',
  'quota-exceeded',
  'not-found',
  'storage-error',
  'internal',
  /** A Pro action failed: the error's message is a ProFailure reason (shared/pro-messages.ts). */
  'pro',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ResultError {
  code: ErrorCode;
  message: string;
}
export type Result<T> = { ok: true; value: T } | { ok: false; error: ResultError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});

/** What a capture answers: the stored application's id and whether it was new. */
export interface CaptureOutcome {
  id: string;
  created: boolean;
  status: string;
}
