import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileFunction } from './compile-function.js';

/**
 * Deployment facts that would only fail on Vercel, checked here instead:
 * - vercel.json builds backend/vercel.ts with @vercel/node and routes every path to it;
 * - the entry exports the HTTP-method handlers @vercel/node calls with a Web Request, and
 *   its static `config.maxDuration`;
 * - @vercel/node compiles each file to native ESM ("type": "module") without rewriting
 *   import specifiers, and Node's ESM loader refuses extensionless relative imports
 *   (ERR_MODULE_NOT_FOUND, vercel/vercel#14910) — so every relative import reachable from
 *   the entry must name its `.js` file.
 */

const root = fileURLToPath(new URL('../../..', import.meta.url));

function relativeImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/(?:import|export)[^'"]*?from\s+'(\.{1,2}\/[^']+)'/g)].map(
    (m) => m[1] as string,
  );
}

function graphFrom(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const pending = [resolve(root, entry)];
  while (pending.length) {
    const file = pending.pop() as string;
    if (graph.has(file)) continue;
    const specifiers = relativeImports(file);
    graph.set(file, specifiers);
    for (const specifier of specifiers) {
      pending.push(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
    }
  }
  return graph;
}

describe('the Vercel function', () => {
  it('vercel.json builds backend/vercel.ts with @vercel/node and routes everything to it', () => {
    const config = JSON.parse(readFileSync(join(root, 'vercel.json'), 'utf8'));
    expect(config.builds).toEqual([{ src: 'backend/vercel.ts', use: '@vercel/node' }]);
    expect(config.routes).toEqual([{ src: '/(.*)', dest: '/backend/vercel.ts' }]);
    // Vercel rejects `functions` next to `builds`; maxDuration is the entry's static config.
    expect(config.functions).toBeUndefined();
  });

  it('exports Web handlers and a max duration', async () => {
    const entry = await import('../../../backend/vercel.js');
    for (const method of ['GET', 'POST', 'DELETE', 'OPTIONS'] as const)
      expect(typeof entry[method]).toBe('function');
    expect(entry.config.maxDuration).toBeGreaterThanOrEqual(30);
    expect('default' in entry).toBe(false);
    const response = await entry.GET(new Request('https://jobtrack-api.example/health'));
    expect(await response.json()).toEqual({ ok: true });
  });

  it('imports only .js-suffixed relative modules, all the way down', () => {
    const graph = graphFrom('backend/vercel.ts');
    expect(graph.size).toBeGreaterThan(5);
    const bad = [...graph].flatMap(([file, specifiers]) =>
      specifiers.filter((s) => !s.endsWith('.js')).map((s) => `${relative(root, file)} → ${s}`),
    );
    expect(bad).toEqual([]);
    const files = [...graph.keys()].map((file) => relative(root, file));
    expect(files.some((file) => file.startsWith('tests/'))).toBe(false);
  });

  it('loads and answers under plain Node once compiled file by file, as on Vercel', () => {
    const out = mkdtempSync(join(tmpdir(), 'jobtrack-vercel-'));
    try {
      const entry = compileFunction(out);
      const script =
        `const m = await import(${JSON.stringify(entry)});` +
        "const r = await m.GET(new Request('https://x.example/health'));" +
        'process.stdout.write(r.status + " " + (await r.text()));';
      const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        cwd: out,
        env: { PATH: process.env.PATH },
        encoding: 'utf8',
      });
      expect(output.trim().split('\n').at(-1)).toBe('200 {"ok":true}');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
