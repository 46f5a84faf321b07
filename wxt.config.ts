import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { BOARD_MATCHES } from './extension/sites/hosts';

/**
 * Where the extension sends Pro requests. Production builds talk to the deployed backend;
 * `npm start` builds against the local dev server instead (see README).
 */
const backendUrl = new URL(process.env.WXT_BACKEND_URL ?? 'https://jobtrack-api.vercel.app');

export default defineConfig({
  srcDir: 'extension',
  // WXT 0.21 keeps publicDir at the project root even with srcDir set.
  publicDir: 'extension/public',
  // Separate output folders let several builds (e.g. parallel test runs) coexist.
  outDir: process.env.JOBTRACK_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Dev mode would try to open a browser; this machine (and CI) has no display.
  webExt: { disabled: true },
  vite: () => ({
    plugins: [preact()],
    define: { 'import.meta.env.WXT_BACKEND_URL': JSON.stringify(backendUrl.origin) },
    build: { sourcemap: false },
  }),
  hooks: {
    // The board pages' content script is the tiny loader (an unlisted script, so WXT's
    // content-script wrapper and polyfill stay out of it); the capture code it loads on
    // demand is web-accessible to the boards' origins only. See extension/capture/loader.ts.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        { matches: BOARD_MATCHES, js: ['capture-loader.js'], run_at: 'document_idle' },
      ];
      const origins = [
        ...new Set(
          BOARD_MATCHES.map(
            (pattern) => `${new URL(pattern.replace('*.', 'x.')).origin.replace('x.', '*.')}/*`,
          ),
        ),
      ];
      const existing = (manifest.web_accessible_resources ?? []) as {
        resources: string[];
        matches: string[];
      }[];
      manifest.web_accessible_resources = [...existing, { resources: ['capture-run.js'], matches: origins }];
    },
  },
  manifest: {
    name: 'JobTrack',
    description: 'Track every job application where it happens. Your data stays on your device.',
    // 123: CSS light-dark() carries both palettes of the theme in one place.
    minimum_chrome_version: '123',
    // storage: the tracker itself. unlimitedStorage: 5,000 applications with full
    // descriptions outgrow the default 10 MB quota of chrome.storage.local.
    // alarms + notifications: follow-up and interview reminders (tracker).
    // activeTab + scripting + contextMenus: manual capture of the page the user is on, only
    // when they ask (popup button, context menu, shortcut); no broad host permission.
    permissions: [
      'storage',
      'unlimitedStorage',
      'alarms',
      'notifications',
      'activeTab',
      'scripting',
      'contextMenus',
    ],
    commands: {
      'save-job': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the job on this page to JobTrack',
      },
    },
    // The only origin the extension ever calls, and only for a Pro action the user asked for.
    host_permissions: [`${backendUrl.origin}/*`],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
  },
});
