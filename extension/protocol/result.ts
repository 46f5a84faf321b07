import type { CodedError, StoreErrorParams } from '../store/errors';

/**
 * What every message answers: a value, or an error as a code with parameters. The page
 * (or the toast) words it in the user's language with i18n/errors.ts; the background never
 * writes a sentence.
 */
export interface ErrorParams extends StoreErrorParams {
  /** The router refused the request: its schema failed at `field`. */
  'invalid-message': { field: string };
  'forbidden-sender': undefined;
  /** A tab sent more captures in a minute than background/capture.ts allows. */
  'capture-rate-limited': undefined;
  'quota-exceeded': undefined;
  'storage-error': undefined;
  /** The tracker tab, the toast's Undo or a manual save is not available in this context. */
  unavailable: undefined;
  /** A manual save could not read the page. */
  'page-unreadable': undefined;
  /** The client could not reach the background (an orphaned content script, a closed worker). */
  unreachable: undefined;
  /** The background answered nothing. */
  'no-answer': undefined;
  /** Pro (protocol/pro.ts): one code per ProFailure reason, `pro-retry-in` for a rate limit with its wait. */
  'pro-not-pro': undefined;
  'pro-already-pro': undefined;
  'pro-rate-limited': undefined;
  /** Rate limited, with the wait in whole minutes (more than one). */
  'pro-retry-in': { minutes: number };
  'pro-retry-soon': undefined;
  'pro-service-down': undefined;
  'pro-offline': undefined;
  'pro-too-long': undefined;
  'pro-no-subscription': undefined;
  'pro-interrupted': undefined;
  'pro-invalid-key': undefined;
  'pro-no-cv': undefined;
  'pro-busy': undefined;
  'pro-unknown': undefined;
  /** A supporting statement asked for with no criterion. */
  'pro-no-criteria': undefined;
}

export type ErrorCode = keyof ErrorParams;
export type AppError = CodedError<ErrorParams>;
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: AppError): { ok: false; error: AppError } => ({ ok: false, error });
