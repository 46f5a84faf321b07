import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * Compiles the Vercel function the way @vercel/node does for a "type": "module" project:
 * each TypeScript file reachable from backend/vercel.ts is transpiled on its own to an ESM
 * `.js` file, import specifiers untouched. Plain Node (no tsx) can then load the result,
 * which is what runs on Vercel. Used by the entry test and by the cold-import benchmark.
 */

const root = fileURLToPath(new URL('../../..', import.meta.url));

export function compileFunction(outDir: string, entry = 'backend/vercel.ts'): string {
  const seen = new Set<string>();
  const pending = [resolve(root, entry)];
  while (pending.length) {
    const file = pending.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    const { outputText } = ts.transpileModule(source, {
      fileName: file,
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        verbatimModuleSyntax: false,
        isolatedModules: true,
      },
    });
    const out = join(outDir, relative(root, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, outputText);
    for (const match of source.matchAll(/(?:import|export)[^'"]*?from\s+'(\.{1,2}\/[^']+)'/g)) {
      const specifier = match[1] as string;
      pending.push(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
    }
  }
  writeFileSync(join(outDir, 'package.json'), JSON.stringify({ type: 'module' }));
  symlinkSync(join(root, 'node_modules'), join(outDir, 'node_modules'), 'dir');
  return join(outDir, entry.replace(/\.ts$/, '.js'));
}
