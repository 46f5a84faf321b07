import { StoreError } from './errors';
import { cvKey } from './keys';
import { readCvsIn } from './records';
import { type CvRecord, MAX_CVS } from './schema';
import type { StorageArea } from './storage-area';

/**
 * CV versions: add, correct, set default, delete. Each runs inside the write queue. At
 * most one record is the default; while any CV exists, one is.
 */

/** The id of the default CV, for capture to record on new applications. */
export async function defaultCvId(area: StorageArea): Promise<string | undefined> {
  return (await readCvsIn(area)).find((cv) => cv.isDefault)?.id;
}

/** Writes the records whose default flag must change so that exactly `id` is default. */
function defaultChanges(cvs: readonly CvRecord[], id: string | undefined): Record<string, CvRecord> {
  const changes: Record<string, CvRecord> = {};
  for (const cv of cvs) {
    const isDefault = cv.id === id;
    if (cv.isDefault !== isDefault) changes[cvKey(cv.id)] = { ...cv, isDefault };
  }
  return changes;
}

async function readCv(area: StorageArea, id: string): Promise<{ cv: CvRecord; cvs: CvRecord[] }> {
  const cvs = await readCvsIn(area);
  const cv = cvs.find((record) => record.id === id);
  if (!cv) throw new StoreError({ code: 'cv-missing' });
  return { cv, cvs };
}

export async function addCv(
  area: StorageArea,
  input: { fileName: string; text: string; makeDefault?: boolean | undefined },
  deps: { now(): Date; newId(): string },
): Promise<{ id: string; isDefault: boolean }> {
  const cvs = await readCvsIn(area);
  if (cvs.length >= MAX_CVS) throw new StoreError({ code: 'too-many-cvs', params: { max: MAX_CVS } });
  const id =
    deps
      .newId()
      .replace(/[^a-zA-Z0-9-]/g, '')
      .slice(0, 64) || `cv-${deps.now().getTime()}`;
  const isDefault = input.makeDefault === true || !cvs.some((cv) => cv.isDefault);
  const record: CvRecord = {
    id,
    fileName: input.fileName,
    addedAt: deps.now().toISOString(),
    text: input.text,
    isDefault,
  };
  await area.set({ ...(isDefault ? defaultChanges(cvs, undefined) : {}), [cvKey(id)]: record });
  return { id, isDefault };
}

export async function updateCvText(area: StorageArea, id: string, text: string): Promise<{ id: string }> {
  const { cv } = await readCv(area, id);
  if (cv.text !== text) await area.set({ [cvKey(cv.id)]: { ...cv, text } });
  return { id };
}

export async function setDefaultCv(area: StorageArea, id: string): Promise<{ id: string }> {
  const { cvs } = await readCv(area, id);
  const changes = defaultChanges(cvs, id);
  if (Object.keys(changes).length) await area.set(changes);
  return { id };
}

/** Deleting the default makes the newest remaining version the default. */
export async function deleteCv(
  area: StorageArea,
  id: string,
): Promise<{ id: string; defaultId: string | null }> {
  const { cv, cvs } = await readCv(area, id);
  const rest = cvs.filter((other) => other.id !== id);
  // Applications keep their cvId: it records which version was used, even once deleted.
  const nextDefault = cv.isDefault ? rest[0]?.id : rest.find((other) => other.isDefault)?.id;
  const changes = defaultChanges(rest, nextDefault);
  if (Object.keys(changes).length) await area.set(changes);
  try {
    await area.remove(cvKey(id));
  } catch (error) {
    // Two calls and no transaction: put the default back, so a failure changes nothing.
    const previous = Object.fromEntries(rest.map((other) => [cvKey(other.id), other]));
    const undo = Object.fromEntries(Object.keys(changes).map((key) => [key, previous[key]]));
    if (Object.keys(undo).length) await area.set(undo);
    throw error;
  }
  return { id, defaultId: nextDefault ?? null };
}
