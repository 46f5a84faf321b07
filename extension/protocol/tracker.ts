import { z } from 'zod';
import { Application, ApplicationEvent, Stage, StageId } from '../model/application';
import {
  ApplicationPatch,
  EventInput,
  ImportPreview,
  LanguagePreference,
  Preferences,
  ThemePreference,
} from '../store/schema';
import { message } from './message';

/**
 * The tracker's requests from extension pages (popup, tracker page) to the background,
 * the only writer.
 */

const AppId = Application.shape.id;
const EventId = ApplicationEvent.shape.id;
/** Up to this many applications in one bulk action or undo (the tracker's scale target is 5,000). */
const MAX_BULK = 10_000;
const AppIds = z.array(AppId).min(1).max(MAX_BULK);

export const TRACKER_PROTOCOL = {
  'update-application': message('ui', z.object({ id: AppId, patch: ApplicationPatch }).strict(), Application),
  /** One or many applications to a stage; each one that changes gets a timeline event. */
  'set-status': message(
    'ui',
    z.object({ ids: AppIds, status: StageId }).strict(),
    z.object({ changed: z.number() }),
  ),
  'add-event': message('ui', z.object({ id: AppId, event: EventInput }).strict(), ApplicationEvent),
  'update-event': message(
    'ui',
    z.object({ id: AppId, eventId: EventId, event: EventInput }).strict(),
    ApplicationEvent,
  ),
  'delete-event': message('ui', z.object({ id: AppId, eventId: EventId }).strict(), z.null()),
  /** Answers the deleted records so the page can offer Undo (restore-applications). */
  'delete-applications': message('ui', z.object({ ids: AppIds }).strict(), z.array(Application)),
  'restore-applications': message(
    'ui',
    z.object({ applications: z.array(Application).max(MAX_BULK) }).strict(),
    z.object({ restored: z.number() }),
  ),
  'set-stages': message('ui', z.object({ stages: z.array(Stage).min(1).max(20) }).strict(), Preferences),
  'set-preferences': message(
    'ui',
    z.object({ language: LanguagePreference.optional(), theme: ThemePreference.optional() }).strict(),
    Preferences,
  ),
  /** A parsed backup file, validated in full by the background; dryRun answers the preview only. */
  'import-backup': message(
    'ui',
    z.object({ backup: z.unknown(), dryRun: z.boolean() }).strict(),
    ImportPreview,
  ),
  'delete-all-data': message(
    'ui',
    z.object({ confirm: z.literal('delete-all') }).strict(),
    z.object({ removed: z.number() }),
  ),
} as const;
