import { extractCvText } from '../../../extension/cv/extract';
import { loadBrowserPdfJs } from '../../../extension/cv/pdf-browser';

/**
 * The benchmark's page for CV parsing in Chromium: the product's extractCvText with the
 * browser pdf.js build and its bundled worker, exactly as an extension page loads them.
 * Built by tests/bench/suites/cv.ts with Vite; never part of the extension.
 */
export interface ParseTiming {
  ms: number;
  pages: number | undefined;
  chars: number;
}

async function parseCv(name: string, bytes: number[]): Promise<ParseTiming> {
  const file = { name, bytes: new Uint8Array(bytes) };
  const started = performance.now();
  const result = await extractCvText(file, { loadPdfJs: loadBrowserPdfJs });
  return { ms: performance.now() - started, pages: result.pages, chars: result.text.length };
}

(globalThis as unknown as { __parseCv: typeof parseCv }).__parseCv = parseCv;
