import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { BOARD_MATCHES } from './extension/sites/hosts';

/**
 * Where the extension sends Pro requests. Production builds talk to the deployed backend;
 * `npm start` builds against the local dev server instead (see README).
 */
const backendUrl = new URL(process.env.WXT_BACKEND_URL ?? 'https://jobtrack-api.vercel.app');

/**
 * The privacy policy's contact address, set per build. A store package must carry a real
 * one: `wxt zip` refuses to run without it (see the zip:start hook below); plain builds
 * and tests may leave it unset and the policy then says no address was configured.
 */
const contactEmail = process.env.WXT_CONTACT_EMAIL?.trim() ?? '';

/**
 * Firefox add-on id (browser_specific_settings.gecko.id). It must never change once the
 * add-on is listed on addons.mozilla.org: it is how Firefox matches updates and storage.
 */
const GECKO_ID = 'jobtrack@jobtrack-extension';

export default defineConfig({
  srcDir: 'extension',
  // WXT 0.21 keeps publicDir at the project root even with srcDir set.
  publicDir: 'extension/public',
  // Separate output folders let several builds (e.g. parallel test runs) coexist.
  outDir: process.env.JOBTRACK_OUT_DIR ?? '.output',
  // MV3 for Firefox too (WXT's default there is MV2).
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  // Dev mode would try to open a browser; this machine (and CI) has no display.
  webExt: { disabled: true },
  vite: () => ({
    plugins: [preact()],
    define: {
      'import.meta.env.WXT_BACKEND_URL': JSON.stringify(backendUrl.origin),
      'import.meta.env.WXT_CONTACT_EMAIL': JSON.stringify(contactEmail),
    },
    build: { sourcemap: false },
  }),
  zip: {
    // Mozilla reviewers rebuild from this: the extension's sources, the shared schemas and
    // the build setup; not the tests, the backend or the store listing material.
    includeSources: [
      'extension/**',
      'shared/**',
      '.ci/check-node.cjs',
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'tsconfig.json',
      'README.md',
    ],
    excludeSources: ['extension/store-listing/**'],
    exclude: ['**/*.map'],
  },
  hooks: {
    // WXT takes the action's title from popup.html's <title>; the toolbar tooltip is
    // localised like the name (actionTitle in _locales).
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.action) manifest.action.default_title = '__MSG_actionTitle__';
      // The board pages' content script is the one-listener loader (an unlisted script, so
      // WXT's content-script wrapper and polyfill stay out of it); the click check and the
      // capture code it loads on demand are web-accessible to the boards' origins only.
      // See extension/capture/loader.ts.
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
      manifest.web_accessible_resources = [
        ...existing,
        { resources: ['capture-click.js', 'capture-run.js'], matches: origins },
      ];
    },
    'zip:start': () => {
      if (!contactEmail.includes('@')) {
        throw new Error(
          'Set WXT_CONTACT_EMAIL to the address the privacy policy gives for questions, e.g. WXT_CONTACT_EMAIL=privacy@example.org npm run zip',
        );
      }
    },
  },
  manifest: ({ browser }) => ({
    // Store and browser UI text comes from _locales/<lang>/messages.json (en, es).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // 123: CSS light-dark() carries both palettes of the theme in one place.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '123' }),
    // storage: the tracker itself. unlimitedStorage: 5,000 applications with full
    // descriptions outgrow the default 10 MB quota of chrome.storage.local.
    // alarms + notifications: follow-up and interview reminders (tracker).
    // activeTab + scripting + contextMenus: manual capture of the page the user is on, only
    // when they ask (popup button, context menu, shortcut); no broad host permission (the
    // host permissions below are the backend and the boards' job pages only).
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
        description: '__MSG_commandSaveJob__',
      },
    },
    // The backend: the only origin the extension ever calls, and only for a Pro action the
    // user asked for. The boards' job pages: exactly the content script's matches (so the
    // install warning is the one those already show), so that the background can read a
    // board tab's URL and set the badge without the page sending a message on each load,
    // and inject the pane read where the URL names no job (extension/capture/loader.ts).
    // Never fetched from.
    host_permissions: [`${backendUrl.origin}/*`, ...BOARD_MATCHES],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // 140 (ESR): data_collection_permissions, storage.session, MV3 host
              // permissions granted at install, CSS light-dark().
              strict_min_version: '140.0',
              // Nothing is collected by default. A Pro cover letter (opt-in, paid) sends
              // redacted CV text and the job's text to our backend.
              data_collection_permissions: {
                required: ['none'],
                optional: ['personallyIdentifyingInfo', 'websiteContent'],
              },
            },
          },
        }
      : {}),
  }),
});
