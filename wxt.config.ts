import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

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
