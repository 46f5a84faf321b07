/** Sizes the product promises or depends on, in one place for both sides. */
export const LIMITS = {
  /** A Pro request carries at most this much CV text (after redaction). */
  proCvChars: 3_000,
  /** A Pro request carries at most this much job text (after redaction). */
  proJobChars: 1_500,
  /** Longest description kept for one application. */
  descriptionChars: 60_000,
  titleChars: 300,
  companyChars: 200,
  locationChars: 200,
  salaryTextChars: 200,
  urlChars: 2_048,
  notesChars: 20_000,
  eventNoteChars: 2_000,
  cvTextChars: 100_000,
  cvFileBytes: 10 * 1024 * 1024,
  skills: 100,
} as const;
