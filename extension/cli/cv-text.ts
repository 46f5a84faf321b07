import { exitWithError, readCvFile } from './cli-support';

/**
 * npm run --silent cv-text -- <file.pdf|.docx|.txt>
 * Prints the text JobTrack extracts from a CV; a one-line error and exit 1 on failure.
 */
async function main(args: string[]) {
  const files = args.filter((arg) => arg !== '--');
  if (files.length !== 1 || files[0]?.startsWith('-')) {
    throw new Error('usage: npm run --silent cv-text -- <file.pdf|.docx|.txt>');
  }
  process.stdout.write(`${await readCvFile(files[0] as string)}\n`);
}

main(process.argv.slice(2)).catch((error) => exitWithError('cv-text', error));
