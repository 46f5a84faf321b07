import type { PdfJs } from './pdf';

/**
 * pdf.js for extension pages: the browser build, with its worker bundled into the
 * extension (Vite's ?url import copies it into the build). Never a CDN.
 */
export async function loadBrowserPdfJs(): Promise<PdfJs> {
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return pdfjs as unknown as PdfJs;
}
