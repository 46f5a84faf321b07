/**
 * How a summary is stored (keys.ts app:<id>, schema 3): as one JSON string, not as an
 * object. chrome.storage hands a page every value rebuilt node by node (JSON in the
 * browser process, then V8 objects in the page): for 5,000 summaries as objects that cost
 * 317 ms of a page's read, as strings 39 ms, and JSON.parse of all of them 10 ms more
 * (measured in the tracker page on this project's 2-core machine, same run, same data).
 * A summary is small (≈650 bytes) and read whole, so nothing is lost by packing it.
 * Values still stored as objects (schemas 1 and 2, met only while a migration is under
 * way, and test fixtures) read as they are. Kept free of schemas: the background's
 * first-screen snapshot and the pages' sort use it on raw values.
 */

/** A summary object as stored. */
export const packSummary = (summary: object): string => JSON.stringify(summary);

/** A stored app:<id> value as an object (or as it is, when it is not a readable string). */
export function unpackSummary(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

const CREATED_AT = /"createdAt":"([^"\\]*)"/;

/**
 * A stored summary's createdAt without parsing the rest (for sorting raw values newest
 * first); '' when it has none. In a packed summary the key can only appear as the
 * record's own field: inside a string value its quotes would be escaped, and no nested
 * object of a summary has a createdAt.
 */
export function storedCreatedAt(value: unknown): string {
  if (typeof value === 'string') return CREATED_AT.exec(value)?.[1] ?? '';
  const createdAt = (value as { createdAt?: unknown } | null | undefined)?.createdAt;
  return typeof createdAt === 'string' ? createdAt : '';
}
