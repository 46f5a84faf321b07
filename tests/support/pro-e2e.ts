import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import type { Page } from 'playwright-core';
import { createApp } from '../../backend/app';
import { type FakeAnthropic, startFakeAnthropic } from '../fakes/anthropic';
import { type FakeStripe, startFakeStripe } from '../fakes/stripe';
import { type LoadedExtension, launchExtension } from './extension';

/**
 * The Pro e2e rig: the extension built with WXT_BACKEND_URL pointing at a port picked for
 * this run (the backend URL is fixed at build time) into its own folder, the real backend
 * app on that port over the loopback fakes, and every body the backend received on a Pro
 * text route kept (as the extension sent it) by path.
 */

export const SHOTS = 'tests/.artifacts/screenshots';
export const ARTIFACTS = 'tests/.artifacts';
const TEXT_PATHS = new Set(['/v1/cover-letter', '/v1/interview-prep', '/v1/supporting-statement']);

export interface ProRig {
  ext: LoadedExtension;
  anthropic: FakeAnthropic;
  stripe: FakeStripe;
  backend: string;
  buildDir: string;
  /** Another install of the same build, under the same watcher (a fresh profile). */
  launch(): Promise<LoadedExtension>;
  /** Bodies received on the Pro text routes, oldest first. */
  received: { path: string; body: string }[];
  /** The same profile and build in a new browser (a restart). */
  restart(): Promise<LoadedExtension>;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export async function startProRig(options: { searchLagMs?: number } = {}): Promise<ProRig> {
  const port = await freePort();
  const backend = `http://127.0.0.1:${port}`;
  const buildDir = mkdtempSync(join(tmpdir(), 'jobtrack-pro-build-'));
  execFileSync('node_modules/.bin/wxt', ['build'], {
    env: { ...process.env, WXT_BACKEND_URL: backend, JOBTRACK_OUT_DIR: buildDir },
    stdio: 'ignore',
  });
  const anthropic = await startFakeAnthropic();
  const stripe = await startFakeStripe(options.searchLagMs ? { searchLagMs: options.searchLagMs } : {});
  const app = createApp({
    env: {
      ANTHROPIC_API_KEY: 'sk-ant-e2e',
      ANTHROPIC_BASE_URL: anthropic.url,
      ANTHROPIC_MAX_RETRIES: '0',
      STRIPE_SECRET_KEY: 'sk_test_e2e',
      STRIPE_PRICE_ID: 'price_e2e',
      STRIPE_API_BASE: stripe.url,
      ALLOWED_ORIGINS: 'chrome-extension://*',
      PUBLIC_URL: backend,
      RATE_LIMIT_LETTERS_PER_HOUR: '6',
    },
    log: () => {},
  });
  const received: ProRig['received'] = [];
  const server: ServerType = serve({
    port,
    hostname: '127.0.0.1',
    fetch: async (request) => {
      const path = new URL(request.url).pathname;
      if (request.method === 'POST' && TEXT_PATHS.has(path)) {
        received.push({ path, body: await request.clone().text() });
      }
      return app.fetch(request);
    },
  });
  const extensionPath = join(buildDir, 'chrome-mv3');
  /**
   * The built extension with the network watcher (tests/support/extension.ts) allowing the
   * local backend's origin and nothing else: any other request the extension makes fails the
   * file. Stripe's checkout is a page the user navigates to, not a call of the extension's,
   * so its fake is let through for navigations only; anything else to it falls back to the
   * watcher and is aborted (and fails the file if the extension sent it).
   */
  const launch = async (userDataDir?: string): Promise<LoadedExtension> => {
    const loaded = await launchExtension({
      extensionPath,
      allowedOrigins: [backend],
      ...(userDataDir ? { userDataDir } : {}),
    });
    const checkoutOrigin = new URL(stripe.url).origin;
    await loaded.context.route(
      (url) => url.origin === checkoutOrigin,
      (route) => (route.request().isNavigationRequest() ? route.continue() : route.fallback()),
    );
    return loaded;
  };
  const rig: ProRig = {
    ext: await launch(),
    launch: () => launch(),
    anthropic,
    stripe,
    backend,
    buildDir,
    received,
    async restart() {
      await rig.ext.close({ keepProfile: true });
      rig.ext = await launch(rig.ext.userDataDir);
      return rig.ext;
    },
    async close() {
      await rig.ext?.close();
      await new Promise((done) => server.close(done));
      await Promise.all([anthropic.close(), stripe.close()]);
      rmSync(buildDir, { recursive: true, force: true });
    },
  };
  return rig;
}

export async function setLanguage(target: LoadedExtension, language: 'en' | 'es') {
  await target.worker.evaluate(async (language) => {
    const { settings } = (await chrome.storage.local.get('settings')) as {
      settings: { preferences: Record<string, unknown> };
    };
    await chrome.storage.local.set({
      settings: { ...settings, preferences: { ...settings.preferences, language } },
    });
  }, language);
}

/** Tall enough for the whole detail panel, which scrolls on its own at the normal size. */
export async function shot(page: Page, name: string, height = 2000) {
  await page.setViewportSize({ width: 1280, height });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** What the extension itself requested, by origin and path. */
export const extensionCalls = (target: LoadedExtension) =>
  target.requests
    .filter((r) => r.from === 'extension')
    .map((r) => {
      const url = new URL(r.url);
      return `${url.origin}${url.pathname}`;
    });
