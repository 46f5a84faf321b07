import { z } from 'zod';
import { UninstallToken } from '../../shared/api';
import { Application, DEFAULT_STAGES, Stage } from '../../shared/application';
import { STAGE_LABELS } from '../i18n/stage-labels';

/**
 * What chrome.storage.local holds, key by key:
 *   meta            { schemaVersion }
 *   settings        Settings (installation id, preferences, cached subscription state)
 *   app:<id>        one Application per key, so a capture is a single-key upsert
 *   cv:<id>         one CvRecord per CV version (text only, never the file)
 * Lists are built at read time; there is no index to keep in sync.
 */
export const SCHEMA_VERSION = 1;

export const META_KEY = 'meta';
export const SETTINGS_KEY = 'settings';
export const APP_PREFIX = 'app:';
export const CV_PREFIX = 'cv:';

export const appKey = (id: string) => `${APP_PREFIX}${id}`;
export const cvKey = (id: string) => `${CV_PREFIX}${id}`;
export const isAppKey = (key: string) => key.startsWith(APP_PREFIX);
export const isCvKey = (key: string) => key.startsWith(CV_PREFIX);

export const Meta = z.object({ schemaVersion: z.number().int().positive() });
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

export const Preferences = z
  .object({
    language: z.enum(['auto', 'en', 'es']),
    theme: z.enum(['system', 'light', 'dark']),
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

export const StoredApplication = Application;
export type StoredApplication = Application;

export function defaultPreferences(): Preferences {
  return {
    language: 'auto',
    theme: 'system',
    stages: DEFAULT_STAGES.map((id) => ({ id, label: STAGE_LABELS.en[id] })),
  };
}
