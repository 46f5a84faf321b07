import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

/**
 * Preloaded (`node --import tsx --import ./tests/unit/backend/fs-write-guard.ts …`) into a
 * child process to prove it writes no files: every fs function that creates, changes or
 * removes a file reports `FS-WRITE <function> <path>` on stderr before doing it. Named ESM
 * imports of node:fs see the wrappers too (syncBuiltinESMExports).
 */

const report = (name: string, target: unknown) => {
  process.stderr.write(`FS-WRITE ${name} ${String(target)}\n`);
};

const WRITERS = [
  'writeFile',
  'appendFile',
  'createWriteStream',
  'mkdir',
  'mkdtemp',
  'rename',
  'copyFile',
  'cp',
  'rm',
  'rmdir',
  'unlink',
  'truncate',
  'symlink',
  'link',
  'utimes',
  'chmod',
] as const;

type Writable = Record<string, unknown>;
const target = fs as unknown as Writable;
const promises = fs.promises as unknown as Writable;

function wrap(object: Writable, name: string, label: string) {
  const original = object[name];
  if (typeof original !== 'function') return;
  object[name] = function (this: unknown, ...args: unknown[]) {
    report(label, args[0]);
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  };
}

for (const name of WRITERS) {
  wrap(target, name, name);
  wrap(target, `${name}Sync`, `${name}Sync`);
  wrap(promises, name, `promises.${name}`);
}

const isWriteFlag = (flags: unknown) => typeof flags === 'string' && /[wa+]/.test(flags);
const isWriteNumber = (flags: unknown) =>
  typeof flags === 'number' &&
  (flags & (fs.constants.O_WRONLY | fs.constants.O_RDWR | fs.constants.O_CREAT)) !== 0;
for (const [object, name, label] of [
  [target, 'open', 'open'],
  [target, 'openSync', 'openSync'],
  [promises, 'open', 'promises.open'],
] as const) {
  const original = object[name];
  if (typeof original !== 'function') continue;
  object[name] = function (this: unknown, ...args: unknown[]) {
    if (isWriteFlag(args[1]) || isWriteNumber(args[1])) report(label, args[0]);
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  };
}

syncBuiltinESMExports();
