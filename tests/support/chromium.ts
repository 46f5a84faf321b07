import { existsSync } from 'node:fs';

/**
 * The Chromium the browser and e2e tests drive: $CHROMIUM_PATH, else Debian's
 * /usr/bin/chromium (what .ci/run installs with apt). A test tool's own browser download
 * cannot work on this network.
 */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)));
  if (!found) {
    throw new Error('Chromium not found: install it (apt-get install chromium) or set CHROMIUM_PATH.');
  }
  return found;
}

/** Flags for a closed network and no display (see the project's TESTING notes). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-default-browser-check',
  '--disable-dev-shm-usage',
];
