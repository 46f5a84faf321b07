/**
 * Text helpers shared by the site adapters. Pure DOM reads (no innerText: it needs layout,
 * and adapters also run on parsed documents in tests).
 */

/** Collapses runs of whitespace (nbsp, zero-width and bidi marks included) to one space. */
export function cleanText(text: string | null | undefined): string {
  if (!text) return '';
  return text
    .replace(/[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g, '')
    .replace(/[\s\u00A0\u2007\u202F]+/g, ' ')
    .trim();
}

/** Elements whose content is never page text: code, styles, inert templates. */
const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** Screen-reader-only copies (LinkedIn's "visually-hidden", "sr-only"). */
const SCREEN_READER_ONLY = /(^|\s)(visually-hidden|sr-only|a11y-text)(\s|$)/;

/** Hidden by the page itself: the hidden attribute or an inline display:none/visibility:hidden. */
export function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  const style = element.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/**
 * The one text helper every adapter reads fields with: an element's text as shown, with
 * <style>/<script>/<noscript>/<template> left out (Indeed renders CSS-in-JS <style> inside
 * its company link), hidden subtrees (hidden, inline display:none, aria-hidden="true") and
 * screen-reader-only copies left out. LinkedIn puts the visible copy of some labels under
 * aria-hidden="true" and a screen-reader copy beside it: when skipping aria-hidden leaves
 * nothing, the aria-hidden text is read instead. The element itself is not judged: the
 * caller chose it.
 */
export function elementText(element: Element | null | undefined): string {
  if (!element) return '';
  // Fast path: no element inside that could hide text (most short fields).
  if (
    !element.querySelector('style, script, noscript, template, [hidden], [style], [aria-hidden], [class]')
  ) {
    return cleanText(element.textContent);
  }
  return collectText(element, true) || collectText(element, false);
}

function collectText(root: Element, skipAriaHidden: boolean): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el !== root) {
      if (NEVER_TEXT.has(el.tagName.toUpperCase()) || isHidden(el)) return;
      if (SCREEN_READER_ONLY.test(el.getAttribute('class') ?? '')) return;
      if (skipAriaHidden && el.getAttribute('aria-hidden') === 'true') return;
    }
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(root);
  return cleanText(parts.join(''));
}

/** The text of the first element matching one of `selectors` (tried in order) that has any. */
export function firstText(root: ParentNode, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    for (const element of root.querySelectorAll(selector)) {
      const text = elementText(element);
      if (text) return text;
    }
  }
  return undefined;
}

/** The first element matching one of `selectors`, tried in order. */
export function firstElement(root: ParentNode, selectors: readonly string[]): Element | undefined {
  for (const selector of selectors) {
    const element = root.querySelector(selector);
    if (element) return element;
  }
  return undefined;
}

export function metaContent(doc: Document, selector: string): string | undefined {
  return cleanText(doc.querySelector(selector)?.getAttribute('content')) || undefined;
}

const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'BUTTON',
  'IFRAME',
  'CANVAS',
  'IMG',
  'VIDEO',
  'AUDIO',
  'SELECT',
  'INPUT',
  'TEXTAREA',
  'FORM',
]);
const PARAGRAPHS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'BLOCKQUOTE',
  'PRE',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'HR',
]);
const PARAGRAPH = '\uE002';
const LINE = '\uE001';
const LINES = new Set([
  'DIV',
  'LI',
  'DT',
  'DD',
  'TR',
  'MAIN',
  'ASIDE',
  'NAV',
  'FIGURE',
  'FIGCAPTION',
  'ADDRESS',
]);

/**
 * An element's content as readable plain text: paragraphs separated by a blank line,
 * list items and line breaks on their own lines (items prefixed "• "), whitespace
 * collapsed, buttons ("Show more") and scripts left out.
 */
export function readableText(root: Element, maxChars = 60_000): string {
  const out: string[] = [];
  let length = 0;
  const push = (piece: string) => {
    out.push(piece);
    length += piece.length;
  };
  const walk = (node: Node) => {
    if (length > maxChars * 1.2) return;
    if (node.nodeType === 3) {
      const text = (node.nodeValue ?? '').replace(
        /[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g,
        '',
      );
      if (text) push(text.replace(/[\s\u00A0\u2007\u202F]+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIPPED.has(tag) || isHidden(element) || element.getAttribute('aria-hidden') === 'true') return;
    if (tag === 'BR') {
      push('\n');
      return;
    }
    const mark = PARAGRAPHS.has(tag) ? PARAGRAPH : LINES.has(tag) ? LINE : '';
    if (mark) push(mark);
    if (tag === 'LI') push('• ');
    for (let child = element.firstChild; child; child = child.nextSibling) walk(child);
    if (mark) push(mark);
  };
  walk(root);
  // A run of breaks is a paragraph break when it holds a block like <p> or two <br>s,
  // else a line break: "<li>a</li><li>b</li>" stays one item per line.
  const text = out
    .join('')
    .replace(/[ \uE001\uE002\n]*[\uE001\uE002\n][ \uE001\uE002\n]*/g, (run) =>
      run.includes(PARAGRAPH) || run.split('\n').length > 2 ? '\n\n' : '\n',
    )
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter((line, index, lines) => line !== '•' && !(line === '' && lines[index - 1] === ''))
    .join('\n')
    .trim();
  return text.length > maxChars ? `${text.slice(0, maxChars - 1)}…` : text;
}

/** A document without a browsing context (DOMParser where a DOM lacks createHTMLDocument). */
function inertDocument(doc: Pick<Document, 'implementation' | 'defaultView'>): Document {
  if (doc.implementation?.createHTMLDocument) return doc.implementation.createHTMLDocument('');
  const Parser =
    (doc.defaultView as (Window & { DOMParser?: typeof DOMParser }) | null)?.DOMParser ?? DOMParser;
  return new Parser().parseFromString('<!doctype html><html><body></body></html>', 'text/html');
}

/**
 * Readable text of HTML held in a string (JSON-LD descriptions), without running it: parsed
 * in a document of its own, created without a browsing context, where nothing loads or runs
 * (`<img src=x onerror=…>` stays inert). Never a node of the page's document: an element
 * created there, even detached, would load its images and fire their handlers.
 */
export function htmlToText(
  html: string,
  doc: Pick<Document, 'implementation' | 'defaultView'>,
  depth = 0,
): string {
  if (!/[<&]/.test(html)) return html.replace(/\r\n?/g, '\n').trim();
  const inert = inertDocument(doc);
  const holder = inert.createElement('div');
  holder.innerHTML = html;
  const text = readableText(holder);
  // Some sites (Greenhouse) publish the description HTML-escaped: decode one more level.
  return depth < 1 && /<\/?(p|div|ul|li|br|strong|b|h\d)\b[^>]*>/i.test(text)
    ? htmlToText(text, doc, depth + 1)
    : text;
}

export function truncate(text: string | undefined, max: number): string | undefined {
  if (!text) return undefined;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Unique, non-empty, in order. */
export function uniqueTexts(values: Iterable<string>, max = 100): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of values) {
    const value = cleanText(raw);
    const key = value.toLowerCase();
    if (!value || value.length > 80 || seen.has(key)) continue;
    seen.add(key);
    out.push(value);
    if (out.length >= max) break;
  }
  return out;
}
