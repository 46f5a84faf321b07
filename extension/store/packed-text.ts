/**
 * Job descriptions kept small: a description is most of an application's bytes, and
 * stored once per application it is read only when its detail opens (or by an export, a
 * Pro tool, a features refresh).
 *
 * Schema 4 codes a description against the words its match features already list
 * (feat:<id>, match/features.ts featureWords: the job's distinct content words in the
 * order first seen), so those words are stored once, not twice: each word of the text
 * that is in that list becomes a one-byte "the next new word" code (or a reference to an
 * earlier one), everything else (function words, punctuation, accented or odd-cased
 * words) stays as it is. The result is deflated (CompressionStream, in every browser the
 * extension supports and in Node) and written in a base-91 alphabet of printable ASCII
 * that JSON never escapes, since chrome.storage holds JSON. On 40 real-length invented ads
 * (tests/fixtures/storage/long-ads.json) this stores a 2,919-character description in
 * about 1,000 bytes, against 1,955 deflated alone (schema 3) — the difference is what
 * keeps an application, features included, no larger than schema 1's plain record.
 *
 * The coded text starts with a tag of the word list it was coded against (its length and
 * a hash), so text is never decoded against other words: a caller with the wrong list
 * gets a PackedTextError, not wrong text. The store writes a description and its features
 * in the same set() (records.ts), so the two always agree.
 *
 * Schema 3's descriptionZ (deflate + base64, no word list) is still read: unpackDeflated.
 */

/** A coded description that cannot be read back (wrong word list, damaged data). */
export class PackedTextError extends Error {
  override name = 'PackedTextError';
}

async function through(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

// ---- base 91 (basE91's scheme: 13 or 14 bits per two characters) ----

/** Printable ASCII without '"' and '\' (JSON escapes them) and without ' '. */
const ALPHABET = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i))
  .filter((c) => c !== '"' && c !== '\\' && c !== '~')
  .join('');
const DIGIT = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DIGIT[ALPHABET.charCodeAt(i)] = i;

export function toBase91(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let count = 0;
  for (const byte of bytes) {
    bits |= byte << count;
    count += 8;
    if (count > 13) {
      let value = bits & 8191;
      if (value > 88) {
        bits >>= 13;
        count -= 13;
      } else {
        value = bits & 16383;
        bits >>= 14;
        count -= 14;
      }
      out += ALPHABET[value % 91] + (ALPHABET[Math.floor(value / 91)] as string);
    }
  }
  if (count) {
    out += ALPHABET[bits % 91];
    if (count > 7 || bits > 90) out += ALPHABET[Math.floor(bits / 91)];
  }
  return out;
}

export function fromBase91(text: string): Uint8Array {
  const out = new Uint8Array(Math.ceil((text.length * 14) / 16) + 1);
  let length = 0;
  let bits = 0;
  let count = 0;
  let value = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const digit = code < 128 ? (DIGIT[code] as number) : -1;
    if (digit < 0) throw new PackedTextError('not base 91');
    if (value < 0) {
      value = digit;
      continue;
    }
    value += digit * 91;
    bits |= value << count;
    count += (value & 8191) > 88 ? 13 : 14;
    do {
      out[length++] = bits & 255;
      bits >>= 8;
      count -= 8;
    } while (count > 7);
    value = -1;
  }
  if (value >= 0) out[length++] = (bits | (value << count)) & 255;
  return out.subarray(0, length);
}

// ---- words coded against a word list ----

/** Letters and digits: what a "word" of the text is for this coding (any script). */
const WORD = /[\p{L}\p{N}]+/gu;
/** Byte codes (never a byte of UTF-8 text but 1–7, which ESCAPE precedes). */
const NEXT = 1; // + case: the next word of the list not yet used
const REF = 4; // + case, then its index: an earlier (or later) word of the list
const ESCAPE = 7; // a literal byte 1–7 follows
/** Indexes from 0 to 4,095: one byte below 240, two above. */
const MAX_WORDS = 4096;
const ONE_BYTE = 240;

/** How a word of the list is written in the text: as listed, Capitalised, UPPER. */
const CASES: readonly ((word: string) => string)[] = [
  (word) => word,
  (word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase(),
  (word) => word.toUpperCase(),
];

/** FNV-1a over the list, with its length: a coded text names the list it needs. */
function listTag(words: readonly string[]): string {
  let hash = 0x811c9dc5;
  const text = words.join(' ');
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${words.length.toString(36)}.${(hash >>> 0).toString(36)}.`;
}

class Bytes {
  data = new Uint8Array(256);
  length = 0;
  push(byte: number): void {
    if (this.length === this.data.length) {
      const grown = new Uint8Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = byte;
  }
}

const encoder = new TextEncoder();

function codeWords(text: string, words: readonly string[]): Uint8Array {
  const index = new Map<string, number>();
  for (let i = 0; i < words.length && i < MAX_WORDS; i++) {
    const key = (words[i] as string).toLowerCase();
    if (!index.has(key)) index.set(key, i);
  }
  const out = new Bytes();
  const literal = (piece: string) => {
    for (const byte of encoder.encode(piece)) {
      if (byte >= NEXT && byte <= ESCAPE) out.push(ESCAPE);
      out.push(byte);
    }
  };
  let next = 0;
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    literal(text.slice(last, match.index));
    const token = match[0];
    last = match.index + token.length;
    const at = index.get(token.toLowerCase());
    const listed = at === undefined ? undefined : (words[at] as string);
    const form = listed === undefined ? -1 : CASES.findIndex((write) => write(listed) === token);
    if (at === undefined || form < 0) {
      literal(token);
    } else if (at === next) {
      out.push(NEXT + form);
      next++;
    } else {
      out.push(REF + form);
      if (at < ONE_BYTE) out.push(at);
      else {
        out.push(ONE_BYTE + (at >> 8));
        out.push(at & 255);
      }
      if (at > next) next = at + 1;
    }
  }
  literal(text.slice(last));
  return out.data.subarray(0, out.length);
}

function decodeWords(bytes: Uint8Array, words: readonly string[]): string {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let out = '';
  const run = new Bytes();
  const flush = () => {
    if (!run.length) return;
    out += decoder.decode(run.data.subarray(0, run.length));
    run.length = 0;
  };
  let next = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    if (byte === ESCAPE) {
      if (++i >= bytes.length) throw new PackedTextError('damaged data');
      run.push(bytes[i] as number);
      continue;
    }
    if (byte < NEXT || byte > ESCAPE) {
      run.push(byte);
      continue;
    }
    let at: number;
    let form: number;
    if (byte < REF) {
      at = next++;
      form = byte - NEXT;
    } else {
      form = byte - REF;
      const first = bytes[++i] as number;
      at = first < ONE_BYTE ? first : ((first - ONE_BYTE) << 8) | (bytes[++i] as number);
      if (at > next) next = at + 1;
    }
    const word = words[at];
    if (word === undefined || i >= bytes.length) throw new PackedTextError('a word outside the list');
    flush();
    out += (CASES[form] as (word: string) => string)(word);
  }
  flush();
  return out;
}

/**
 * `text` coded against `words` (the job's features' word list), or undefined when that
 * would not make it shorter than the text as it is.
 */
export async function packText(text: string, words: readonly string[]): Promise<string | undefined> {
  const deflated = await through(codeWords(text, words), new CompressionStream('deflate-raw'));
  const packed = listTag(words) + toBase91(deflated);
  return packed.length < text.length ? packed : undefined;
}

/** The text packText coded against `words`; PackedTextError if it was coded against others. */
export async function unpackText(packed: string, words: readonly string[]): Promise<string> {
  const tag = listTag(words);
  if (!packed.startsWith(tag)) throw new PackedTextError('coded against another word list');
  let bytes: Uint8Array;
  try {
    bytes = await through(fromBase91(packed.slice(tag.length)), new DecompressionStream('deflate-raw'));
  } catch (error) {
    throw error instanceof PackedTextError ? error : new PackedTextError('damaged data');
  }
  try {
    return decodeWords(bytes, words);
  } catch (error) {
    throw error instanceof PackedTextError ? error : new PackedTextError('damaged data');
  }
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A schema-3 descriptionZ: deflate + base64, no word list. */
export async function unpackDeflated(packed: string): Promise<string> {
  return new TextDecoder().decode(await through(fromBase64(packed), new DecompressionStream('deflate-raw')));
}
