/**
 * The listing fields a capture reads and the sources a field can come from, as plain
 * constants: content scripts import them without pulling zod into job-board pages
 * (model/application.ts builds its schemas from these).
 */
export const LISTING_FIELDS = [
  'title',
  'company',
  'location',
  'salary',
  'description',
  'workplace',
  'employmentType',
  'experience',
  'skills',
] as const;
export type ListingField = (typeof LISTING_FIELDS)[number];

/**
 * Where one field was read, in the order they are tried: the board's own markup, a section
 * found by its heading ("About the job", "Descripción"), structured data (JSON-LD,
 * microdata), og:/twitter: meta; then, for a record kept incomplete, the document title;
 * for a page off the boards, its readable text.
 */
export const FIELD_SOURCES = ['board', 'section', 'structured', 'meta', 'document-title', 'text'] as const;
export type FieldSource = (typeof FIELD_SOURCES)[number];
