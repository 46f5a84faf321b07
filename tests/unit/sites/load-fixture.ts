import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';

/** A fixture page parsed into a Document (linkedom: no layout, like a saved page). */
export function loadFixture(path: string): Document {
  const html = readFileSync(new URL(`../../fixtures/pages/${path}`, import.meta.url), 'utf8');
  return parseHTML(html).document as unknown as Document;
}

export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
