import { z } from 'zod';
import { Application, Board } from './application';
import type { CaptureOutcome } from './messages';

/**
 * Capture's requests to the background, beside `capture` itself (messages.ts). Content
 * scripts send the CAPTURE_CONTENT_MESSAGES; extension pages the CAPTURE_UI_MESSAGES.
 */

/** Which job a tab shows (the content script reads it from the URL and page). */
export const JobRef = z
  .object({
    board: Board,
    boardJobId: z.string().min(1).max(100).optional(),
    url: Application.shape.url,
  })
  .strict();
export type JobRef = z.infer<typeof JobRef>;

const UndoToken = z.string().min(1).max(64);

export const CAPTURE_CONTENT_MESSAGES = [
  /** Sets the toolbar badge for the sender's tab: tracked or not. `null`: no job open. */
  z.object({ type: z.literal('tab-job'), job: JobRef.nullable() }).strict(),
  /** The toast's Undo: reverts the capture that answered with this token. */
  z.object({ type: z.literal('undo-capture'), token: UndoToken }).strict(),
  /** The toast's Open: the tracker page on this application (content scripts cannot open it). */
  z.object({ type: z.literal('open-application'), id: Application.shape.id }).strict(),
] as const;

export const CAPTURE_UI_MESSAGES = [
  /** The popup's "Save this job": manual capture of the active tab. */
  z.object({ type: z.literal('save-active-tab') }).strict(),
] as const;

/** What a capture answers: the outcome plus, when it changed something, how to undo it. */
export interface CaptureReply extends CaptureOutcome {
  undoToken?: string;
  /** Set when the capture moved an existing application (saved → applied). */
  previousStatus?: string;
}

export interface TabJobStatus {
  tracked: boolean;
  id?: string;
  status?: string;
}

export const NOTHING_REASONS = ['bot-check', 'no-job', 'unsupported-page', 'no-access'] as const;
export type NothingReason = (typeof NOTHING_REASONS)[number];

/** What a manual save answers (popup button, context menu, shortcut). */
export type SaveTabOutcome =
  | { kind: 'saved'; id: string; title: string; created: boolean; status: string }
  | { kind: 'nothing'; reason: NothingReason }
  | { kind: 'error'; message: string };

/** What the injected manual-capture script hands back: parsed, never trusted. */
export const ManualScriptResult = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('saved'),
    id: Application.shape.id,
    title: z.string().max(500),
    created: z.boolean(),
    status: z.string().max(40),
  }),
  z.object({ kind: z.literal('nothing'), reason: z.enum(NOTHING_REASONS) }),
  z.object({ kind: z.literal('error'), message: z.string().max(500) }),
]);
