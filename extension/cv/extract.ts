import { LIMITS } from '../../shared/limits';
import { cleanCvText } from './clean-text';
import { extractDocxText } from './docx';
import { CvParseError } from './errors';
import { extractPdfText, type PdfJs } from './pdf';

/**
 * Any CV file → its text. The type is decided by the bytes (a PDF starts with "%PDF-", a
 * DOCX is a ZIP), checked against the file name, so a renamed file still reads or fails
 * with a clear reason. Throws CvParseError.
 */

export type CvFileKind = 'pdf' | 'docx' | 'text';

export interface CvFile {
  name: string;
  bytes: Uint8Array;
}

export interface ExtractedCv {
  text: string;
  kind: CvFileKind;
  pages?: number;
  /** True when the text was cut at the stored limit (LIMITS.cvTextChars). */
  truncated: boolean;
}

export interface ExtractDeps {
  /** Loads pdf.js on demand: it is large, and only PDFs need it. */
  loadPdfJs(): Promise<PdfJs>;
}

const startsWith = (bytes: Uint8Array, ascii: string) =>
  bytes.length >= ascii.length && [...ascii].every((char, i) => bytes[i] === char.charCodeAt(0));

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot >= 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** What the file is, by its first bytes and its name; undefined when not a CV format. */
export function detectCvKind(file: CvFile): CvFileKind | undefined {
  const ext = extension(file.name);
  // "%PDF-" may follow a little junk; readers accept it within the first 1 KB.
  const head = new TextDecoder('latin1').decode(file.bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(file.bytes, 'PK\u0003\u0004')) return ext === 'docx' || ext === '' ? 'docx' : undefined;
  if (ext === 'pdf' || ext === 'docx') return ext === 'pdf' ? 'pdf' : 'docx';
  if (['txt', 'text', 'md', ''].includes(ext) && isProbablyText(file.bytes)) return 'text';
  return undefined;
}

function isProbablyText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const byte of sample) if (byte === 0 || (byte < 9 && byte !== 0)) control++;
  return control === 0;
}

function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: Windows "ANSI", as Notepad on a Spanish or English Windows saves it.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export async function extractCvText(file: CvFile, deps: ExtractDeps): Promise<ExtractedCv> {
  if (file.bytes.length > LIMITS.cvFileBytes) throw new CvParseError('too-large');
  if (file.bytes.length === 0) throw new CvParseError('empty');
  const kind = detectCvKind(file);
  if (!kind) {
    const ext = extension(file.name);
    // A .pdf/.docx that is neither: damaged. Anything else: a format we do not read.
    throw new CvParseError(ext === 'pdf' || ext === 'docx' ? 'corrupt' : 'wrong-type');
  }
  let text: string;
  let pages: number | undefined;
  if (kind === 'pdf') {
    const pdf = await extractPdfText(file.bytes, await deps.loadPdfJs());
    text = pdf.text;
    pages = pdf.pages;
  } else if (kind === 'docx') {
    text = await extractDocxText(file.bytes);
  } else {
    text = cleanCvText(decodeText(file.bytes));
    if (!text.trim()) throw new CvParseError('empty');
  }
  const truncated = text.length > LIMITS.cvTextChars;
  return {
    text: truncated ? text.slice(0, LIMITS.cvTextChars) : text,
    kind,
    ...(pages !== undefined ? { pages } : {}),
    truncated,
  };
}
