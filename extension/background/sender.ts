/**
 * Which side a message came from. Content scripts run in web pages (sender.tab set, an
 * https page URL); extension pages (popup, tracker, options) have our own origin. Anything
 * else — another extension, a page we did not inject into — is refused.
 */
export type SenderKind = 'content' | 'ui';

export interface SenderInfo {
  id?: string | undefined;
  url?: string | undefined;
  tab?: unknown;
  origin?: string | undefined;
}

export function classifySender(sender: SenderInfo, ownId: string, ownOrigin: string): SenderKind | undefined {
  if (sender.id !== ownId || !sender.url) return undefined;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return undefined;
  }
  // `${protocol}//${host}` rather than URL.origin, which is "null" for chrome-extension:
  // URLs outside Chrome.
  if (`${url.protocol}//${url.host}` === ownOrigin) return 'ui';
  if (sender.tab && url.protocol === 'https:') return 'content';
  return undefined;
}
