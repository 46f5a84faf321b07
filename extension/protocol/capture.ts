import { z } from 'zod';
import { Application, CaptureTrigger, ListingDraft } from '../model/application';
import { message } from './message';
import type { AppError } from './result';

/**
 * Capture's messages: the capture itself, the badge check, the toast's Undo and Open
 * (content scripts), and the popup's "Save this job" (extension page).
 */

const CaptureOutcome = z.object({
  id: Application.shape.id,
  created: z.boolean(),
  status: z.string(),
});

/** What a capture answers: the outcome plus, when it changed something, how to undo it. */
export const CaptureReply = CaptureOutcome.extend({
  undoToken: z.string().optional(),
  /** Set when the capture moved an existing application (saved → applied). */
  previousStatus: z.string().optional(),
});
export type CaptureReply = z.infer<typeof CaptureReply>;

export const NOTHING_REASONS = ['bot-check', 'no-job', 'unsupported-page', 'no-access'] as const;
export type NothingReason = (typeof NOTHING_REASONS)[number];

const ErrorValue = z.custom<AppError>(
  (value) => typeof (value as { code?: unknown } | null)?.code === 'string',
  'an error code',
);

/** What a manual save answers (popup button, context menu, shortcut); the injected script's result. */
export const SaveTabOutcome = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('saved'),
    id: Application.shape.id,
    title: z.string().max(500),
    created: z.boolean(),
    status: z.string().max(40),
  }),
  z.object({ kind: z.literal('nothing'), reason: z.enum(NOTHING_REASONS) }),
  z.object({ kind: z.literal('error'), error: ErrorValue }),
]);
export type SaveTabOutcome = z.infer<typeof SaveTabOutcome>;

const UndoToken = z.string().min(1).max(64);

export const CAPTURE_PROTOCOL = {
  /** The listing open when Apply was clicked (or a manual save), read in the page. */
  capture: message(
    'content',
    z.object({ trigger: CaptureTrigger, draft: ListingDraft }).strict(),
    CaptureReply,
  ),
  /** The toast's Undo: reverts the capture that answered with this token. */
  'undo-capture': message(
    'content',
    z.object({ token: UndoToken }).strict(),
    z.object({ removed: z.boolean(), status: z.string().optional() }),
  ),
  /** The toast's Open: the tracker page on this application (content scripts cannot open it). */
  'open-application': message('content', z.object({ id: Application.shape.id }).strict(), z.null()),
  /** The popup's "Save this job": manual capture of the active tab. */
  'save-active-tab': message('ui', z.object({}).strict(), SaveTabOutcome),
} as const;
