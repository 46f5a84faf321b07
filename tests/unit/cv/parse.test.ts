import { describe, expect, it } from 'vitest';
import { loadNodePdfJs } from '../../../extension/cv/pdf-node';
import { cvParseCases } from '../../support/cv-parse-cases';
import { encryptedPdf } from '../../support/cv-samples';

describe('CV parsing in Node (pdf.js legacy build)', { timeout: 30_000 }, () => {
  cvParseCases({ loadPdfJs: loadNodePdfJs });
});

describe('the test PDF writer’s encryption', () => {
  it.each([40, 128] as const)(
    'is real: pdf.js opens the %i-bit file with the user password',
    async (bits) => {
      const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as any;
      const task = pdfjs.getDocument({ data: encryptedPdf(bits), password: 'secret' });
      const page = await (await task.promise).getPage(1);
      const content = await page.getTextContent();
      expect(content.items.map((item: { str: string }) => item.str)).toContain('Daniel Okafor');
      await task.destroy();
    },
  );
});
