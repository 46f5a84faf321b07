import type { PdfJs } from './pdf';

/**
 * pdf.js for extension pages: the browser build, with its worker bundled into the
 * extension (Vite's ?url import copies it into the build). Never a CDN.
 *
 * One worker serves every parse in the page: starting pdf.js's worker (a 1.3 MB module)
 * costs far more than reading a CV, and a loading task leaves a worker it was given alive
 * when it is destroyed.
 */
let sharedWorker: { destroyed: boolean } | undefined;

export async function loadBrowserPdfJs(): Promise<PdfJs> {
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return {
    OPS: pdfjs.OPS,
    getDocument(params) {
      if (!sharedWorker || sharedWorker.destroyed) sharedWorker = new pdfjs.PDFWorker();
      return pdfjs.getDocument({ ...params, worker: sharedWorker as InstanceType<typeof pdfjs.PDFWorker> });
    },
  } as PdfJs;
}
