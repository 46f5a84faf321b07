import { z } from 'zod';
import { CoverLetterRequest, LetterLanguage, LetterLength, LetterTone } from '../../shared/api';
import {
  InterviewPrepRequest,
  StatementCriterion,
  StatementRequest,
  TOOL_LIMITS,
  Tool,
} from '../../shared/pro-tools';
import { Application } from '../model/application';
import { PlaceholderMap, type ProFailure, SubscriptionState } from '../store/schema';
import { message } from './message';
import type { AppError } from './result';

/**
 * Pro requests from extension pages to the background, which alone talks to the backend
 * (and only on one of these, or a Pro user's daily refresh). A failed Pro action answers
 * a `pro-…` error code (protocol/result.ts), worded by the page with i18n/errors.ts.
 */

const AppId = Application.shape.id;
const LetterId = z.string().min(1).max(64);
/** The recovery key is the installation id: the only thing that ties a browser to its subscription. */
const RecoveryKey = z.string().trim().toLowerCase().pipe(z.uuidv4());
const LetterOptions = z.object({ language: LetterLanguage, tone: LetterTone, length: LetterLength }).strict();

/** The cached subscription as pages see it: without the uninstall page's token. */
const ProSubscription = SubscriptionState.omit({ uninstallToken: true });

/** A tool's choices: the language; for a statement, the (edited) criteria with evidence and the word limit. */
const ToolOptions = z
  .object({
    language: LetterLanguage,
    criteria: z.array(StatementCriterion).max(TOOL_LIMITS.criteria).optional(),
    wordLimit: z.number().int().min(TOOL_LIMITS.minWords).max(TOOL_LIMITS.maxWords).optional(),
  })
  .strict();
export type ToolOptions = z.infer<typeof ToolOptions>;
const DocId = z.string().min(1).max(64);

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

export const PRO_PROTOCOL = {
  /** The cached subscription; `refresh` asks the backend first (a Pro action: opening Pro features). */
  'pro-status': message(
    'ui',
    z.object({ refresh: z.boolean().optional() }).strict(),
    ProSubscription.nullable(),
  ),
  /** Opens Stripe Checkout in a tab; the background watches for the success page. */
  'pro-checkout': message('ui', z.object({}).strict(), z.object({ url: z.string() })),
  'pro-portal': message('ui', z.object({}).strict(), z.object({ url: z.string() })),
  'pro-restore': message('ui', z.object({ key: RecoveryKey }).strict(), ProSubscription),
  'pro-recovery-key': message('ui', z.object({}).strict(), z.object({ key: z.string() })),
  'pro-delete-record': message(
    'ui',
    z.object({ confirm: z.literal('delete-record') }).strict(),
    z.object({ deleted: z.boolean() }),
  ),
  'pro-set-owner-name': message(
    'ui',
    z.object({ name: z.string().trim().max(120) }).strict(),
    z.object({ name: z.string() }),
  ),
  /** The exact body that would be sent for this application, redacted and within the limits. */
  'pro-letter-preview': message(
    'ui',
    z.object({ id: AppId, options: LetterOptions }).strict(),
    LetterPreview,
  ),
  /** Sends the (possibly edited) body; the letter streams into session storage and is saved. */
  'pro-letter-start': message(
    'ui',
    z.object({ id: AppId, body: CoverLetterRequest, placeholders: PlaceholderMap }).strict(),
    z.object({ started: z.literal(true) }),
  ),
  'pro-letter-cancel': message('ui', z.object({ id: AppId }).strict(), z.object({ cancelled: z.boolean() })),
  'pro-letter-save': message(
    'ui',
    z.object({ id: AppId, letterId: LetterId, text: z.string().max(20_000) }).strict(),
    z.object({ letterId: z.string() }),
  ),
  'pro-letter-delete': message(
    'ui',
    z.object({ id: AppId, letterId: LetterId }).strict(),
    z.object({ letterId: z.string() }),
  ),
  /** Interview prep and the supporting statement: the letter's four steps, per tool. */
  'pro-tool-preview': message(
    'ui',
    z.object({ id: AppId, tool: Tool, options: ToolOptions }).strict(),
    ToolPreview,
  ),
  'pro-tool-start': message(
    'ui',
    z
      .object({
        id: AppId,
        tool: Tool,
        body: z.union([InterviewPrepRequest, StatementRequest]),
        placeholders: PlaceholderMap,
      })
      .strict(),
    z.object({ started: z.literal(true) }),
  ),
  'pro-tool-cancel': message(
    'ui',
    z.object({ id: AppId, tool: Tool }).strict(),
    z.object({ cancelled: z.boolean() }),
  ),
  'pro-tool-save': message(
    'ui',
    z.object({ id: AppId, tool: Tool, docId: DocId, text: z.string().max(TOOL_LIMITS.savedChars) }).strict(),
    z.object({ docId: z.string() }),
  ),
  'pro-tool-delete': message(
    'ui',
    z.object({ id: AppId, tool: Tool, docId: DocId }).strict(),
    z.object({ docId: z.string() }),
  ),
  /** The user's practice note for one interview question (empty removes it). */
  'pro-prep-note': message(
    'ui',
    z
      .object({
        id: AppId,
        question: z.string().trim().min(1).max(500),
        note: z.string().max(TOOL_LIMITS.noteChars),
      })
      .strict(),
    z.object({ question: z.string() }),
  ),
} as const;

/** A Pro failure (thrown by pro/client.ts, or kept with a letter in progress) as its error code. */
export function proError(failure: ProFailure): AppError {
  if (failure.reason === 'rate-limited' && failure.retryAfterSeconds) {
    const minutes = Math.ceil(failure.retryAfterSeconds / 60);
    return minutes > 1 ? { code: 'pro-retry-in', params: { minutes } } : { code: 'pro-retry-soon' };
  }
  return { code: `pro-${failure.reason}` };
}
