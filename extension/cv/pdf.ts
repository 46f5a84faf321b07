import { cleanCvText } from './clean-text';
import { CvParseError } from './errors';
import { orderPageLines, type TextPiece } from './pdf-layout';

/**
 * PDF → CV text with pdf.js. The pdf.js module is passed in: the extension page uses the
 * browser build with its bundled worker (pdf-browser.ts), Node the legacy build
 * (pdf-node.ts). Nothing is fetched: no CMaps, no fonts, no CDN.
 */

interface PdfTextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}
interface PdfPage {
  getTextContent(): Promise<{ items: readonly unknown[] }>;
  getOperatorList(): Promise<{ fnArray: readonly number[] }>;
  cleanup?(): unknown;
}
interface PdfDocument {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfPage>;
}
interface PdfLoadingTask {
  promise: Promise<PdfDocument>;
  destroy(): Promise<void>;
}
/** The parts of pdf.js this module uses (the same in the browser and legacy builds). */
export interface PdfJs {
  getDocument(params: {
    data: Uint8Array;
    isEvalSupported?: boolean;
    useSystemFonts?: boolean;
    disableFontFace?: boolean;
    stopAtErrors?: boolean;
    verbosity?: number;
  }): PdfLoadingTask;
  OPS: Record<string, number>;
}

export interface PdfText {
  text: string;
  pages: number;
}

function toPiece(item: unknown): TextPiece | undefined {
  const { str, transform, width, height } = item as PdfTextItem;
  if (typeof str !== 'string' || !transform || transform.length < 6) return undefined;
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = transform;
  const size = Math.hypot(c, d) || Math.hypot(a, b) || height || 10;
  return { str, x, y, width: width ?? str.length * size * 0.5, size };
}

function errorName(error: unknown): string {
  return error && typeof error === 'object' && 'name' in error ? String(error.name) : '';
}

/** Extracts the text of a PDF in reading order; throws CvParseError with a reason. */
export async function extractPdfText(data: Uint8Array, pdfjs: PdfJs): Promise<PdfText> {
  // pdf.js takes ownership of the buffer (transfers it to the worker): give it a copy.
  const task = pdfjs.getDocument({
    data: data.slice(),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  });
  try {
    let doc: PdfDocument;
    try {
      doc = await task.promise;
    } catch (error) {
      if (errorName(error) === 'PasswordException') throw new CvParseError('encrypted');
      throw new CvParseError('corrupt');
    }
    const pageTexts: string[] = [];
    let hasImages = false;
    const imageOps = new Set(
      ['paintImageXObject', 'paintInlineImageXObject', 'paintImageMaskXObject', 'paintImageXObjectRepeat']
        .map((name) => pdfjs.OPS[name])
        .filter((op): op is number => op !== undefined),
    );
    for (let pageNumber = 1; pageNumber <= doc.numPages; pageNumber++) {
      const page = await doc.getPage(pageNumber);
      const content = await page.getTextContent();
      const pieces = content.items.map(toPiece).filter((piece): piece is TextPiece => Boolean(piece));
      const lines = orderPageLines(pieces);
      if (lines.join('').trim() === '') {
        const ops = await page.getOperatorList();
        if (ops.fnArray.some((op) => imageOps.has(op))) hasImages = true;
      }
      pageTexts.push(lines.join('\n'));
      page.cleanup?.();
    }
    const text = cleanCvText(pageTexts.join('\n\n'));
    if (!text.trim()) throw new CvParseError(hasImages ? 'scanned' : 'empty');
    return { text, pages: doc.numPages };
  } catch (error) {
    if (error instanceof CvParseError) throw error;
    throw new CvParseError('corrupt');
  } finally {
    // pdf.js 6 has no doc.destroy(): the loading task owns the document and its worker.
    await task.destroy().catch(() => undefined);
  }
}
