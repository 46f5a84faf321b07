import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * What runs in job-board pages stays small and quiet: no whole-page MutationObserver, no
 * timers polling, no zod (validation happens in the background), listeners only through
 * WXT's ctx. Checked on the source of every module the content scripts bundle.
 */
const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const pageCode = [
  'extension/entrypoints/capture.content.ts',
  'extension/entrypoints/manual-capture.ts',
  ...readdirSync(new URL('extension/capture/', root)).map((name) => `extension/capture/${name}`),
  ...readdirSync(new URL('extension/sites/', root)).map((name) => `extension/sites/${name}`),
];

describe('content-script code', () => {
  it.each(pageCode)('%s: no MutationObserver, no polling', (path) => {
    const source = read(path);
    expect(source).not.toMatch(/MutationObserver|setInterval|requestAnimationFrame\s*\(/);
  });

  it.each(pageCode)('%s: imports schemas as types only (no zod in pages)', (path) => {
    const source = read(path);
    expect(source).not.toMatch(/from 'zod'/);
    for (const line of source.split('\n').filter((l) => /^import .* from '(\.\.\/)+shared\//.test(l))) {
      expect(line).toMatch(/^import type |^import \{ LIMITS \} from/);
    }
  });

  it('registers its one click listener through ctx, in the capture phase', () => {
    const source = read('extension/capture/apply-capture.ts');
    expect(source.match(/ctx\.addEventListener\(doc, 'click'/g)).toHaveLength(1);
    expect(source).toMatch(/ctx\.addEventListener\(doc, 'click', onClick, \{ capture: true \}\)/);
    expect(source).not.toMatch(/document\.addEventListener|window\.addEventListener/);
  });
});
