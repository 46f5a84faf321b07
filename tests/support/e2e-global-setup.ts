import { existsSync } from 'node:fs';
import { extensionDir } from './extension';

/** E2E tests drive the production build; say so plainly if it is missing. */
export default function setup() {
  if (!existsSync(`${extensionDir()}/manifest.json`)) {
    throw new Error(`No built extension at ${extensionDir()}: run "npm run build" first (npm test does).`);
  }
}
