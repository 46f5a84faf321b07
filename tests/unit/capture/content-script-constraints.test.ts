import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * What runs in job-board pages stays small and quiet: no whole-page MutationObserver, no
 * timers polling, no zod (validation happens in the background). The script injected on
 * every board page is one click listener and imports only constants; the click check it
 * loads on a click imports only the few tiny modules that decide "is this an Apply".
 * Checked on the source of every module the page code bundles.
 */
const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const pageCode = [
  'extension/entrypoints/capture-loader.ts',
  'extension/entrypoints/capture-click.ts',
  'extension/entrypoints/capture-run.ts',
  'extension/entrypoints/capture-pane.ts',
  'extension/entrypoints/capture-pane-key.ts',
  'extension/entrypoints/manual-capture.ts',
  ...readdirSync(new URL('extension/capture/', root)).map((name) => `extension/capture/${name}`),
  ...readdirSync(new URL('extension/sites/', root)).map((name) => `extension/sites/${name}`),
];

/** Every import statement of a source file, multi-line ones joined. */
const importsOf = (source: string) =>
  [...source.matchAll(/^import[\s\S]*?from '([^']+)';/gm)].map(([statement, from]) => ({
    statement: statement.replace(/\s+/g, ' '),
    from: from as string,
  }));

describe('content-script code', () => {
  it.each(pageCode)('%s: no MutationObserver, no polling', (path) => {
    const source = read(path);
    expect(source).not.toMatch(/MutationObserver|setInterval|requestAnimationFrame\s*\(/);
  });

  it.each(pageCode)('%s: imports schemas as types only (no zod in pages)', (path) => {
    for (const { statement, from } of importsOf(read(path))) {
      expect(from).not.toBe('zod');
      if (!/^(\.\.\/)+shared\//.test(from)) continue;
      if (statement.startsWith('import type ')) continue;
      // Plain constants only: limits and the listing field names.
      expect(from, statement).toMatch(/shared\/(limits|listing-fields)$/);
    }
  });

  /** Every module `entry` bundles (type-only imports vanish from the bundle). */
  const bundled = (entry: string) => {
    const seen = new Set<string>();
    const visit = (path: string) => {
      for (const { statement, from } of importsOf(read(path))) {
        if (statement.startsWith('import type ')) continue;
        seen.add(from);
        const next = new URL(`${from}.ts`, new URL(path, root)).pathname.replace(root.pathname, '');
        visit(next);
      }
    };
    visit(entry);
    return seen;
  };

  it('the script on every board page bundles only constants (the click check loads on a click)', () => {
    expect([...bundled('extension/entrypoints/capture-loader.ts')]).toEqual(['../capture/loader-key']);
  });

  it('the click check bundles only the Apply decision and the board of a URL', () => {
    const allowed = new Set([
      '../capture/loader',
      '../capture/loader-key',
      '../sites/apply-selectors',
      '../sites/hosts',
      './apply-detection',
    ]);
    for (const from of bundled('extension/entrypoints/capture-click.ts'))
      expect(allowed, from).toContain(from);
  });

  it('registers its one click listener in the capture phase, and no other page listener', () => {
    const source = read('extension/entrypoints/capture-loader.ts');
    expect(source.match(/addEventListener\(/g)).toHaveLength(1);
    expect(source).toMatch(/document\.addEventListener\(\s*'click',[\s\S]*\btrue,\s*\);/);
    for (const path of pageCode.filter((file) => file !== 'extension/entrypoints/capture-loader.ts')) {
      expect(read(path), path).not.toMatch(/(document|window|navigation)\??\.addEventListener\(/);
    }
  });
});
