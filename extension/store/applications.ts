import type { Application, ApplicationEvent, CaptureTrigger, ListingDraft } from '../model/application';
import { applicationId } from './application-id';
import { canonicalizeUrl } from './canonical-url';
import { appKey, quarantineKey } from './keys';
import { applicationItems, applicationKeys, joinStored } from './records';
import type { StorageArea } from './storage-area';

export interface StoreDeps {
  now(): Date;
  newId(): string;
}

/** Listing fields a capture may fill in on an application that already exists. */
const LISTING_FIELDS = [
  'boardJobId',
  'company',
  'location',
  'salary',
  'workplace',
  'employmentType',
  'experience',
  'skills',
] as const satisfies readonly (keyof ListingDraft & keyof Application)[];

function newApplication(
  id: string,
  draft: ListingDraft,
  trigger: CaptureTrigger,
  event: ApplicationEvent,
  extra: { cvId?: string | undefined },
): Application {
  const { source, url, ...listing } = draft;
  return {
    ...listing,
    id,
    url: canonicalizeUrl(url),
    status: trigger === 'apply' ? 'applied' : 'saved',
    events: [event],
    notes: '',
    captureMethod: trigger,
    captureSource: source,
    ...(extra.cvId ? { cvId: extra.cvId } : {}),
    createdAt: event.date,
    updatedAt: event.date,
  };
}

/**
 * Fills what the stored record lacks from a new capture of the same job, without
 * overwriting what the user may have edited. A full description replaces a partial one.
 */
function mergeListing(existing: Application, draft: ListingDraft): Application {
  const merged: Application = { ...existing };
  for (const field of LISTING_FIELDS) {
    if (merged[field] === undefined && draft[field] !== undefined) {
      (merged as Record<string, unknown>)[field] = draft[field];
    }
  }
  const hasBetterDescription =
    draft.description &&
    (!existing.description || (existing.descriptionPartial && !draft.descriptionPartial));
  if (hasBetterDescription) {
    merged.description = draft.description;
    merged.descriptionPartial = draft.descriptionPartial ?? false;
  }
  return existing.incomplete ? completeRecord(existing, merged, draft) : merged;
}

/** Title sources a later capture of the same job may replace (read when the page was not). */
const FALLBACK_SOURCES = new Set(['meta', 'document-title']);

/**
 * An incomplete record met again: a fallback title gives way to the board's, the sources
 * of the fields now filled are kept, and what is still missing stays listed (or the mark
 * goes).
 */
function completeRecord(existing: Application, merged: Application, draft: ListingDraft): Application {
  const next: Application = { ...merged };
  const sources = { ...existing.fieldSources };
  const titleSource = existing.fieldSources?.title;
  if (titleSource && FALLBACK_SOURCES.has(titleSource) && draft.fieldSources?.title === 'board') {
    next.title = draft.title;
    sources.title = 'board';
  }
  for (const [field, source] of Object.entries(draft.fieldSources ?? {}) as [keyof typeof sources, never][]) {
    if (existing[field] === undefined && next[field] !== undefined) sources[field] = source;
  }
  next.fieldSources = sources;
  const missing = (existing.incomplete ?? []).filter((field) => next[field] === undefined);
  if (missing.length) next.incomplete = missing;
  else delete next.incomplete;
  return next;
}

/** A capture's effect: the record before (undefined: it created it) and after. */
export interface CaptureChange {
  before: Application | undefined;
  after: Application;
  created: boolean;
}

/**
 * Stores a captured listing as an application: new with status applied/saved, or merged
 * into the existing one. An Apply on a saved job moves it to applied (one application,
 * one new event); a repeat Apply or Save changes nothing. Run inside the write queue.
 * Answers the record before and after, so the caller (undo, badge) reads its key once.
 */
export async function upsertCapture(
  area: StorageArea,
  draft: ListingDraft,
  trigger: CaptureTrigger,
  deps: StoreDeps,
  extra: { cvId?: string | undefined } = {},
): Promise<CaptureChange> {
  const id = applicationId(draft);
  const key = appKey(id);
  const stored = await area.get(applicationKeys([id]));
  const date = deps.now().toISOString();
  const event = (type: ApplicationEvent['type']): ApplicationEvent => ({
    id: deps.newId(),
    type,
    date,
  });

  const existing = stored[key] === undefined ? undefined : await joinStored(stored, id);
  if (!existing) {
    const after = newApplication(id, draft, trigger, event(trigger === 'apply' ? 'applied' : 'saved'), extra);
    const items = await applicationItems([after]);
    // An unreadable record is kept aside whole (summary, detail and the features its
    // description is coded against, packed-text.ts) rather than silently replaced.
    if (stored[key] !== undefined) {
      for (const part of applicationKeys([id])) {
        if (stored[part] !== undefined) items[quarantineKey(part, date)] = stored[part];
      }
    }
    await area.set(items);
    return { before: undefined, after, created: true };
  }

  let next = mergeListing(existing, draft);
  if (trigger === 'apply' && existing.status === 'saved') {
    next = { ...next, status: 'applied', events: [...next.events, event('applied')] };
  }
  if (JSON.stringify(next) !== JSON.stringify(existing)) {
    next.updatedAt = date;
    await area.set(await applicationItems([next], new Map([[id, existing]])));
  }
  return { before: existing, after: next, created: false };
}
