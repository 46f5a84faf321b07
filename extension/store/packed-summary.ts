/**
 * How a summary is stored (keys.ts app:<id>): as one string, not as an object.
 * chrome.storage hands a page every value rebuilt node by node (JSON in the browser
 * process, then V8 objects in the page): for 5,000 summaries as objects that cost 317 ms
 * of a page's read, as strings 39 ms, and JSON.parse of all of them 10 ms more (measured
 * in the tracker page on this project's 2-core machine, same run, same data). A summary
 * is small and read whole, so nothing is lost by packing it.
 *
 * The string is the fields by position (packFields), not JSON: storage counts every byte,
 * and as a JSON string a summary spent a fifth of its ≈620 bytes (on the real-length ads
 * of tests/fixtures/storage/long-ads.json) on field names and a tenth on the `\"` that
 * storage's own JSON writes for each inner quote; packed it takes ≈378. Reading stays as
 * fast: one split() and a loop instead of JSON.parse. For 5,000 summaries: unpacked in
 * 10 ms against 8 for JSON.parse in Node; in an extension page (medians of 11 alternating
 * rounds, machine under load) read + unpack 83 ms against 178, the storage read of the
 * smaller strings saving far more than the unpack costs; the raw sort reads createdAt
 * 2–4× faster. In the popup and tracker benchmark at 5,000 (5 alternating runs each, 3
 * of them before the copies of ownCopy; load 5–9 on 2 cores) search was ready at 281 ms against 334 (popup) and 332 against 371
 * (tracker), with 0.6 MiB more heap (13.0 MiB). Not chosen: JSON with short names, dates
 * in base 36 and `"` swapped for U+007F (398 bytes on the same ads, but swapping back
 * alone cost 26 ms per 5,000 in the extension's worker, and every date was rebuilt with
 * toISOString on each read).
 *
 * Summaries stored as plain JSON strings (schema 3 before this format, until every record
 * is written again) and as objects (schemas 1 and 2, met only while a migration is under
 * way, and test fixtures) read as they are: a packed string starts with SEP, a JSON one
 * with `{`. The id stays inside: the readers that validate a value (records.ts
 * summaryValue) are not given its key. Kept free of schemas: the background's first-screen
 * snapshot and the pages' sort use it on raw values.
 */

/** Separates a packed summary's parts: one byte in storage, never in real text. */
const SEP = '\u007f';

/**
 * How a field's value is written: its text as it is, or its JSON. A word is a text many
 * records share (a board, a stage): read, it is one string for all of them, as JSON.parse
 * gives short values.
 */
type Kind = 'text' | 'word' | 'json';

/**
 * The fields a packed summary holds by position, in this order (never reorder or remove:
 * stored summaries are read with this table; a new field goes at the end). createdAt
 * comes first, so the raw sort reads it without parsing. updatedAt is '' when it equals
 * createdAt (as it does until the record is first changed).
 */
const FIELDS: readonly (readonly [name: string, kind: Kind])[] = [
  ['createdAt', 'text'],
  ['id', 'text'],
  ['board', 'word'],
  ['boardJobId', 'text'],
  ['url', 'text'],
  ['title', 'text'],
  ['company', 'text'],
  ['location', 'text'],
  ['salary', 'json'],
  ['workplace', 'word'],
  ['employmentType', 'word'],
  ['experience', 'text'],
  ['skills', 'json'],
  ['status', 'word'],
  ['events', 'json'],
  ['notes', 'text'],
  ['captureMethod', 'word'],
  ['captureSource', 'word'],
  ['incomplete', 'json'],
  ['cvId', 'text'],
  ['updatedAt', 'text'],
];
/**
 * The mask's bit 0 flags the last part: the other fields, as one JSON object; FIELDS[i]
 * is bit i + 1, so a field added to the table never moves a bit already stored. (At most
 * 30 fields: the mask is a 32-bit integer.)
 */
const OTHERS_FLAG = 1;
const flagOf = (index: number) => 1 << (index + 1);
const KNOWN = new Map(FIELDS.map(([name, kind], index) => [name, { kind, index }]));
const CREATED_AT = 'createdAt';
const UPDATED_AT = 'updatedAt';
const MASK_RADIX = 36;

/** Sets a property even when its name is __proto__ (which `=` would not create). */
function put(target: Record<string, unknown>, name: string, value: unknown): void {
  if (name === '__proto__') Object.defineProperty(target, name, { value, enumerable: true, writable: true });
  else target[name] = value;
}

/**
 * The packed form of a summary: SEP, then the parts joined by SEP — a mask (base 36) of
 * which fields are present, then each present field of FIELDS in order, then any other
 * field (one unknown to the table, or of a kind it does not expect) as one JSON object.
 * Undefined when a part would contain SEP itself (a DEL in the text: it never happens in
 * practice, and such a record is stored as plain JSON).
 */
function packFields(summary: Record<string, unknown>): string | undefined {
  const byIndex: (string | undefined)[] = [];
  const others: Record<string, unknown> = {};
  let mask = 0;
  for (const [name, value] of Object.entries(summary)) {
    if (value === undefined) continue;
    const part = partOf(name, value, summary);
    const known = KNOWN.get(name);
    if (known === undefined || part === undefined) {
      put(others, name, value);
      mask |= OTHERS_FLAG;
      continue;
    }
    byIndex[known.index] = part;
    mask |= flagOf(known.index);
  }
  const parts = [mask.toString(MASK_RADIX), ...byIndex.filter((part) => part !== undefined)];
  if (mask & OTHERS_FLAG) parts.push(JSON.stringify(others));
  return parts.some((part) => part.includes(SEP)) ? undefined : SEP + parts.join(SEP);
}

/** How a field of the table is written; undefined when its value is not of its kind. */
function partOf(name: string, value: unknown, summary: Record<string, unknown>): string | undefined {
  const kind = KNOWN.get(name)?.kind;
  if (kind === 'json') return JSON.stringify(value);
  if (kind === undefined || typeof value !== 'string') return undefined;
  if (name !== UPDATED_AT) return value;
  // '' stands for "same as createdAt", so an updatedAt of '' itself goes with the others.
  if (value === '') return undefined;
  return value === summary[CREATED_AT] ? '' : value;
}

/** A summary object as stored (packFields; plain JSON when that cannot hold it). */
export function packSummary(summary: object): string {
  if (Array.isArray(summary)) return JSON.stringify(summary);
  return packFields(summary as Record<string, unknown>) ?? JSON.stringify(summary);
}

// For the read loop (the pages unpack thousands at once): the table as flat lookups.
const NAMES = FIELDS.map(([name]) => name);
const flagsOf = (wanted: Kind) =>
  FIELDS.reduce((flags, [, kind], index) => (kind === wanted ? flags | flagOf(index) : flags), 0);
const JSON_FLAGS = flagsOf('json');
const WORD_FLAGS = flagsOf('word');
const UPDATED_AT_INDEX = NAMES.indexOf(UPDATED_AT);
const CREATED_AT_FLAG = flagOf(NAMES.indexOf(CREATED_AT));
const MASK_TEXT = /^[0-9a-z]{1,6}$/;

/**
 * A part of the stored string as a string of its own. split() gives a part of 13 characters
 * or more as a view into the whole stored string, which would keep every stored string
 * alive as long as its summary (2.6 MiB more than JSON.parse's strings at 5,000 in Node,
 * 0.8 with these copies and shared words).
 */
const ownCopy = (part: string) => (part.length < 13 ? part : `${part} `.slice(0, -1));

/** Words read so far, one string each (bounded: a word field is a short list of values). */
const words = new Map<string, string>();
const MAX_WORDS = 1_000;

function sharedWord(part: string): string {
  const known = words.get(part);
  if (known !== undefined) return known;
  if (words.size < MAX_WORDS) words.set(part, part);
  return part;
}

function unpackFields(value: string): Record<string, unknown> {
  const parts = value.split(SEP);
  const maskText = parts[1] ?? '';
  if (!MASK_TEXT.test(maskText)) throw new Error('not a packed summary');
  const mask = Number.parseInt(maskText, MASK_RADIX);
  const out: Record<string, unknown> = {};
  let at = 2;
  for (let index = 0; index < NAMES.length; index++) {
    const flag = flagOf(index);
    if ((mask & flag) === 0) continue;
    const name = NAMES[index] as string;
    const part = parts[at++] ?? '';
    if (JSON_FLAGS & flag) out[name] = JSON.parse(part);
    else if (WORD_FLAGS & flag) out[name] = sharedWord(part);
    else out[name] = index === UPDATED_AT_INDEX && part === '' ? out[CREATED_AT] : ownCopy(part);
  }
  if (mask & OTHERS_FLAG) {
    const others: unknown = JSON.parse(parts[at++] ?? '');
    if (typeof others !== 'object' || others === null) throw new Error('not a packed summary');
    for (const [name, field] of Object.entries(others)) put(out, name, field);
  }
  // A damaged value (parts missing or left over) reads as unreadable, not as a record.
  if (at !== parts.length) throw new Error('not a packed summary');
  return out;
}

/** A stored app:<id> value as an object (or as it is, when it is not a readable string). */
export function unpackSummary(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return value.startsWith(SEP) ? unpackFields(value) : (JSON.parse(value) as unknown);
  } catch {
    return value;
  }
}

const PLAIN_CREATED_AT = /"createdAt":"([^"\\]*)"/;

/**
 * A stored summary's createdAt without parsing the rest (for sorting raw values newest
 * first); '' when it has none. Packed, it is the first field. In plain JSON the key can
 * only appear as the record's own field: inside a string value its quotes would be
 * escaped, and no nested object of a summary has a createdAt.
 */
export function storedCreatedAt(value: unknown): string {
  if (typeof value === 'string') {
    if (!value.startsWith(SEP)) return PLAIN_CREATED_AT.exec(value)?.[1] ?? '';
    const maskEnd = value.indexOf(SEP, 1);
    if (maskEnd < 0 || (Number.parseInt(value.slice(1, maskEnd), MASK_RADIX) & CREATED_AT_FLAG) === 0)
      return '';
    const end = value.indexOf(SEP, maskEnd + 1);
    return value.slice(maskEnd + 1, end < 0 ? undefined : end);
  }
  const createdAt = (value as { createdAt?: unknown } | null | undefined)?.createdAt;
  return typeof createdAt === 'string' ? createdAt : '';
}
