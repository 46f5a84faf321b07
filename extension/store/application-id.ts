import type { Board } from '../model/application';
import { canonicalizeUrl } from './canonical-url';

/** FNV-1a, 32 bits twice with different seeds: a stable, sync id for a URL. */
function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** How the id of an application named by its board's job id begins. */
export const boardIdPrefix = (board: Board) => `${board}-`;

/**
 * The application id: board + the board's job id where known, else a hash of the
 * canonical URL. The same job captured twice maps to the same key.
 */
export function applicationId(listing: { board: Board; boardJobId?: string; url: string }): string {
  if (listing.boardJobId) {
    const jobId = listing.boardJobId.toLowerCase().replace(/[^a-z0-9_-]/g, '');
    if (jobId) return `${boardIdPrefix(listing.board)}${jobId}`;
  }
  return `url-${hashText(canonicalizeUrl(listing.url))}`;
}
