import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { CvParseError } from '../cv/errors';
import { extractCvText } from '../cv/extract';
import { loadNodePdfJs } from '../cv/pdf-node';
import { translate } from '../i18n/strings';

/**
 * Shared by the command-line entries (run with `node --import tsx`, via npm scripts). npm
 * runs scripts from the project root; INIT_CWD is where the user typed the command.
 */
export function resolveUserPath(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

export class CliError extends Error {
  override name = 'CliError';
}

/** Prints a one-line error to stderr and exits non-zero. */
export function exitWithError(command: string, error: unknown): never {
  const message =
    error instanceof CvParseError
      ? translate('en', `cvError_${error.code}`)
      : error instanceof Error
        ? error.message
        : String(error);
  process.stderr.write(`${command}: ${message.replace(/\s+/g, ' ').trim()}\n`);
  process.exit(1);
}

export async function readUserFile(path: string): Promise<Uint8Array> {
  const full = resolveUserPath(path);
  try {
    const info = await stat(full);
    if (!info.isFile()) throw new CliError(`${path} is not a file`);
    return new Uint8Array(await readFile(full));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
}

/** A CV file (PDF, DOCX, text) → its text, as the extension would extract it. */
export async function readCvFile(path: string): Promise<string> {
  const bytes = await readUserFile(path);
  const { text } = await extractCvText({ name: basename(path), bytes }, { loadPdfJs: loadNodePdfJs });
  return text;
}
