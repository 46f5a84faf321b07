import { z } from 'zod';
import { Application, ApplicationEvent, Stage, StageId } from './application';
import { LIMITS } from './limits';

/**
 * The tracker's requests from extension pages (popup, tracker page) to the background,
 * the only writer. Spread into `UiMessage` in messages.ts. Every field a user can type is
 * bounded here, so a page cannot store what a capture could not.
 */

const AppId = Application.shape.id;
/** Up to this many applications in one bulk action or undo (the tracker's scale target is 5,000). */
export const MAX_BULK = 10_000;

const httpUrl = Application.shape.url;

/**
 * Fields the user may edit in the detail panel. An empty string clears an optional field;
 * `salary` is the text as the user writes it (parsed numbers are dropped when it changes).
 */
export const ApplicationPatch = z
  .object({
    title: z.string().trim().min(1).max(LIMITS.titleChars),
    company: z.string().trim().max(LIMITS.companyChars),
    location: z.string().trim().max(LIMITS.locationChars),
    url: httpUrl,
    salary: z.string().trim().max(LIMITS.salaryTextChars),
    workplace: z.string().trim().max(100),
    employmentType: z.string().trim().max(100),
    experience: z.string().trim().max(200),
    description: z.string().max(LIMITS.descriptionChars),
    notes: z.string().max(LIMITS.notesChars),
  })
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, 'an empty patch');
export type ApplicationPatch = z.infer<typeof ApplicationPatch>;

/** A timeline event as the user enters it; the background gives it an id. */
export const EventInput = ApplicationEvent.omit({ id: true }).strict();
export type EventInput = z.infer<typeof EventInput>;

export const TRACKER_MESSAGES = [
  z.object({ type: z.literal('update-application'), id: AppId, patch: ApplicationPatch }).strict(),
  /** One or many applications to a stage; each one that changes gets a timeline event. */
  z
    .object({ type: z.literal('set-status'), ids: z.array(AppId).min(1).max(MAX_BULK), status: StageId })
    .strict(),
  z.object({ type: z.literal('add-event'), id: AppId, event: EventInput }).strict(),
  z
    .object({
      type: z.literal('update-event'),
      id: AppId,
      eventId: z.string().min(1).max(64),
      event: EventInput,
    })
    .strict(),
  z.object({ type: z.literal('delete-event'), id: AppId, eventId: z.string().min(1).max(64) }).strict(),
  /** Answers the deleted records so the page can offer Undo (restore-applications). */
  z.object({ type: z.literal('delete-applications'), ids: z.array(AppId).min(1).max(MAX_BULK) }).strict(),
  z
    .object({ type: z.literal('restore-applications'), applications: z.array(Application).max(MAX_BULK) })
    .strict(),
  z.object({ type: z.literal('set-stages'), stages: z.array(Stage).min(1).max(20) }).strict(),
  z
    .object({
      type: z.literal('set-preferences'),
      language: z.enum(['auto', 'en', 'es']).optional(),
      theme: z.enum(['system', 'light', 'dark']).optional(),
    })
    .strict(),
  /** A parsed backup file, validated in full by the background; dryRun answers the preview only. */
  z.object({ type: z.literal('import-backup'), backup: z.unknown(), dryRun: z.boolean() }).strict(),
  z.object({ type: z.literal('delete-all-data'), confirm: z.literal('delete-all') }).strict(),
] as const;

/** What an import does (or would do, on a dry run), counted by record. */
export interface ImportPreview {
  added: number;
  merged: number;
  skipped: number;
  cvsAdded: number;
  cvsMerged: number;
  cvsSkipped: number;
  preferences: boolean;
}
