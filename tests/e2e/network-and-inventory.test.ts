import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionDir, type LoadedExtension, launchExtension } from '../support/extension';
import { FUZZ_RUNS, fuzzOptions } from '../support/fuzz';
import { appKeys, fixture, flushCaptures, openJobPage } from './capture-support';

/**
 * What the extension sends and where it keeps things, checked on the built extension:
 * no request leaves without a Pro action (the watcher every e2e file shares), a page cannot
 * drive it with its own messages and events, and after a day of use its data is only in
 * the extension's own storage — nothing on the boards' sites.
 */

const JOB_URL =
  'https://www.linkedin.com/jobs/view/senior-platform-engineer-at-northwind-robotics-4012345678?trk=public_jobs_topcard-title';
const JOB_KEY = 'app:linkedin-4012345678';
const APPLY = '.apply-button__text';

describe('the network watcher', () => {
  it('sees a request from the service worker or an extension page and fails the run', async () => {
    const ext = await launchExtension();
    await ext.worker.evaluate(() => fetch('https://tracker.example/collect').catch(() => undefined));
    const popup = await ext.openPage('popup.html');
    await popup.evaluate(() => fetch('https://cdn.example/lib.js').catch(() => undefined));
    expect(ext.unexpectedRequests().map((r) => r.url)).toEqual([
      'https://tracker.example/collect',
      'https://cdn.example/lib.js',
    ]);
    await expect(ext.close()).rejects.toThrow(/2 network request\(s\)/);
  });

  it('lets the backend through only where a test of a Pro action allows it', async () => {
    const backend = 'https://jobtrack-api.vercel.app';
    const ext = await launchExtension({ allowedOrigins: [backend] });
    await ext.worker.evaluate((url) => fetch(`${url}/v1/subscription`).catch(() => undefined), backend);
    expect(ext.requests.map((r) => r.url)).toEqual([`${backend}/v1/subscription`]);
    expect(ext.unexpectedRequests()).toEqual([]);
    await ext.close();
  });

  it('content-script bundles hold no network API and no page-message listener', () => {
    // The loader on every board page, the click check and capture code it imports, the
    // badge's pane read and the manual-save script.
    for (const file of [
      'capture-loader.js',
      'capture-click.js',
      'capture-run.js',
      'capture-pane.js',
      'capture-pane-key.js',
      'manual-capture.js',
    ]) {
      const code = readFileSync(`${extensionDir()}/${file}`, 'utf8');
      expect(code, file).not.toMatch(/\bfetch\(|XMLHttpRequest|sendBeacon|WebSocket|EventSource/);
      expect(code, file).not.toMatch(/addEventListener\((["'`])message\1|onmessage\s*=/);
    }
  });
});

describe('a day of use', () => {
  let ext: LoadedExtension;
  let page: Page;
  beforeAll(async () => {
    ext = await launchExtension();
    // Every window message the page can see, from its first script on.
    await ext.context.addInitScript(() => {
      const seen: unknown[] = [];
      (window as unknown as { __seen: unknown[] }).__seen = seen;
      window.addEventListener('message', (event) => seen.push(event.data));
    });
    page = await openJobPage(
      ext.context,
      ext.extensionId,
      JOB_URL,
      fixture('linkedin/guest-offsite-salary.html'),
    );
  });
  afterAll(async () => {
    await ext?.close();
  });

  /** Everything a site can keep about its visitor, as the page sees it. */
  const siteState = async (p: Page) => ({
    cookies: (await ext.context.cookies(p.url())).map((c) => c.name).sort(),
    page: await p.evaluate(async () => ({
      cookie: document.cookie,
      local: Object.keys(localStorage).sort(),
      session: Object.keys(sessionStorage).sort(),
      idb: (await indexedDB.databases()).map((db) => db.name).sort(),
      caches: await caches.keys().catch(() => []),
    })),
  });

  it("a page's own messages and events drive nothing, and the page learns nothing back", async () => {
    // The install-time defaults first (on a busy machine they can land after the page
    // loads): the comparison below is about what the page's messages change.
    await expect.poll(async () => Boolean((await ext.storage()).settings), { timeout: 15_000 }).toBe(true);
    const before = await ext.storage();
    // Nothing the extension posted since the page loaded tells the page it is installed.
    expect(await page.evaluate(() => (window as unknown as { __seen: unknown[] }).__seen)).toEqual([]);
    const captureLike = fc.oneof(
      fc.anything({ maxDepth: 3 }),
      fc.record({
        type: fc.constantFrom(
          'capture',
          'undo-capture',
          'open-application',
          'save-active-tab',
          'delete-all-data',
        ),
        trigger: fc.constantFrom('apply', 'manual'),
        token: fc.string(),
        id: fc.string(),
        draft: fc.record({ board: fc.constant('linkedin'), url: fc.constant(JOB_URL), title: fc.string() }),
      }),
    );
    const messages = fc.sample(captureLike, { numRuns: FUZZ_RUNS, seed: Number(fuzzOptions().seed) });
    const delivered = await page.evaluate(async (list) => {
      for (const data of list) {
        window.postMessage(data, '*');
        document.dispatchEvent(new CustomEvent('jobtrack:capture', { detail: data }));
      }
      await new Promise((done) => setTimeout(done, 200));
      return list.length;
    }, messages as unknown[]);
    expect(delivered).toBeGreaterThanOrEqual(FUZZ_RUNS);
    // The page's own world has no door into the extension.
    expect(
      await page.evaluate(
        () =>
          typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime
            ?.sendMessage,
      ),
    ).toBe('undefined');
    await flushCaptures(page, ext.extensionId);
    expect(await ext.storage()).toEqual(before);
    // Nothing the extension posted tells the page it is installed.
    const seen = await page.evaluate(() => (window as unknown as { __seen: unknown[] }).__seen.length);
    expect(seen).toBe(delivered);
  });

  it('a real Apply still captures after all that, and after forged lifecycle events', async () => {
    // The extension's id is public (the store page shows it): a page can forge the event
    // WXT's content-script context uses to retire an older copy of a script. The board
    // loader is an unlisted script outside that wrapper, so the forgery must change nothing.
    await page.evaluate((id) => {
      for (const name of ['capture', 'manual-capture'])
        document.dispatchEvent(
          new CustomEvent(`${id}:${name}:wxt:content-script-started`, {
            detail: { contentScriptName: name, messageId: 'forged' },
          }),
        );
    }, ext.extensionId);
    const before = await siteState(page);
    await page.click(APPLY);
    await expect.poll(async () => (await ext.storage())[JOB_KEY], { timeout: 10_000 }).toBeTruthy();
    // The capture left nothing on the board's site.
    expect(await siteState(page)).toEqual(before);
  });

  it("keeps the extension's data only in its own storage (what uninstalling removes)", async () => {
    const tracker = await ext.openPage('tracker.html');
    // More of a day: a CV, preferences, a status change.
    for (const message of [
      {
        type: 'cv-add',
        fileName: 'cv.txt',
        text: 'Backend engineer, Python, Kubernetes.',
        makeDefault: true,
      },
      { type: 'set-preferences', language: 'es', theme: 'dark' },
      { type: 'set-status', ids: [JOB_KEY.slice(4)], status: 'interviewing' },
    ]) {
      expect(await tracker.evaluate((m) => chrome.runtime.sendMessage(m), message)).toMatchObject({
        ok: true,
      });
    }
    await ext.openPage('popup.html');
    const inventory = await tracker.evaluate(async () => ({
      local: Object.keys(await chrome.storage.local.get(null)),
      sync: Object.keys(await chrome.storage.sync.get(null)),
      session: Object.keys(await chrome.storage.session.get(null)),
      localStorage: Object.keys(localStorage),
      sessionStorage: Object.keys(sessionStorage),
      idb: (await indexedDB.databases()).map((db) => db.name),
      caches: await caches.keys(),
      cookie: document.cookie,
    }));
    // chrome.storage.local: the documented keys only.
    for (const key of inventory.local)
      expect(key).toMatch(/^(meta|settings|app:.+|detail:.+|feat:.+|cv:.+)$/);
    expect(appKeys(Object.fromEntries(inventory.local.map((k) => [k, 1])))).toEqual([JOB_KEY]);
    // Session storage (cleared with the browser session, and on uninstall): the first-screen
    // snapshot and undo records only.
    for (const key of inventory.session) expect(key).toMatch(/^(first-screen(:[a-z-]+)?|undo:.+)$/);
    expect(inventory).toMatchObject({
      sync: [],
      localStorage: [],
      sessionStorage: [],
      idb: [],
      caches: [],
      cookie: '',
    });
    // And nothing on any site: no cookie in the whole profile.
    expect(await ext.context.cookies()).toEqual([]);
  });
});

describe('uninstalling', () => {
  it('removes everything: a reinstall starts empty, with a new installation id', async () => {
    const ext = await launchExtension();
    const tracker = await ext.openPage('tracker.html');
    expect(
      await tracker.evaluate(() =>
        chrome.runtime.sendMessage({ type: 'cv-add', fileName: 'cv.txt', text: 'Nurse, ICU, five years.' }),
      ),
    ).toMatchObject({ ok: true });
    const before = await ext.storage();
    expect(Object.keys(before).some((key) => key.startsWith('cv:'))).toBe(true);
    // The page closes with the extension: the call does not come back.
    await tracker
      .evaluate(() => chrome.management.uninstallSelf({ showConfirmDialog: false }))
      .catch(() => undefined);
    await ext.context.close();

    const again = await launchExtension({ userDataDir: ext.userDataDir });
    await expect.poll(async () => (await again.storage()).settings, { timeout: 10_000 }).toBeTruthy();
    const after = await again.storage();
    expect(Object.keys(after).filter((key) => key.startsWith('cv:') || key.startsWith('app:'))).toEqual([]);
    const id = (s: Record<string, unknown>) =>
      (s.settings as { installationId?: string } | undefined)?.installationId;
    expect(id(after)).not.toBe(id(before));
    await again.close();
  });
});
