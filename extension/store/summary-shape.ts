import { type ApplicationSummary, StoredSummary } from './schema';

/**
 * A structural check of a stored summary for the pages' read path: 5,000 summaries through
 * zod cost 150–250 ms on a page's cold start (most of the popup's "search ready"), this
 * check a few ms. It is safe because only the background writes, and it validates every
 * record with the full schema before writing (store/records.ts). The check is one-sided:
 * what it accepts has every field of the right kind (so the pages cannot trip over it);
 * anything else goes through the full schema, which gives the reason and keeps the
 * quarantine of broken records as it was.
 */
type Check = (value: unknown) => boolean;

const isString: Check = (value) => typeof value === 'string';
const isText: Check = (value) => typeof value === 'string' && value.length > 0;
const isObject: Check = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStrings: Check = (value) => Array.isArray(value) && value.every(isString);
const oneOf = (options: readonly string[]): Check => {
  const allowed = new Set(options);
  return (value) => typeof value === 'string' && allowed.has(value);
};
const isEvent: Check = (value) =>
  isObject(value) &&
  isText((value as { id?: unknown }).id) &&
  isText((value as { type?: unknown }).type) &&
  isText((value as { date?: unknown }).date);

const shape = StoredSummary.shape;
/** Every field of a summary, with what its value must be (the compiler keeps it complete). */
const FIELDS: { [K in keyof ApplicationSummary]-?: Check } = {
  id: isText,
  board: oneOf(shape.board.options),
  boardJobId: isText,
  url: isText,
  title: isText,
  company: isString,
  location: isString,
  salary: (value) => isObject(value) && isText((value as { text?: unknown }).text),
  workplace: isString,
  employmentType: isString,
  experience: isString,
  skills: isStrings,
  status: isText,
  events: (value) => Array.isArray(value) && value.every(isEvent),
  notes: isString,
  captureMethod: oneOf(shape.captureMethod.options),
  captureSource: oneOf(shape.captureSource.options),
  incomplete: isStrings,
  cvId: isString,
  createdAt: isText,
  updatedAt: isText,
};
const CHECKS = new Map<string, Check>(Object.entries(FIELDS));
/** The fields the schema requires (derived from it, so the two cannot drift). */
const REQUIRED = Object.keys(FIELDS).filter(
  (field) =>
    !(shape as Record<string, { safeParse(value: unknown): { success: boolean } }>)[field]?.safeParse(
      undefined,
    ).success,
);

/** Whether `value` has a summary's shape: required fields present, no unknown field, each of its kind. */
export function hasSummaryShape(value: unknown): value is ApplicationSummary {
  if (!isObject(value)) return false;
  const record = value as Record<string, unknown>;
  for (const field of REQUIRED) if (record[field] === undefined) return false;
  for (const field in record) {
    const check = CHECKS.get(field);
    if (!check) return false;
    const fieldValue = record[field];
    if (fieldValue !== undefined && !check(fieldValue)) return false;
  }
  return true;
}
