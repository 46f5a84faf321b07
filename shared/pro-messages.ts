import { z } from 'zod';
import { CoverLetterRequest, LetterLanguage, LetterLength, LetterTone } from './api';
import { Application } from './application';
import { InterviewPrepRequest, StatementCriterion, StatementRequest, TOOL_LIMITS, Tool } from './pro-tools';

/**
 * Pro requests from extension pages to the background, which alone talks to the backend
 * (and only on one of these, or a Pro user's daily refresh). Spread into `UiMessage` in
 * messages.ts; each request has its reply schema beside it (PRO_REPLIES) so the pages
 * parse what they get back.
 */

const AppId = Application.shape.id;
/** The recovery key is the installation id: the only thing that ties a browser to its subscription. */
const RecoveryKey = z.string().trim().toLowerCase().pipe(z.uuidv4());
const LetterOptions = z.object({ language: LetterLanguage, tone: LetterTone, length: LetterLength }).strict();
/** Placeholder → original, kept on the device; only ever between pages and the background. */
const PlaceholderMap = z.record(z.string().regex(/^\[[A-Z]+(?:_\d+)?\]$/), z.string().max(500));
/** A tool's choices: the language; for a statement, the (edited) criteria with evidence and the word limit. */
const ToolOptions = z
  .object({
    language: LetterLanguage,
    criteria: z.array(StatementCriterion).max(TOOL_LIMITS.criteria).optional(),
    wordLimit: z.number().int().min(TOOL_LIMITS.minWords).max(TOOL_LIMITS.maxWords).optional(),
  })
  .strict();
export type ToolOptions = z.infer<typeof ToolOptions>;

export const PRO_MESSAGES = [
  /** The cached subscription; `refresh` asks the backend first (a Pro action: opening Pro features). */
  z.object({ type: z.literal('pro-status'), refresh: z.boolean().optional() }).strict(),
  /** Opens Stripe Checkout in a tab; the background watches for the success page. */
  z.object({ type: z.literal('pro-checkout') }).strict(),
  z.object({ type: z.literal('pro-portal') }).strict(),
  z.object({ type: z.literal('pro-restore'), key: RecoveryKey }).strict(),
  z.object({ type: z.literal('pro-recovery-key') }).strict(),
  z.object({ type: z.literal('pro-delete-record'), confirm: z.literal('delete-record') }).strict(),
  z.object({ type: z.literal('pro-set-owner-name'), name: z.string().trim().max(120) }).strict(),
  /** The exact body that would be sent for this application, redacted and within the limits. */
  z.object({ type: z.literal('pro-letter-preview'), id: AppId, options: LetterOptions }).strict(),
  /** Sends the (possibly edited) body; the letter streams into session storage and is saved. */
  z
    .object({
      type: z.literal('pro-letter-start'),
      id: AppId,
      body: CoverLetterRequest,
      placeholders: PlaceholderMap,
    })
    .strict(),
  z.object({ type: z.literal('pro-letter-cancel'), id: AppId }).strict(),
  z
    .object({
      type: z.literal('pro-letter-save'),
      id: AppId,
      letterId: z.string().min(1).max(64),
      text: z.string().max(20_000),
    })
    .strict(),
  z.object({ type: z.literal('pro-letter-delete'), id: AppId, letterId: z.string().min(1).max(64) }).strict(),
  /** Interview prep and the supporting statement: the letter's four steps, per tool. */
  z.object({ type: z.literal('pro-tool-preview'), id: AppId, tool: Tool, options: ToolOptions }).strict(),
  z
    .object({
      type: z.literal('pro-tool-start'),
      id: AppId,
      tool: Tool,
      body: z.union([InterviewPrepRequest, StatementRequest]),
      placeholders: PlaceholderMap,
    })
    .strict(),
  z.object({ type: z.literal('pro-tool-cancel'), id: AppId, tool: Tool }).strict(),
  z
    .object({
      type: z.literal('pro-tool-save'),
      id: AppId,
      tool: Tool,
      docId: z.string().min(1).max(64),
      text: z.string().max(TOOL_LIMITS.savedChars),
    })
    .strict(),
  z
    .object({ type: z.literal('pro-tool-delete'), id: AppId, tool: Tool, docId: z.string().min(1).max(64) })
    .strict(),
  /** The user's practice note for one interview question (empty removes it). */
  z
    .object({
      type: z.literal('pro-prep-note'),
      id: AppId,
      question: z.string().trim().min(1).max(500),
      note: z.string().max(TOOL_LIMITS.noteChars),
    })
    .strict(),
] as const;

export type ProMessageType = (typeof PRO_MESSAGES)[number]['shape']['type']['value'];

/** Why a Pro action failed; the UI words each one in the user's language. */
export const PRO_FAILURES = [
  'not-pro',
  'already-pro',
  'rate-limited',
  'service-down',
  'offline',
  'too-long',
  'no-subscription',
  'interrupted',
  'invalid-key',
  'no-cv',
  'busy',
  'unknown',
] as const;
export const ProFailure = z.object({
  reason: z.enum(PRO_FAILURES),
  /** For rate-limited: seconds until a retry makes sense. */
  retryAfterSeconds: z.number().int().nonnegative().optional(),
});
export type ProFailure = z.infer<typeof ProFailure>;

export const ProSubscription = z
  .object({
    pro: z.boolean(),
    status: z.string(),
    currentPeriodEnd: z.string().optional(),
    cancelAtPeriodEnd: z.boolean().optional(),
    checkedAt: z.string(),
  })
  .strip();

/** The exact request a Pro action would send, what its placeholders stand for, and whose name was removed. */
const previewOf = <B extends z.ZodType>(body: B) =>
  z.object({
    body,
    placeholders: PlaceholderMap,
    /** The name the preview replaced, and where it came from. */
    ownerName: z.string().optional(),
    ownerNameSource: z.enum(['settings', 'cv', 'none']),
  });
export const LetterPreview = previewOf(CoverLetterRequest);
export type LetterPreview = z.infer<typeof LetterPreview>;
export const ToolPreview = previewOf(z.union([InterviewPrepRequest, StatementRequest]));
export type ToolPreview = z.infer<typeof ToolPreview>;

/** What the background keeps in chrome.storage.session while a letter is written. */
export const LetterProgress = z.object({
  status: z.enum(['streaming', 'done', 'error']),
  /** The letter so far, with placeholders (pages fill them in to show it). */
  text: z.string(),
  placeholders: PlaceholderMap,
  startedAt: z.string(),
  failure: ProFailure.optional(),
  /** On done: the saved version's id. */
  letterId: z.string().optional(),
});
export type LetterProgress = z.infer<typeof LetterProgress>;
/** Session keys of texts being written: `pro-letter:<id>`, `pro-prep:<id>`, `pro-statement:<id>`. */
export const progressKey = (kind: 'letter' | Tool, applicationId: string) => `pro-${kind}:${applicationId}`;
export const PROGRESS_KEY = /^pro-(?:letter|prep|statement):/;
export const letterProgressKey = (applicationId: string) => progressKey('letter', applicationId);

/** Every answer is ok with a value, or a Pro failure (as a Result error with code `pro`). */
export const PRO_REPLIES = {
  'pro-status': ProSubscription.nullable(),
  'pro-checkout': z.object({ url: z.string() }),
  'pro-portal': z.object({ url: z.string() }),
  'pro-restore': ProSubscription,
  'pro-recovery-key': z.object({ key: z.string() }),
  'pro-delete-record': z.object({ deleted: z.boolean() }),
  'pro-set-owner-name': z.object({ name: z.string() }),
  'pro-letter-preview': LetterPreview,
  'pro-letter-start': z.object({ started: z.literal(true) }),
  'pro-letter-cancel': z.object({ cancelled: z.boolean() }),
  'pro-letter-save': z.object({ letterId: z.string() }),
  'pro-letter-delete': z.object({ letterId: z.string() }),
  'pro-tool-preview': ToolPreview,
  'pro-tool-start': z.object({ started: z.literal(true) }),
  'pro-tool-cancel': z.object({ cancelled: z.boolean() }),
  'pro-tool-save': z.object({ docId: z.string() }),
  'pro-tool-delete': z.object({ docId: z.string() }),
  'pro-prep-note': z.object({ question: z.string() }),
} satisfies Record<ProMessageType, z.ZodType>;
