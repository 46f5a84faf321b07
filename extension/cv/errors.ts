/**
 * Why a file gave no CV text. Each code has a sentence the user can act on, in EN and ES,
 * in the one catalogue (i18n/strings.ts, `cvError_<code>`); the error carries the code.
 */
export const CV_ERROR_CODES = [
  'encrypted',
  'scanned',
  'empty',
  'corrupt',
  'wrong-type',
  'too-large',
] as const;
export type CvErrorCode = (typeof CV_ERROR_CODES)[number];

export class CvParseError extends Error {
  readonly code: CvErrorCode;
  constructor(code: CvErrorCode, detail?: string) {
    super(detail ? `cv-${code} (${detail})` : `cv-${code}`);
    this.name = 'CvParseError';
    this.code = code;
  }
}
