import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { CV_ERROR_CODES, CvParseError } from '../../../extension/cv/errors';
import { extractCvText } from '../../../extension/cv/extract';
import { loadNodePdfJs } from '../../../extension/cv/pdf-node';
import { readZipEntry } from '../../../extension/cv/zip';
import { LIMITS } from '../../../shared/limits';
import { buildZip, cvDocx, docxXml, encryptedPdf, oneColumnPdf, scannedPdf } from '../../support/cv-samples';
import { counter, FUZZ_RUNS, fuzzOptions } from '../../support/fuzz';

/**
 * CV files as users (and attackers) have them: corrupt, truncated, renamed, encrypted,
 * huge, and DOCX archives built to explode. Every file either gives text or a CvParseError
 * with one of the reasons the page words for the user — never another error, a hang or
 * an unhandled rejection.
 */

const deps = { loadPdfJs: loadNodePdfJs };
let bases: { pdf: Uint8Array[]; docx: Uint8Array[] };

beforeAll(async () => {
  bases = {
    pdf: [oneColumnPdf(), encryptedPdf(40), encryptedPdf(128), scannedPdf()],
    docx: [await cvDocx(true), await cvDocx(false)],
  };
});

type Outcome = { ok: true; text: string } | { ok: false; code: string };

async function outcome(name: string, bytes: Uint8Array): Promise<Outcome> {
  try {
    const { text } = await extractCvText({ name, bytes }, deps);
    return { ok: true, text };
  } catch (error) {
    // Anything but a CvParseError fails the property.
    if (!(error instanceof CvParseError)) throw error;
    expect(CV_ERROR_CODES).toContain(error.code);
    return { ok: false, code: error.code };
  }
}

const edit = fc.record({
  kind: fc.constantFrom('truncate', 'flip', 'splice', 'zero-run'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
});

function damage(base: Uint8Array, edits: { kind: string; at: number; bytes: Uint8Array }[]): Uint8Array {
  let out = base.slice();
  for (const { kind, at, bytes } of edits) {
    const i = Math.floor(at * out.length);
    if (kind === 'truncate') out = out.slice(0, i);
    else if (kind === 'flip') out.set(bytes.subarray(0, Math.max(0, out.length - i)), i);
    else if (kind === 'zero-run') out.fill(0, i, i + bytes.length * 8);
    else out = new Uint8Array([...out.subarray(0, i), ...bytes, ...out.subarray(i)]);
  }
  return out;
}

const NAMES = ['cv.pdf', 'cv.docx', 'cv.txt', 'cv', 'CV.PDF', 'photo.png', 'cv.doc', 'notes.md'];

/** One of the `kind` base files, damaged by a few edits, under any name. */
const damagedFile = (kind: 'pdf' | 'docx', count: number) =>
  fc
    .record({
      base: fc.nat(count - 1),
      edits: fc.array(edit, { minLength: 1, maxLength: 3 }),
      name: fc.constantFrom(...NAMES),
    })
    .map(({ base, edits, name }) => ({ name, bytes: () => damage(bases[kind][base] as Uint8Array, edits) }));

const cvFile = fc.oneof(
  // Corrupt and truncated PDFs, including encrypted and scanned ones.
  { weight: 2, arbitrary: damagedFile('pdf', 4) },
  // Corrupt and truncated DOCX archives.
  { weight: 3, arbitrary: damagedFile('docx', 2) },
  // Any bytes, with magic numbers in front some of the time.
  {
    weight: 3,
    arbitrary: fc
      .record({
        head: fc.constantFrom('', '%PDF-1.7\n', 'PK\u0003\u0004', '\uFEFF', '\xff\xfe'),
        body: fc.uint8Array({ maxLength: 2048 }),
        name: fc.constantFrom(...NAMES),
      })
      .map(({ head, body, name }) => ({
        name,
        bytes: () => new Uint8Array([...[...head].map((c) => c.charCodeAt(0) & 0xff), ...body]),
      })),
  },
  // Text files of any content and encoding.
  {
    weight: 2,
    arbitrary: fc
      .record({
        text: fc.string({ unit: 'binary', maxLength: 500 }),
        name: fc.constantFrom('cv.txt', 'cv', 'cv.md'),
      })
      .map(({ text, name }) => ({ name, bytes: () => new TextEncoder().encode(text) })),
  },
);

describe('fuzz: CV files', { timeout: 180_000 }, () => {
  it(`corrupt, truncated, renamed, encrypted files: text or a worded reason (${FUZZ_RUNS} cases)`, async () => {
    const { state, count } = counter();
    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(cvFile, async (file) => {
        count(file);
        const result = await outcome(file.name, file.bytes());
        const key = result.ok ? 'text' : result.code;
        seen.set(key, (seen.get(key) ?? 0) + 1);
        if (result.ok) expect(result.text.length).toBeLessThanOrEqual(LIMITS.cvTextChars);
      }),
      fuzzOptions(),
    );
    expect(state.cases).toBeGreaterThanOrEqual(FUZZ_RUNS);
    // The cases reach every outcome a user can meet, not only the first check.
    for (const code of ['text', 'corrupt', 'wrong-type', 'encrypted', 'empty'])
      expect(seen.get(code)).toBeGreaterThan(0);
  });
});

/** A ZIP with one entry whose sizes and method the test sets by hand. */
function zipWith(name: string, data: Uint8Array, options: { method: number; size: number; flags?: number }) {
  const enc = new TextEncoder();
  const nameBytes = enc.encode(name);
  const u16 = (v: number) => [v & 0xff, (v >> 8) & 0xff];
  const u32 = (v: number) => [v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >>> 24) & 0xff];
  const flags = options.flags ?? 0;
  // Version needed … extra length: the same fields in the local and the central header.
  const shared = [
    ...u16(flags),
    ...u16(options.method),
    ...u16(0),
    ...u16(0),
    ...u32(0),
    ...u32(data.length),
    ...u32(options.size),
    ...u16(nameBytes.length),
    ...u16(0),
  ];
  const local = [...u32(0x04034b50), ...u16(20), ...shared, ...nameBytes];
  // Central: version made by, the shared fields, comment, disk, attributes, offset 0.
  const central = [
    ...u32(0x02014b50),
    ...u16(20),
    ...u16(20),
    ...shared,
    ...u16(0),
    ...u16(0),
    ...u16(0),
    ...u32(0),
    ...u32(0),
    ...nameBytes,
  ];
  const localBytes = new Uint8Array([...local, ...data]);
  const eocd = [
    ...u32(0x06054b50),
    ...u16(0),
    ...u16(0),
    ...u16(1),
    ...u16(1),
    ...u32(central.length),
    ...u32(localBytes.length),
    ...u16(0),
  ];
  return new Uint8Array([...localBytes, ...central, ...eocd]);
}

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe('CV files built to hurt', { timeout: 60_000 }, () => {
  it('a DOCX zip bomb (document.xml inflating past 50 MB) is refused as damaged, without inflating it all', async () => {
    // 200 MB of the same byte compresses to about 200 KB.
    const chunk = new TextEncoder().encode('<w:t>a</w:t>'.repeat(8192));
    const stream = new ReadableStream<BufferSource>({
      start(controller) {
        for (let i = 0; i < (200 * 1024 * 1024) / chunk.length; i++) controller.enqueue(chunk);
        controller.close();
      },
    }).pipeThrough(new CompressionStream('deflate-raw'));
    const data = new Uint8Array(await new Response(stream).arrayBuffer());
    expect(data.length).toBeLessThan(LIMITS.cvFileBytes);
    const before = process.memoryUsage().rss;
    // The archive claims a small size: the reader must count what it inflates, not trust it.
    const bomb = zipWith('word/document.xml', data, { method: 8, size: 1000 });
    // Refused for the right reason: the archive is read, and inflating stops at the limit.
    await expect(readZipEntry(bomb, 'word/document.xml')).rejects.toThrow('entry too large');
    expect(await outcome('cv.docx', bomb)).toEqual({ ok: false, code: 'corrupt' });
    expect(process.memoryUsage().rss - before).toBeLessThan(150 * 1024 * 1024);
  });

  it('encrypted, unknown-method and overlapping DOCX entries are refused as damaged', async () => {
    const xml = await deflate(new TextEncoder().encode(docxXml()));
    expect(
      await outcome('cv.docx', zipWith('word/document.xml', xml, { method: 8, size: 0, flags: 1 })),
    ).toEqual({
      ok: false,
      code: 'corrupt',
    });
    expect(await outcome('cv.docx', zipWith('word/document.xml', xml, { method: 99, size: 0 }))).toEqual({
      ok: false,
      code: 'corrupt',
    });
    // A central directory that claims 65,535 entries in a few bytes.
    const many = await buildZip({ 'word/document.xml': docxXml() });
    const eocd = many.length - 22;
    many[eocd + 10] = 0xff;
    many[eocd + 11] = 0xff;
    expect(await outcome('cv.docx', many)).toEqual({ ok: false, code: 'corrupt' });
  });

  it('a file over the size limit is refused before it is read', async () => {
    const huge = new Uint8Array(LIMITS.cvFileBytes + 1);
    huge.set(new TextEncoder().encode('%PDF-1.7\n'));
    expect(await outcome('cv.pdf', huge)).toEqual({ ok: false, code: 'too-large' });
  });

  it('a file just under the limit of random bytes behind a PDF header is refused as damaged', async () => {
    const big = new Uint8Array(LIMITS.cvFileBytes - 1);
    for (let i = 0; i < big.length; i++) big[i] = (i * 2654435761) >>> 24;
    big.set(new TextEncoder().encode('%PDF-1.7\n'));
    expect(await outcome('cv.pdf', big)).toEqual({ ok: false, code: 'corrupt' });
  });
});
