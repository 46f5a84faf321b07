import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The package test reads the store zips; say plainly how to make them if they are missing. */
export default function setup() {
  const { name, version } = JSON.parse(readFileSync('package.json', 'utf8')) as {
    name: string;
    version: string;
  };
  const zip = resolve(process.env.JOBTRACK_OUT_DIR ?? '.output', `${name}-${version}-chrome.zip`);
  if (!existsSync(zip)) {
    throw new Error(
      `No store packages at ${zip}: run "WXT_CONTACT_EMAIL=you@example.org npm run zip" first (npm test does).`,
    );
  }
}
