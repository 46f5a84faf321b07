import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The layer rules that are about globals rather than imports (the import rules are in
 * .dependency-cruiser.cjs, run by `npm test`): pages never touch storage or name a key,
 * sites/ and match/ never call a browser API.
 */
const root = new URL('../../../', import.meta.url);

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(new URL(dir, root))) {
    const path = `${dir}/${name}`;
    if (statSync(new URL(path, root)).isDirectory()) out.push(...sources(path));
    else if (/\.(ts|tsx)$/.test(name)) out.push(path);
  }
  return out;
}
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
/** The source without comments, so a comment may name what the code must not. */
const code = (path: string) => read(path).replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');

const pages = [
  ...sources('extension/ui'),
  ...sources('extension/entrypoints/popup'),
  ...sources('extension/entrypoints/tracker'),
];

describe('pages read through store/reader.ts', () => {
  it.each(pages)('%s: no chrome.storage, browser.storage or storage key', (path) => {
    const source = code(path);
    expect(source).not.toMatch(/\b(chrome|browser)\.storage\b/);
    expect(source).not.toMatch(/['"`](app:|cv:|undo:|quarantine:|first-screen|settings['"`]|meta['"`])/);
  });
});

describe('pure layers', () => {
  it.each([...sources('extension/sites'), ...sources('extension/match')])('%s: no browser API', (path) => {
    expect(code(path)).not.toMatch(/\b(chrome|browser)\.\w+/);
  });
});

describe('the checks themselves', () => {
  it('find what they look for', () => {
    expect("await chrome.storage.local.get('app:x')").toMatch(/\b(chrome|browser)\.storage\b/);
    expect("get('first-screen')").toMatch(/['"`](app:|cv:|undo:|quarantine:|first-screen)/);
    expect(pages.length).toBeGreaterThan(20);
  });
});
