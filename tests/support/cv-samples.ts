import { buildPdf, column, type PdfLine } from './pdf-writer';

/**
 * CV files for the parsing tests, generated on the spot (Node and browser alike): the
 * PDFs with tests/support/pdf-writer.ts, a DOCX with a stored (uncompressed) ZIP.
 */

export const ONE_COLUMN_LINES = [
  'Daniel Okafor',
  'Backend Engineer',
  'E X P E R I E N C E',
  'Senior Backend Engineer, Parcelwise (2021 - Present)',
  'Built REST APIs in Python and the deploy-',
  'ment pipeline on Kubernetes.',
  'Proﬁcient in SQL; ﬂexible on-call rota.',
];

export function oneColumnPdf(): Uint8Array {
  return buildPdf([{ lines: column(ONE_COLUMN_LINES) }]);
}

/** Header across the page, a skills sidebar on the left, experience on the right. */
export function twoColumnPdf(): Uint8Array {
  const header: PdfLine = {
    text: 'Priya Raman - Frontend Developer - Bristol, United Kingdom',
    x: 40,
    y: 800,
    size: 16,
  };
  const sidebar = column(
    ['SKILLS', 'React', 'TypeScript', 'Playwright', 'Figma', 'LANGUAGES', 'English, Spanish'],
    40,
    750,
    10,
  );
  const main = column(
    [
      'EXPERIENCE',
      'Frontend Developer, Brightleaf (2022 - present)',
      'Built the learner dashboard in React.',
      'Junior Web Developer, Pixel Foundry (2020 - 2022)',
      'Agency sites in HTML, CSS and JavaScript.',
      'EDUCATION',
      'BA Digital Media, 2016 - 2019',
    ],
    220,
    750,
    10,
  );
  return buildPdf([{ lines: [header, ...sidebar, ...main] }]);
}

export const SPANISH_LINES = [
  'Marta Ruiz Fernández',
  'Enfermera — Geriatría',
  'EXPERIENCIA PROFESIONAL',
  'Enfermera en residencia de mayores (2021 – actualidad)',
  'Administración de medicación y curas; atención domiciliaria.',
  'FORMACIÓN',
  'Grado en Enfermería, Universitat de València',
  'Idiomas: castellano, valenciano, inglés',
];

export function spanishPdf(): Uint8Array {
  return buildPdf([{ lines: column(SPANISH_LINES) }]);
}

/** Two full pages of text: the parse-time benchmark's input. */
export function twoPagePdf(): Uint8Array {
  const page = (n: number) =>
    column(
      Array.from({ length: 44 }, (_, i) =>
        i % 11 === 0
          ? `SECTION ${n}.${i / 11 + 1}`
          : `Delivered project ${n}-${i} with Python, SQL and Kubernetes for 40 stores across the region.`,
      ),
      56,
      800,
      10,
    );
  return buildPdf([{ lines: page(1) }, { lines: page(2) }]);
}

export function scannedPdf(): Uint8Array {
  return buildPdf([{ image: true }, { image: true }]);
}

export function blankPdf(): Uint8Array {
  return buildPdf([{}]);
}

export function encryptedPdf(bits: 40 | 128): Uint8Array {
  return buildPdf([{ lines: column(ONE_COLUMN_LINES) }], { encrypt: { userPassword: 'secret', bits } });
}

/** A PDF cut off in the middle, with its header intact. */
export function corruptPdf(): Uint8Array {
  const whole = oneColumnPdf();
  const cut = whole.slice(0, Math.floor(whole.length / 3));
  // Scribble over the rest of the first object so no repair can find a page.
  return new Uint8Array([...cut.slice(0, 20), ...Array.from({ length: 200 }, (_, i) => (i * 13) % 256)]);
}

// --- DOCX ---------------------------------------------------------------------------------

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A ZIP of the given files, each either stored or deflated with CompressionStream. */
export async function buildZip(files: Record<string, string>, deflate = true): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const local: number[] = [];
  const central: number[] = [];
  const u16 = (v: number) => [v & 0xff, (v >> 8) & 0xff];
  const u32 = (v: number) => [v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >>> 24) & 0xff];
  let count = 0;
  for (const [name, content] of Object.entries(files)) {
    const raw = encoder.encode(content);
    const data = deflate
      ? new Uint8Array(
          await new Response(
            new Blob([raw]).stream().pipeThrough(new CompressionStream('deflate-raw')),
          ).arrayBuffer(),
        )
      : raw;
    const nameBytes = [...encoder.encode(name)];
    const method = deflate ? 8 : 0;
    const crc = crc32(raw);
    const offset = local.length;
    local.push(...u32(0x04034b50), ...u16(20), ...u16(0), ...u16(method), ...u16(0), ...u16(0));
    local.push(...u32(crc), ...u32(data.length), ...u32(raw.length), ...u16(nameBytes.length), ...u16(0));
    local.push(...nameBytes, ...data);
    central.push(...u32(0x02014b50), ...u16(20), ...u16(20), ...u16(0), ...u16(method), ...u16(0), ...u16(0));
    central.push(...u32(crc), ...u32(data.length), ...u32(raw.length), ...u16(nameBytes.length));
    central.push(...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset), ...nameBytes);
    count++;
  }
  const end = [
    ...u32(0x06054b50),
    ...u16(0),
    ...u16(0),
    ...u16(count),
    ...u16(count),
    ...u32(central.length),
    ...u32(local.length),
    ...u16(0),
  ];
  return new Uint8Array([...local, ...central, ...end]);
}

const para = (inner: string) => `<w:p><w:r>${inner}</w:r></w:p>`;
const t = (text: string) => `<w:t xml:space="preserve">${text}</w:t>`;

export function docxXml(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
${para(t('Lucía Navarro Gil'))}
${para(t('Contable senior &amp; auditora'))}
${para(`${t('Excel')}<w:tab/>${t('SAP')}<w:tab/>${t('A3')}`)}
${para(`${t('Madrid')}<w:br/>${t('lucia@example.com')}`)}
<w:tbl><w:tr><w:tc>${para(t('2019 – actualidad'))}</w:tc><w:tc>${para(t('Contable senior'))}</w:tc></w:tr></w:tbl>
${para(t('Cierres contables y conciliaciones bancarias'))}
</w:body></w:document>`;
}

export async function cvDocx(deflate = true): Promise<Uint8Array> {
  return buildZip(
    {
      '[Content_Types].xml':
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      'word/document.xml': docxXml(),
    },
    deflate,
  );
}
