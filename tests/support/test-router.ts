import type { CaptureEffects } from '../../extension/background/capture';
import type { ProEffects } from '../../extension/background/pro';
import { createRouter } from '../../extension/background/router';
import type { StorageArea } from '../../extension/store/storage-area';
import { createWriteQueue } from '../../extension/store/write-queue';

/** An extension id and the senders the background tells apart, for router unit tests. */
export const OWN_ID = 'abcdefghijklmnopabcdefghijklmnop';
export const OWN_ORIGIN = `chrome-extension://${OWN_ID}`;
/** An extension page (the tracker, open in a tab). */
export const uiSender = { id: OWN_ID, url: `${OWN_ORIGIN}/tracker.html`, tab: { id: 9 } };
/** The capture content script in a job board tab. */
export const contentSender = { id: OWN_ID, url: 'https://www.linkedin.com/jobs/view/1/', tab: { id: 3 } };

/**
 * The background's message router over `area`, as background.ts wires it, with a fixed
 * clock and counting ids unless the test brings its own.
 */
export function testRouter(
  area: StorageArea,
  options: { now?: () => Date; newId?: () => string; capture?: CaptureEffects; pro?: ProEffects } = {},
) {
  let n = 0;
  return createRouter({
    area,
    queue: createWriteQueue(),
    ready: Promise.resolve(),
    ownId: OWN_ID,
    ownOrigin: OWN_ORIGIN,
    now: options.now ?? (() => new Date('2026-11-20T09:00:00Z')),
    newId: options.newId ?? (() => `id-${++n}`),
    ...(options.capture ? { capture: options.capture } : {}),
    ...(options.pro ? { pro: options.pro } : {}),
  });
}
