import { expect, it } from 'vitest';
import type { CvErrorCode } from '../../extension/cv/errors';
import { CvParseError } from '../../extension/cv/errors';
import { type ExtractDeps, extractCvText } from '../../extension/cv/extract';
import * as samples from './cv-samples';

/**
 * The PDF/DOCX parsing cases, run in Node (legacy pdf.js build) and in Chromium (the
 * browser build with its bundled worker): same files, same expectations.
 */
export function cvParseCases(deps: ExtractDeps) {
  const read = (name: string, bytes: Uint8Array) => extractCvText({ name, bytes }, deps);
  const failure = async (name: string, bytes: Uint8Array): Promise<CvErrorCode | undefined> => {
    try {
      await read(name, bytes);
      return undefined;
    } catch (error) {
      expect(error).toBeInstanceOf(CvParseError);
      return (error as CvParseError).code;
    }
  };

  it('reads a one-column PDF: letter-spaced heading joined, ligatures expanded, hyphenation undone', async () => {
    const { text, kind, pages } = await read('cv.pdf', samples.oneColumnPdf());
    expect(kind).toBe('pdf');
    expect(pages).toBe(1);
    expect(text.split('\n')).toEqual([
      'Daniel Okafor',
      'Backend Engineer',
      'EXPERIENCE',
      'Senior Backend Engineer, Parcelwise (2021 - Present)',
      'Built REST APIs in Python and the deployment',
      'pipeline on Kubernetes.',
      'Proficient in SQL; flexible on-call rota.',
    ]);
  });

  it('reads a two-column PDF column by column, the full-width header first', async () => {
    const { text } = await read('cv.pdf', samples.twoColumnPdf());
    const lines = text.split('\n').filter(Boolean);
    expect(lines[0]).toBe('Priya Raman - Frontend Developer - Bristol, United Kingdom');
    expect(lines.slice(1, 8)).toEqual([
      'SKILLS',
      'React',
      'TypeScript',
      'Playwright',
      'Figma',
      'LANGUAGES',
      'English, Spanish',
    ]);
    expect(lines.slice(8)).toEqual([
      'EXPERIENCE',
      'Frontend Developer, Brightleaf (2022 - present)',
      'Built the learner dashboard in React.',
      'Junior Web Developer, Pixel Foundry (2020 - 2022)',
      'Agency sites in HTML, CSS and JavaScript.',
      'EDUCATION',
      'BA Digital Media, 2016 - 2019',
    ]);
  });

  it('reads Spanish accents and dashes', async () => {
    const { text } = await read('cv.pdf', samples.spanishPdf());
    expect(text.split('\n')).toEqual(samples.SPANISH_LINES);
  });

  it('reads a two-page PDF', async () => {
    const { text, pages } = await read('cv.pdf', samples.twoPagePdf());
    expect(pages).toBe(2);
    expect(text).toContain('SECTION 1.1');
    expect(text).toContain('SECTION 2.4');
    expect(text.indexOf('SECTION 1.4')).toBeLessThan(text.indexOf('SECTION 2.1'));
  });

  it.each([40, 128] as const)('says a %i-bit RC4 encrypted PDF is password-protected', async (bits) => {
    expect(await failure('cv.pdf', samples.encryptedPdf(bits))).toBe('encrypted');
  });

  it('says a scanned PDF has no text layer', async () => {
    expect(await failure('scan.pdf', samples.scannedPdf())).toBe('scanned');
  });

  it('says an empty PDF is empty', async () => {
    expect(await failure('cv.pdf', samples.blankPdf())).toBe('empty');
  });

  it('says a damaged PDF is damaged', async () => {
    expect(await failure('cv.pdf', samples.corruptPdf())).toBe('corrupt');
  });

  it.each([true, false])(
    'reads a DOCX (deflated: %s): paragraphs, tabs, breaks, table rows',
    async (deflate) => {
      const { text, kind } = await read('cv.docx', await samples.cvDocx(deflate));
      expect(kind).toBe('docx');
      expect(text.split('\n')).toEqual([
        'Lucía Navarro Gil',
        'Contable senior & auditora',
        'Excel SAP A3',
        'Madrid',
        'lucia@example.com',
        '2019 – actualidad Contable senior',
        'Cierres contables y conciliaciones bancarias',
      ]);
    },
  );

  it('says a ZIP that is not a DOCX, or a truncated DOCX, is damaged', async () => {
    expect(await failure('cv.docx', await samples.buildZip({ 'a.txt': 'hello' }))).toBe('corrupt');
    const docx = await samples.cvDocx();
    expect(await failure('cv.docx', docx.slice(0, docx.length - 30))).toBe('corrupt');
  });

  it('reads plain text in UTF-8 and in Windows-1252', async () => {
    const utf8 = new TextEncoder().encode('Enfermería\tUCI\nﬁrst line\n');
    expect((await read('cv.txt', utf8)).text).toBe('Enfermería UCI\nfirst line');
    const ansi = new Uint8Array([0x45, 0x6e, 0x66, 0x65, 0x72, 0x6d, 0x65, 0x72, 0xed, 0x61]);
    expect((await read('cv.txt', ansi)).text).toBe('Enfermería');
  });

  it('refuses a wrong type, an empty file and a file over 10 MB, with reasons', async () => {
    expect(
      await failure('photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])),
    ).toBe('wrong-type');
    expect(await failure('cv.txt', new Uint8Array())).toBe('empty');
    expect(await failure('cv.txt', new TextEncoder().encode('   \n\t\n'))).toBe('empty');
    expect(await failure('cv.pdf', new Uint8Array(10 * 1024 * 1024 + 1))).toBe('too-large');
  });
}
