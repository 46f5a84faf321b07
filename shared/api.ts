import { z } from 'zod';
import { LIMITS } from './limits.js';

/**
 * The backend's HTTP API, shared by the backend (which validates every request with these
 * schemas) and the extension's Pro client (which builds requests and parses answers with
 * them). Every route under `/v1` that concerns a user is keyed by the `X-Installation-Id`
 * header: the anonymous v4 UUID the extension makes on install.
 */

export const INSTALLATION_HEADER = 'X-Installation-Id';

export const InstallationId = z.uuidv4();
export type InstallationId = z.infer<typeof InstallationId>;

/** A Stripe Checkout Session id, as Stripe puts it in the success URL. */
export const CheckoutSessionId = z
  .string()
  .max(255)
  .regex(/^cs_(test_|live_)?[A-Za-z0-9]+$/, 'a Checkout Session id (cs_…)');
export type CheckoutSessionId = z.infer<typeof CheckoutSessionId>;

export const LETTER_LANGUAGES = ['en', 'es'] as const;
export const LetterLanguage = z.enum(LETTER_LANGUAGES);
export type LetterLanguage = z.infer<typeof LetterLanguage>;

export const LETTER_TONES = ['professional', 'warm', 'enthusiastic', 'direct'] as const;
export const LetterTone = z.enum(LETTER_TONES);
export type LetterTone = z.infer<typeof LetterTone>;

export const LETTER_LENGTHS = ['short', 'medium', 'long'] as const;
export const LetterLength = z.enum(LETTER_LENGTHS);
export type LetterLength = z.infer<typeof LetterLength>;

/**
 * `POST /v1/cover-letter`. CV and job text arrive already redacted (personal details
 * replaced by placeholders the extension puts back locally) and cut to the product's
 * limits. Unknown fields are refused so a client bug cannot smuggle data through.
 */
export const CoverLetterRequest = z
  .object({
    cvText: z.string().trim().min(1).max(LIMITS.proCvChars),
    jobText: z.string().trim().min(1).max(LIMITS.proJobChars),
    jobTitle: z.string().trim().min(1).max(LIMITS.titleChars),
    company: z.string().trim().max(LIMITS.companyChars).optional(),
    language: LetterLanguage,
    tone: LetterTone.default('professional'),
    length: LetterLength.default('medium'),
  })
  .strict();
export type CoverLetterRequest = z.infer<typeof CoverLetterRequest>;
export type CoverLetterRequestInput = z.input<typeof CoverLetterRequest>;

/**
 * The cover letter streams as Server-Sent Events: any number of `delta` events, then
 * exactly one `done` or one `error`. An error before the stream starts is an ordinary JSON
 * error response with a real status instead.
 */
export const CoverLetterDelta = z.object({ text: z.string() }).strict();
export type CoverLetterDelta = z.infer<typeof CoverLetterDelta>;

export const CoverLetterDone = z
  .object({
    /** `max_tokens` means the letter was cut at the length cap. */
    stopReason: z.string().nullable(),
  })
  .strict();
export type CoverLetterDone = z.infer<typeof CoverLetterDone>;

export const COVER_LETTER_EVENTS = ['delta', 'done', 'error'] as const;
export type CoverLetterEventName = (typeof COVER_LETTER_EVENTS)[number];

/** `POST /v1/checkout` answers where to send the user to pay. */
export const CheckoutAnswer = z.object({ url: z.url(), sessionId: CheckoutSessionId }).strict();
export type CheckoutAnswer = z.infer<typeof CheckoutAnswer>;

/** `POST /v1/portal` answers the Stripe Billing Portal URL. */
export const PortalAnswer = z.object({ url: z.url() }).strict();
export type PortalAnswer = z.infer<typeof PortalAnswer>;

/** Stripe's subscription statuses, plus `none` when the installation never subscribed. */
export const SUBSCRIPTION_STATUSES = [
  'none',
  'incomplete',
  'incomplete_expired',
  'trialing',
  'active',
  'past_due',
  'canceled',
  'unpaid',
  'paused',
] as const;
export const SubscriptionStatus = z.enum(SUBSCRIPTION_STATUSES);
export type SubscriptionStatus = z.infer<typeof SubscriptionStatus>;

/** The uninstall page's token: base64url of an HMAC-SHA-256 of the installation id. */
export const UninstallToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'an uninstall token');

/**
 * `GET /v1/subscription[?sessionId=cs_…]`. Right after checkout the extension passes the
 * Checkout Session id it got back, which makes the answer correct at once (Stripe Search
 * lags up to a minute); later it asks by installation id alone.
 */
export const SubscriptionAnswer = z
  .object({
    pro: z.boolean(),
    status: SubscriptionStatus,
    /** ISO 8601, or null without a subscription. */
    currentPeriodEnd: z.iso.datetime({ offset: true }).nullable(),
    cancelAtPeriodEnd: z.boolean(),
    /**
     * With a subscription only: the token for the uninstall page (`/uninstall?token=…`).
     * It can only cancel the subscription and delete the record — never read or act as the
     * installation — so it is safe in a URL that ends up in history and logs.
     */
    uninstallToken: UninstallToken.optional(),
  })
  .strict();
export type SubscriptionAnswer = z.infer<typeof SubscriptionAnswer>;

/** `DELETE /v1/account` answers what was removed. */
export const AccountDeletedAnswer = z
  .object({ deleted: z.boolean(), canceledSubscriptions: z.number().int().nonnegative() })
  .strict();
export type AccountDeletedAnswer = z.infer<typeof AccountDeletedAnswer>;

export const API_ERROR_CODES = [
  'invalid-request',
  'invalid-installation-id',
  'unsupported-media-type',
  'payload-too-large',
  'forbidden-origin',
  'not-found',
  'method-not-allowed',
  'rate-limited',
  'not-pro',
  'no-subscription',
  'already-pro',
  'session-mismatch',
  'ai-busy',
  'ai-timeout',
  'ai-unavailable',
  'ai-interrupted',
  'billing-unavailable',
  'billing-timeout',
  'not-configured',
  'internal',
] as const;
export const ApiErrorCode = z.enum(API_ERROR_CODES);
export type ApiErrorCode = z.infer<typeof ApiErrorCode>;

/** Every error, as a JSON body or as the data of an SSE `error` event. */
export const ApiErrorBody = z.object({ code: ApiErrorCode, message: z.string() }).strict();
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

export const ApiError = z.object({ error: ApiErrorBody }).strict();
export type ApiError = z.infer<typeof ApiError>;
