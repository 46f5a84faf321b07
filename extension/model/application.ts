import { z } from 'zod';
import { LIMITS } from '../../shared/limits';
import { FIELD_SOURCES, LISTING_FIELDS } from './listing-fields';

/**
 * The application record and the listing draft a capture produces: the extension's model,
 * used by every layer (sites produce drafts, the protocol carries them, the store versions
 * records, pages show them). The backend never sees them, so they live here, not in shared/.
 */

export const BOARDS = ['linkedin', 'indeed', 'glassdoor', 'infojobs', 'tecnoempleo', 'other'] as const;
export const Board = z.enum(BOARDS);
export type Board = z.infer<typeof Board>;

export const StageId = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'a stage id is lowercase letters, digits and dashes');
export type StageId = z.infer<typeof StageId>;

/** A pipeline stage as the user names it (built-in ids may be relabelled). */
export const Stage = z.object({ id: StageId, label: z.string().trim().min(1).max(40) }).strict();
export type Stage = z.infer<typeof Stage>;

const httpUrl = z
  .string()
  .max(LIMITS.urlChars)
  .refine((value) => {
    try {
      const { protocol } = new URL(value);
      return protocol === 'https:' || protocol === 'http:';
    } catch {
      return false;
    }
  }, 'an http(s) URL');

export const SalaryPeriod = z.enum(['hour', 'day', 'week', 'month', 'year']);
export type SalaryPeriod = z.infer<typeof SalaryPeriod>;

export const Salary = z.object({
  /** As shown on the page, e.g. "£40k - £45k (Employer provided)". */
  text: z.string().min(1).max(LIMITS.salaryTextChars),
  min: z.number().nonnegative().optional(),
  max: z.number().nonnegative().optional(),
  /** ISO 4217 code when known. */
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  period: SalaryPeriod.optional(),
});
export type Salary = z.infer<typeof Salary>;

/** Where a capture's fields came from, most trusted first. */
export const CaptureSource = z.enum(['structured', 'board', 'text']);
export type CaptureSource = z.infer<typeof CaptureSource>;

export const ListingField = z.enum(LISTING_FIELDS);
export type ListingField = z.infer<typeof ListingField>;
export const FieldSource = z.enum(FIELD_SOURCES);
export type FieldSource = z.infer<typeof FieldSource>;
export const FieldSources = z.partialRecord(ListingField, FieldSource);
export type FieldSources = z.infer<typeof FieldSources>;

/** Missing fields of a job stored from an Apply on a page that could not be read in full. */
const Incomplete = z.array(ListingField).min(1).max(LISTING_FIELDS.length);

/** What a site adapter extracts from a page. Untrusted until parsed with this schema. */
export const ListingDraft = z
  .object({
    board: Board,
    /** The board's own id for the listing (LinkedIn job id, Indeed jk, InfoJobs of-i…). */
    boardJobId: z.string().min(1).max(100).optional(),
    url: httpUrl,
    title: z.string().trim().min(1).max(LIMITS.titleChars),
    company: z.string().trim().max(LIMITS.companyChars).optional(),
    location: z.string().trim().max(LIMITS.locationChars).optional(),
    salary: Salary.optional(),
    description: z.string().max(LIMITS.descriptionChars).optional(),
    /** True when the page showed only part of the description (e.g. Glassdoor's blur). */
    descriptionPartial: z.boolean().optional(),
    /** Work arrangement as the board states it ("Hybrid", "Solo teletrabajo"). */
    workplace: z.string().trim().max(100).optional(),
    employmentType: z.string().trim().max(100).optional(),
    experience: z.string().trim().max(200).optional(),
    skills: z.array(z.string().trim().min(1).max(80)).max(LIMITS.skills).optional(),
    source: CaptureSource,
    /** Which source gave each field (to trace a wrong field). */
    fieldSources: FieldSources.optional(),
    /** Set when the page named a job but some of its fields could not be read. */
    incomplete: Incomplete.optional(),
  })
  .strict();
export type ListingDraft = z.infer<typeof ListingDraft>;

/** Which job a tab shows: what a content script reads from the URL and page for the badge. */
export const JobRef = ListingDraft.pick({ board: true, boardJobId: true, url: true }).strict();
export type JobRef = z.infer<typeof JobRef>;

/** What made a capture: an Apply click, or the user's "Save this job". */
export const CaptureTrigger = z.enum(['apply', 'manual']);
export type CaptureTrigger = z.infer<typeof CaptureTrigger>;

export const EVENT_TYPES = [
  'saved',
  'applied',
  'status',
  'interview',
  'follow-up',
  'offer',
  'rejection',
  'note',
] as const;
export const EventType = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof EventType>;

const isoDateTime = z.iso.datetime({ offset: true });

export const ApplicationEvent = z
  .object({
    id: z.string().min(1).max(64),
    type: EventType,
    /** When it happens or happened (an interview may be in the future). */
    date: isoDateTime,
    note: z.string().max(LIMITS.eventNoteChars).optional(),
    /** For a status event: the stage moved to. */
    stage: StageId.optional(),
    /** When to remind the user, if they asked for a reminder. */
    remindAt: isoDateTime.optional(),
  })
  .strict();
export type ApplicationEvent = z.infer<typeof ApplicationEvent>;

/** Most cover-letter versions kept per application (oldest dropped first). */
export const MAX_LETTERS = 10;

/** A Pro cover letter, saved with its application, placeholders already filled in. */
export const CoverLetter = z
  .object({
    id: z.string().min(1).max(64),
    createdAt: isoDateTime,
    updatedAt: isoDateTime.optional(),
    language: z.enum(['en', 'es']),
    tone: z.string().max(40),
    length: z.string().max(40),
    text: z.string().max(20_000),
  })
  .strict();
export type CoverLetter = z.infer<typeof CoverLetter>;

/** A Pro interview prep or supporting statement (shared/pro-tools.ts formats), placeholders filled in. */
export const ProDocument = CoverLetter.omit({ tone: true, length: true })
  .extend({
    text: z.string().max(30_000),
    /** A statement's word limit and the criteria with the user's evidence, as sent. */
    wordLimit: z.number().int().positive().optional(),
    criteria: z
      .array(
        z
          .object({
            text: z.string().max(300),
            kind: z.enum(['essential', 'desirable']),
            evidence: z.string().max(600),
          })
          .strict(),
      )
      .max(20)
      .optional(),
  })
  .strict();
export type ProDocument = z.infer<typeof ProDocument>;

export const Application = z
  .object({
    id: z.string().min(1).max(200),
    board: Board,
    boardJobId: z.string().min(1).max(100).optional(),
    /** The listing's URL without tracking parameters. */
    url: httpUrl,
    title: z.string().min(1).max(LIMITS.titleChars),
    company: z.string().max(LIMITS.companyChars).optional(),
    location: z.string().max(LIMITS.locationChars).optional(),
    salary: Salary.optional(),
    description: z.string().max(LIMITS.descriptionChars).optional(),
    descriptionPartial: z.boolean().optional(),
    workplace: z.string().max(100).optional(),
    employmentType: z.string().max(100).optional(),
    experience: z.string().max(200).optional(),
    skills: z.array(z.string().max(80)).max(LIMITS.skills).optional(),
    status: StageId,
    events: z.array(ApplicationEvent).max(500),
    notes: z.string().max(LIMITS.notesChars),
    /** How it entered the tracker: an Apply click, a manual save, an import. */
    captureMethod: z.enum(['apply', 'manual', 'import']),
    captureSource: CaptureSource,
    /** Which source gave each captured field (optional: older records have none). */
    fieldSources: FieldSources.optional(),
    /** The fields a capture could not read; absent once complete. */
    incomplete: Incomplete.optional(),
    /** The CV version that was the default when this was captured, if any. */
    cvId: z.string().max(64).optional(),
    /** Pro cover letters written for this application, oldest first. */
    coverLetters: z.array(CoverLetter).max(MAX_LETTERS).optional(),
    /** Pro interview preps and supporting statements, oldest first. */
    interviewPreps: z.array(ProDocument).max(MAX_LETTERS).optional(),
    statements: z.array(ProDocument).max(MAX_LETTERS).optional(),
    /** The user's practice notes, by interview question. */
    prepNotes: z.record(z.string().max(500), z.string().max(2_000)).optional(),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .strict();
export type Application = z.infer<typeof Application>;
