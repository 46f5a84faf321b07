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
}

export type ErrorCode = keyof ErrorParams;
export type AppError = CodedError<ErrorParams>;
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: AppError): { ok: false; error: AppError } => ({ ok: false, error });
