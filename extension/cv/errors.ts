/** Why a file gave no CV text. Each has a sentence the user can act on. */
export type CvErrorCode = 'encrypted' | 'scanned' | 'empty' | 'corrupt' | 'wrong-type' | 'too-large';

/** The English sentences; the UI's Spanish ones live beside its other strings. */
export const CV_ERROR_MESSAGES: Readonly<Record<CvErrorCode, string>> = {
  encrypted:
    'This PDF is password-protected. Save or print it as a PDF without a password, or paste the text instead.',
  scanned:
    'This PDF is a scanned image with no text layer, so there is no text to read. Export your CV as a text PDF or DOCX, or paste the text.',
  empty: 'This file has no text in it. Check that it is your CV, or paste the text instead.',
  corrupt: 'This file is damaged or not a complete PDF/DOCX and could not be read. Try exporting it again.',
  'wrong-type': 'JobTrack reads CVs as PDF, DOCX or plain text (.txt). Save your CV in one of those formats.',
  'too-large':
    'This file is larger than 10 MB. Export a smaller PDF (without large images) or paste the text.',
};

export class CvParseError extends Error {
  readonly code: CvErrorCode;
  constructor(code: CvErrorCode, detail?: string) {
    super(detail ? `${CV_ERROR_MESSAGES[code]} (${detail})` : CV_ERROR_MESSAGES[code]);
    this.name = 'CvParseError';
    this.code = code;
  }
}
