/**
 * Why the store refused a write, as a code with parameters: the page that asked turns it
 * into a sentence in the user's language (i18n/errors.ts). Nothing here is worded for users.
 */
export interface StoreErrorParams {
  'application-missing': undefined;
  'event-missing': undefined;
  'cv-missing': undefined;
  /** A record as it would be stored fails its schema at `field`. */
  'invalid-record': { field: string };
  'stage-missing': { stage: string };
  'stage-duplicate': { stage: string };
  'stage-in-use': { stage: string };
  'too-many-stages': { max: number };
  'too-many-events': { max: number };
  'too-many-cvs': { max: number };
  'backup-not-jobtrack': undefined;
  'backup-newer': undefined;
  /** The backup fails its schema at `field` (e.g. `applications[12].url`). */
  'backup-invalid': { field: string };
  'backup-duplicate-id': { field: string; id: string };
  'backup-many-defaults': undefined;
  'backup-unknown-stage': { field: string; stage: string };
  /** The toast's Undo came too late (or the record is gone). */
  'undo-expired': undefined;
  /** The toast's Undo came from another tab than the capture. */
  'undo-elsewhere': undefined;
}

/** One error as it travels: its code, and its parameters when the sentence needs some. */
export type CodedError<P> = {
  [K in keyof P & string]: P[K] extends undefined ? { code: K } : { code: K; params: P[K] };
}[keyof P & string];

export type StoreFailure = CodedError<StoreErrorParams>;

/** Thrown by store writes; the background answers it as `{ ok: false, error }`. */
export class StoreError extends Error {
  constructor(readonly error: StoreFailure) {
    super(error.code);
  }
}

/** A schema issue's path as people write it: `applications[12].url`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`))
    .join('');
}
