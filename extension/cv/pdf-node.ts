import type { PdfJs } from './pdf';

/**
 * pdf.js for Node (CLI, unit tests): the legacy build, which runs on Node 22's globals.
 * Never imported by the extension.
 */
export async function loadNodePdfJs(): Promise<PdfJs> {
  return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
}
