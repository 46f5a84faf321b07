import { autoOpenKeyIn, INDEED_PANE_ID, indeedKey } from '../sites/indeed-keys';

/**
 * What the quick pane read answers: the URL it read at and the key of the job open in an
 * Indeed search pane, or null when it cannot tell cheaply (the background then injects
 * the full pane read, capture/pane.ts).
 */
export interface PaneKey {
  href: string;
  key: string | null;
}

const STRING_TYPE = 2; // XPathResult.STRING_TYPE (the interface object is not touched)

/**
 * Why one XPath expression with a string result: the extension's isolated world has no
 * element objects yet when the background injects this, and the first one it gets
 * (getElementById, querySelector, document.body) costs 0.3–0.9 ms of setting up the DOM's
 * prototypes in that world, traced on the 2 MB Indeed page; a document.evaluate call that
 * returns a string costs 0.2–0.4 ms, and each part added to it more (confirming the
 * embedded key's card as well, by id, doubled it), so everything is asked in one, by id.
 * Never a CSS walk: on that page the adapter's selected-card selectors walk most of the
 * document (1.5 ms).
 */
const PANE = `id('${INDEED_PANE_ID}')`;
const CLOSEST = `${PANE}/ancestor-or-self::*[@data-jk]`;
const EMBEDDED = `substring(substring-after(/html/head/script[contains(., 'autoOpenTwoPaneJobKey')][1], 'autoOpenTwoPaneJobKey'), 1, 80)`;
const READ = `concat(count(${PANE}), '|', count(${CLOSEST}), '|', (${CLOSEST})[last()]/@data-jk, '|', ${PANE}/descendant::*[@data-jk][not(self::a)][1]/@data-jk, '|', ${EMBEDDED})`;

/**
 * The open job's key on an Indeed search page whose URL names none, without walking the
 * page: the pane (#jobsearch-ViewjobPaneWrapper)'s nearest data-jk, else the first
 * non-link data-jk inside it, as the adapter (sites/indeed.ts jobId); else the job the
 * embedded data says opened by itself (autoOpenTwoPaneJobKey, in a script of the head),
 * which is the open one while the URL names none (picking a card puts its vjk in the URL;
 * the adapter, reading at a click, takes the selected card first). Anything else (no such
 * pane, a holder with no valid key, no embedded key in the head) is left to the full read:
 * null.
 */
export function readIndeedPaneKey(doc: Document, href: string): PaneKey {
  const [pane, closest, closestKey, insideKey, ...embedded] = doc
    .evaluate(READ, doc, null, STRING_TYPE, null)
    .stringValue.split('|');
  if (pane === '0') return { href, key: null };
  // The adapter's holder is the nearest one if any (a bad key there goes on to the card).
  const fromPane = indeedKey(closest === '0' ? insideKey : closestKey);
  if (fromPane) return { href, key: fromPane };
  if (closest !== '0' || insideKey) return { href, key: null };
  return { href, key: autoOpenKeyIn(`autoOpenTwoPaneJobKey${embedded.join('|')}`) ?? null };
}
