/**
 * A tiny PDF writer for tests: pages of positioned text lines (Helvetica, WinAnsiEncoding,
 * so Spanish accents are real single-byte glyphs; two extra codes draw the "fi"/"fl"
 * ligatures), an image-only "scanned" page, and the Standard security handler (RC4 40-bit
 * revision 2 or 128-bit revision 3, with a user password). No Node APIs: the browser
 * tests use it too.
 */

export interface PdfLine {
  text: string;
  x: number;
  y: number;
  size?: number;
}
export interface PdfPageSpec {
  lines?: PdfLine[];
  /** Draws a grey image over the page and no text: a scan without OCR. */
  image?: boolean;
}
export interface PdfOptions {
  encrypt?: { userPassword: string; ownerPassword?: string; bits: 40 | 128 };
}

// WinAnsi's codes for punctuation outside Latin-1, and two codes it leaves unused (0x8D,
// 0x8F) given the ligature glyphs through /Differences.
const SPECIAL_CODES: Readonly<Record<string, number>> = {
  ﬁ: 0x8d,
  ﬂ: 0x8f,
  '–': 0x96,
  '—': 0x97,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '€': 0x80,
};

function textBytes(text: string): number[] {
  const out: number[] = [];
  for (const char of text) {
    const code = SPECIAL_CODES[char] ?? char.codePointAt(0) ?? 0x3f;
    const byte = code <= 0xff ? code : 0x3f;
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) out.push(0x5c);
    out.push(byte);
  }
  return out;
}

const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));

// --- MD5 (RFC 1321) and RC4, as the Standard security handler needs them ---------------

const S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const K = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) >>> 0);

export function md5(input: Uint8Array | number[]): Uint8Array {
  const bytes = Array.from(input);
  const bitLength = bytes.length * 8;
  bytes.push(0x80);
  while (bytes.length % 64 !== 56) bytes.push(0);
  for (let i = 0; i < 8; i++) bytes.push(Math.floor(bitLength / 2 ** (8 * i)) & 0xff);
  let [a0, b0, c0, d0] = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
  for (let chunk = 0; chunk < bytes.length; chunk += 64) {
    const m = Array.from(
      { length: 16 },
      (_, i) =>
        (bytes[chunk + i * 4]! |
          (bytes[chunk + i * 4 + 1]! << 8) |
          (bytes[chunk + i * 4 + 2]! << 16) |
          (bytes[chunk + i * 4 + 3]! << 24)) >>>
        0,
    );
    let [a, b, c, d] = [a0, b0, c0, d0];
    for (let i = 0; i < 64; i++) {
      let f: number;
      let g: number;
      if (i < 16) {
        f = (b & c) | (~b & d);
        g = i;
      } else if (i < 32) {
        f = (d & b) | (~d & c);
        g = (5 * i + 1) % 16;
      } else if (i < 48) {
        f = b ^ c ^ d;
        g = (3 * i + 5) % 16;
      } else {
        f = c ^ (b | ~d);
        g = (7 * i) % 16;
      }
      const shift = S[(i >> 4) * 4 + (i % 4)]!;
      const sum = (a + f + K[i]! + m[g]!) >>> 0;
      a = d;
      d = c;
      c = b;
      b = (b + ((sum << shift) | (sum >>> (32 - shift)))) >>> 0;
    }
    a0 = (a0 + a) >>> 0;
    b0 = (b0 + b) >>> 0;
    c0 = (c0 + c) >>> 0;
    d0 = (d0 + d) >>> 0;
  }
  const out = new Uint8Array(16);
  [a0, b0, c0, d0].forEach((word, i) => {
    for (let j = 0; j < 4; j++) out[i * 4 + j] = (word >>> (8 * j)) & 0xff;
  });
  return out;
}

export function rc4(key: Uint8Array | number[], data: Uint8Array | number[]): Uint8Array {
  const s = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = new Uint8Array(data.length);
  let i = 0;
  j = 0;
  for (let k = 0; k < data.length; k++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 0xff]!;
  }
  return out;
}

const PAD = [
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08, 0x2e, 0x2e,
  0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
];
const padPassword = (password: string) => [...ascii(password).slice(0, 32), ...PAD].slice(0, 32);
const xorKey = (key: Uint8Array, value: number) => key.map((byte) => byte ^ value);

interface Security {
  key: Uint8Array;
  dictionary: string;
}

function standardSecurity(options: NonNullable<PdfOptions['encrypt']>, id: number[]): Security {
  const revision = options.bits === 40 ? 2 : 3;
  const n = options.bits / 8;
  const permissions = -4;
  const pBytes = [0, 1, 2, 3].map((i) => (permissions >> (8 * i)) & 0xff);
  // Algorithm 3: the O entry.
  let hash = md5(padPassword(options.ownerPassword ?? options.userPassword));
  if (revision === 3) for (let i = 0; i < 50; i++) hash = md5(hash);
  const ownerKey = hash.slice(0, n);
  let owner = rc4(ownerKey, padPassword(options.userPassword));
  if (revision === 3) for (let i = 1; i <= 19; i++) owner = rc4(xorKey(ownerKey, i), owner);
  // Algorithm 2: the file key.
  let keyHash = md5([...padPassword(options.userPassword), ...owner, ...pBytes, ...id]);
  if (revision === 3) for (let i = 0; i < 50; i++) keyHash = md5(keyHash.slice(0, n));
  const key = keyHash.slice(0, n);
  // Algorithms 4/5: the U entry.
  let user: Uint8Array;
  if (revision === 2) {
    user = rc4(key, PAD);
  } else {
    let x = rc4(key, md5([...PAD, ...id]));
    for (let i = 1; i <= 19; i++) x = rc4(xorKey(key, i), x);
    user = new Uint8Array(32);
    user.set(x);
  }
  const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  const v = revision === 2 ? 1 : 2;
  return {
    key,
    dictionary: `<< /Filter /Standard /V ${v} /R ${revision} /Length ${options.bits} /P ${permissions} /O <${hex(owner)}> /U <${hex(user)}> >>`,
  };
}

function objectKey(key: Uint8Array, objectNumber: number): Uint8Array {
  const bytes = [...key, objectNumber & 0xff, (objectNumber >> 8) & 0xff, (objectNumber >> 16) & 0xff, 0, 0];
  return md5(bytes).slice(0, Math.min(key.length + 5, 16));
}

/** Builds a PDF file. */
export function buildPdf(pages: PdfPageSpec[], options: PdfOptions = {}): Uint8Array {
  const objects: (number[] | undefined)[] = [];
  const id = Array.from({ length: 16 }, (_, i) => (i * 37 + 11) & 0xff);
  const security = options.encrypt ? standardSecurity(options.encrypt, id) : undefined;
  const reserve = () => objects.push(undefined);
  const set = (num: number, body: string | number[]) => {
    objects[num - 1] = typeof body === 'string' ? ascii(body) : body;
  };
  const stream = (num: number, dict: string, content: number[]) => {
    const data = security ? Array.from(rc4(objectKey(security.key, num), content)) : content;
    set(num, [...ascii(`<< ${dict} /Length ${data.length} >>\nstream\n`), ...data, ...ascii('\nendstream')]);
  };

  const catalog = reserve();
  const pagesNum = reserve();
  const font = reserve();
  set(catalog, `<< /Type /Catalog /Pages ${pagesNum} 0 R >>`);
  set(
    font,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [141 /fi 143 /fl] >> >>',
  );
  const kids: number[] = [];
  for (const page of pages) {
    const pageNum = reserve();
    const contentNum = reserve();
    kids.push(pageNum);
    let resources = `/Font << /F1 ${font} 0 R >>`;
    const content: number[] = [];
    if (page.image) {
      const imageNum = reserve();
      const pixels = Array.from({ length: 64 * 64 }, (_, i) => ((i * 7) % 200) + 30);
      stream(
        imageNum,
        '/Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray /BitsPerComponent 8',
        pixels,
      );
      resources += ` /XObject << /Im1 ${imageNum} 0 R >>`;
      content.push(...ascii('q 495 0 0 742 50 50 cm /Im1 Do Q\n'));
    }
    for (const line of page.lines ?? []) {
      content.push(
        ...ascii(`BT /F1 ${line.size ?? 11} Tf ${line.x} ${line.y} Td (`),
        ...textBytes(line.text),
        ...ascii(') Tj ET\n'),
      );
    }
    stream(contentNum, '', content);
    set(
      pageNum,
      `<< /Type /Page /Parent ${pagesNum} 0 R /MediaBox [0 0 595 842] /Resources << ${resources} >> /Contents ${contentNum} 0 R >>`,
    );
  }
  set(pagesNum, `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`);
  let encryptNum: number | undefined;
  if (security) {
    encryptNum = reserve();
    set(encryptNum, security.dictionary);
  }

  const out: number[] = ascii('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out.push(...ascii(`${i + 1} 0 obj\n`), ...(body ?? ascii('null')), ...ascii('\nendobj\n'));
  });
  const xref = out.length;
  out.push(...ascii(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`));
  for (const offset of offsets) out.push(...ascii(`${String(offset).padStart(10, '0')} 00000 n \n`));
  const idHex = id.map((b) => b.toString(16).padStart(2, '0')).join('');
  out.push(
    ...ascii(
      `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /ID [<${idHex}> <${idHex}>]${
        encryptNum ? ` /Encrypt ${encryptNum} 0 R` : ''
      } >>\nstartxref\n${xref}\n%%EOF\n`,
    ),
  );
  return new Uint8Array(out);
}

/** Lines of a one-column page, top down, 16 points apart. */
export function column(texts: readonly string[], x = 56, top = 780, size = 11): PdfLine[] {
  return texts.map((text, i) => ({ text, x, y: top - i * 16, size }));
}
