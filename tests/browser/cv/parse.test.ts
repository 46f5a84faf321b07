import { describe } from 'vitest';
import { loadBrowserPdfJs } from '../../../extension/cv/pdf-browser';
import { cvParseCases } from '../../support/cv-parse-cases';

describe('CV parsing in Chromium (pdf.js browser build, bundled worker)', { timeout: 30_000 }, () => {
  cvParseCases({ loadPdfJs: loadBrowserPdfJs });
});
