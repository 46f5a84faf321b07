import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { CHROMIUM_ARGS, findChromium } from './support/chromium.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        plugins: [WxtVitest({ root })],
        test: {
          name: 'unit',
          root,
          environment: 'node',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
        },
      },
      {
        plugins: [preact()],
        test: {
          name: 'browser',
          root,
          include: ['tests/browser/**/*.test.{ts,tsx}'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        test: {
          name: 'e2e',
          root,
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          // Each file drives its own Chromium; two cores fit one at a time best.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          globalSetup: ['tests/support/e2e-global-setup.ts'],
        },
      },
      {
        test: {
          name: 'package',
          root,
          environment: 'node',
          include: ['tests/package/**/*.test.ts'],
          globalSetup: ['tests/support/package-global-setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e-firefox',
          root,
          environment: 'node',
          include: ['tests/e2e-firefox/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          globalSetup: ['tests/support/e2e-firefox-global-setup.ts'],
        },
      },
    ],
  },
});
