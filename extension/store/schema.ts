import { z } from 'zod';
import { UninstallToken } from '../../shared/api';
import { LIMITS } from '../../shared/limits';
import { Application, ApplicationEvent, FieldSources, Stage } from '../model/application';
import { type BuiltInStage, DEFAULT_STAGE_LABELS } from '../model/stages';

/**
 * The schemas of what chrome.storage.local holds (keys: store/keys.ts) and of the edits
 * the store accepts. Lists are built at read time; there is no index to keep in sync.
 */
export const SCHEMA_VERSION = 4;

export const Meta = z.object({
  schemaVersion: z.number().int().positive(),
  /** The match features version (match/features.ts) every stored feat: key was brought to. */
  featuresVersion: z.number().int().nonnegative().optional(),
});
export type Meta = z.infer<typeof Meta>;

export { Stage };

export const SubscriptionState = z
  .object({
    pro: z.boolean(),
    status: z.string().max(40),
    currentPeriodEnd: z.iso.datetime({ offset: true }).optional(),
    cancelAtPeriodEnd: z.boolean().optional(),
    checkedAt: z.iso.datetime({ offset: true }),
    /** For the uninstall page (Pro only): can cancel and delete, nothing else. */
    uninstallToken: UninstallToken.optional(),
  })
  .strict();
export type SubscriptionState = z.infer<typeof SubscriptionState>;

/** The UI language: a fixed one, or the browser's ("auto"). */
export const LanguagePreference = z.enum(['auto', 'en', 'es']);
/** Light or dark: a fixed one, or the system's. */
export const ThemePreference = z.enum(['system', 'light', 'dark']);

export const Preferences = z
  .object({
    language: LanguagePreference,
    theme: ThemePreference,
    /** Pipeline stages in display order; built-ins may be relabelled, custom ones added. */
    stages: z.array(Stage).min(1).max(20),
    /** The CV owner's name, replaced by [NAME] before a Pro request (else guessed from the CV). */
    ownerName: z.string().trim().max(120).optional(),
  })
  .strict();
export type Preferences = z.infer<typeof Preferences>;

export const Settings = z
  .object({
    /** Anonymous random UUID made on install; the only key the backend ever sees. */
    installationId: z.uuid({ version: 'v4' }),
    installedAt: z.iso.datetime({ offset: true }),
    preferences: Preferences,
    /** Last known Pro state with when it was checked: the offline answer; refreshed daily for Pro users. */
    subscription: SubscriptionState.optional(),
  })
  .strict();
export type Settings = z.infer<typeof Settings>;

export const CvRecord = z
  .object({
    id: z.string().min(1).max(64),
    fileName: z.string().min(1).max(260),
    addedAt: z.iso.datetime({ offset: true }),
    text: z.string().max(100_000),
    isDefault: z.boolean(),
  })
  .strict();
export type CvRecord = z.infer<typeof CvRecord>;

/** Most CV versions kept at once. */
export const MAX_CVS = 20;

export const StoredApplication = Application;

/**
 * What an application keeps apart from its summary (keys.ts detail:<id>): the long texts
 * only the detail panel, Pro tools and exports read, and the capture details.
 */
export const DETAIL_FIELDS = [
  'description',
  'descriptionPartial',
  'fieldSources',
  'coverLetters',
  'interviewPreps',
  'statements',
  'prepNotes',
] as const;
export type DetailField = (typeof DETAIL_FIELDS)[number];
const detailMask = Object.fromEntries(DETAIL_FIELDS.map((field) => [field, true])) as Record<
  DetailField,
  true
>;

/** An application's summary (keys.ts app:<id>): the record without its detail. */
export const StoredSummary = Application.omit(detailMask).strict();
export type ApplicationSummary = z.infer<typeof StoredSummary>;

/**
 * A job's match features (keys.ts feat:<id>): match/features.ts MatchFeatures, one string,
 * written by the background; its version is checked where read (isCurrentFeatures).
 */
export const StoredFeatures = z.string().max(200_000);

/**
 * Where the features were kept in schema 2: inside the summary. Met only while the
 * 2 → 3 migration is under way (store/migrations.ts); readers drop it.
 */
export const LEGACY_FEATURES_FIELD = 'features';

/** An application's detail (keys.ts detail:<id>). */
export const StoredDetail = Application.pick(detailMask)
  .extend({
    /**
     * The description coded against the words of the features it is stored with, deflated
     * (store/packed-text.ts), when that is shorter. Schema 4.
     */
    descriptionW: z.string().optional(),
    /** Schema 3's form: the description deflated and base64-encoded (store/packed-text.ts). */
    descriptionZ: z.string().optional(),
    /** Where each field was read: schema 4 stores it as a string (records.ts packSources). */
    fieldSources: z.union([z.string().max(400), FieldSources]).optional(),
  })
  .strict();
export type StoredDetail = z.infer<typeof StoredDetail>;

export function defaultPreferences(): Preferences {
  return {
    language: 'auto',
    theme: 'system',
    stages: (Object.keys(DEFAULT_STAGE_LABELS) as BuiltInStage[]).map((id) => ({
      id,
      label: DEFAULT_STAGE_LABELS[id],
    })),
  };
}

/**
 * Fields the user may edit in the detail panel. An empty string clears an optional field;
 * `salary` is the text as the user writes it (parsed numbers are dropped when it changes).
 * Every field a user can type is bounded, so a page cannot store what a capture could not.
 */
export const ApplicationPatch = z
  .object({
    title: z.string().trim().min(1).max(LIMITS.titleChars),
    company: z.string().trim().max(LIMITS.companyChars),
    location: z.string().trim().max(LIMITS.locationChars),
    url: Application.shape.url,
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

/** A timeline event as the user enters it; the store gives it an id. */
export const EventInput = ApplicationEvent.omit({ id: true }).strict();
export type EventInput = z.infer<typeof EventInput>;

/** What an import does (or would do, on a dry run), counted by record. */
export const ImportPreview = z.object({
  added: z.number(),
  merged: z.number(),
  skipped: z.number(),
  cvsAdded: z.number(),
  cvsMerged: z.number(),
  cvsSkipped: z.number(),
  preferences: z.boolean(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

/** Why a Pro action failed (pro/client.ts, background/pro.ts); pages word it with i18n/errors.ts. */
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

/** Placeholder → original, kept on the device; only ever between pages and the background. */
export const PlaceholderMap = z.record(z.string().regex(/^\[[A-Z]+(?:_\d+)?\]$/), z.string().max(500));

/** What the background keeps in chrome.storage.session while a letter is written (key: store/keys.ts). */
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
