import { deflateRawSync } from 'node:zlib';
import type { Application } from '../../extension/model/application';
import { appKey, detailKey } from '../../extension/store/keys';
import { storedValues } from '../../extension/store/records';
import { DETAIL_FIELDS } from '../../extension/store/schema';

/**
 * The storage items for `apps` in schema 2's layout (each summary with its match features
 * inside, and its detail), as that version wrote them: migration tests and the storage
 * bench's baseline. Node only (zlib), so apart from seed-applications.ts, which the browser
 * tests import.
 */
export async function schema2Items(apps: readonly Application[]): Promise<Record<string, unknown>> {
  const items: Record<string, unknown> = {};
  for (const app of apps) {
    const { summary, features } = await storedValues(app);
    items[appKey(app.id)] = { ...summary, features };
    items[detailKey(app.id)] = olderDetail(app);
  }
  return items;
}

/**
 * A detail as schemas 2 and 3 wrote it: the description deflated and base64-encoded
 * (descriptionZ) when it had 400+ characters and that was shorter, else as text.
 */
export function olderDetail(app: Application): Record<string, unknown> {
  const detail: Record<string, unknown> = {};
  for (const field of DETAIL_FIELDS) if (app[field] !== undefined) detail[field] = app[field];
  const text = app.description;
  if (typeof text === 'string' && text.length >= 400) {
    const packed = deflateRawSync(Buffer.from(text)).toString('base64');
    if (packed.length < text.length) {
      delete detail.description;
      detail.descriptionZ = packed;
    }
  }
  return detail;
}
