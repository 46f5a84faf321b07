import { existsSync } from 'node:fs';
import { FIREFOX_CANDIDATES, findFirefox, firefoxExtensionDir } from './firefox';

/** The Firefox e2e drives the Firefox production build; without Firefox it is skipped, loudly. */
export default function setup() {
  if (!findFirefox()) {
    process.stdout.write(
      `\nFirefox e2e SKIPPED: no Firefox at ${process.env.FIREFOX_PATH ?? FIREFOX_CANDIDATES.join(' or ')} ` +
        '(apt-get install -y firefox-esr, or set FIREFOX_PATH; .ci/run installs it).\n\n',
    );
    return;
  }
  if (!existsSync(`${firefoxExtensionDir()}/manifest.json`)) {
    throw new Error(
      `No Firefox build at ${firefoxExtensionDir()}: run "npm run build:firefox" first (npm test does).`,
    );
  }
}
