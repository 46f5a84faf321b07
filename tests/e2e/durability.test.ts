import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorText } from '../../extension/i18n/errors';
import type { AppError } from '../../extension/protocol/result';
import { validateSnapshot } from '../../extension/store/migrations';
import { SCHEMA_VERSION } from '../../extension/store/schema';
import {
  evaluateInContentScript,
  extensionDir,
  type LoadedExtension,
  launchExtension,
  serveHtml,
} from '../support/extension';
import { appKeys, captureExpression, jobPage, jobUrl } from './capture-support';

/**
 * Text of about `chars` characters that deflate cannot shrink much (descriptions are
 * stored deflated, store/packed-text.ts): words from a fixed pseudo-random sequence.
 */
function incompressible(chars: number): string {
  let state = 0x2545f491;
  const words: string[] = [];
  let length = 0;
  while (length < chars) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    const word = (state >>> 0).toString(36);
    words.push(word);
    length += word.length + 1;
  }
  return words.join(' ');
}

/**
 * Faults a user's browser goes through, on the built extension: the service worker stopped
 * in the middle of a burst of captures (through the DevTools protocol, as Chrome stops an
 * idle worker), fifty tabs capturing at once, a browser restart, an update over data of
 * every earlier schema version, and storage that refuses a write.
 */

/** A Result as the content script receives it (`port-closed` when the channel closed). */
type CaptureResult = { ok: boolean; error?: AppError | { code: 'port-closed'; message: string } };

async function openJobs(ext: LoadedExtension, ids: number[]): Promise<Page[]> {
  for (const id of ids) await serveHtml(ext.context, jobUrl(id), jobPage(id));
  return Promise.all(
    ids.map(async (id) => {
      const page = await ext.context.newPage();
      await page.goto(jobUrl(id));
      await evaluateInContentScript(page, ext.extensionId, '1');
      return page;
    }),
  );
}

/** Stops the extension's service worker the way DevTools does (Target.closeTarget). */
async function stopServiceWorker(ext: LoadedExtension): Promise<void> {
  const browser = ext.context.browser();
  if (!browser) throw new Error('no browser connection');
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const worker = targetInfos.find(
    (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${ext.extensionId}/`),
  );
  if (!worker) throw new Error('no service worker target');
  await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  await cdp.detach();
}

/** A copy of the build at its own path (same path, same extension id, across launches). */
function copyOfBuild(edit?: (manifest: Record<string, unknown>) => Record<string, unknown>): string {
  const copy = mkdtempSync(join(tmpdir(), 'jobtrack-durability-'));
  cpSync(extensionDir(), copy, { recursive: true });
  if (edit) {
    const path = join(copy, 'manifest.json');
    writeFileSync(path, JSON.stringify(edit(JSON.parse(readFileSync(path, 'utf8')))));
  }
  return copy;
}

/** Storage once the worker has made settings (hooks cannot use expect.poll). */
async function settled(ext: LoadedExtension): Promise<Record<string, unknown>> {
  for (let tries = 0; tries < 100; tries++) {
    const storage = await ext.storage();
    if (storage.settings) return storage;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('the extension never made its settings');
}

describe('durability', () => {
  let ext: LoadedExtension;
  const succeeded = new Set<number>();
  beforeAll(async () => {
    ext = await launchExtension();
    await settled(ext);
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('loses no capture the page was told succeeded when the service worker is stopped mid-burst', async () => {
    const ids = Array.from({ length: 16 }, (_, i) => 9100 + i);
    const pages = await openJobs(ext, ids);
    await ext.worker.evaluate(() => {
      (self as unknown as { __generation: string }).__generation = 'before';
    });
    const results = ids.map((id, i) =>
      evaluateInContentScript<CaptureResult>(pages[i] as Page, ext.extensionId, captureExpression(id)).then(
        (result) => ({ id, result }),
        (error: Error) => ({
          id,
          result: { ok: false, error: { code: 'port-closed', message: error.message } },
        }),
      ),
    );
    // Stop the worker as soon as the first capture has been answered: the rest are in flight.
    await Promise.race(results);
    await stopServiceWorker(ext);
    const outcomes = await Promise.all(results);
    for (const { id, result } of outcomes) if (result.ok) succeeded.add(id);
    // Those that failed were told so (the message channel closed): the page can try again,
    // and doing so wakes a new worker.
    for (const { id, result } of outcomes.filter((o) => !o.result.ok)) {
      expect(['port-closed', 'storage-error']).toContain(result.error?.code);
      const retry = await evaluateInContentScript<CaptureResult>(
        pages[ids.indexOf(id)] as Page,
        ext.extensionId,
        captureExpression(id),
      );
      expect(retry.ok).toBe(true);
    }
    // The worker really was stopped: the one answering now is a new instance.
    // (A message wakes it if no retry did; Playwright keeps one Worker object per
    // extension worker, attached to whichever instance runs.)
    await evaluateInContentScript(
      pages[0] as Page,
      ext.extensionId,
      `chrome.runtime.sendMessage({ type: 'undo-capture', token: 'wake' })`,
    );
    const live = ext.context.serviceWorkers().at(-1);
    expect(
      await live?.evaluate(() => (self as unknown as { __generation?: string }).__generation ?? 'new'),
    ).toBe('new');
    const storage = await ext.storage();
    expect(succeeded.size).toBeGreaterThan(0);
    for (const id of succeeded) expect(storage[`app:linkedin-${id}`], `capture ${id}`).toBeTruthy();
    for (const id of ids) succeeded.add(id);
    expect(appKeys(await ext.storage())).toHaveLength(ids.length);
    await Promise.all(pages.map((page) => page.close()));
  });

  it('keeps every capture when fifty tabs capture at once', async () => {
    const ids = Array.from({ length: 50 }, (_, i) => 9200 + i);
    const pages = await openJobs(ext, ids);
    const results = await Promise.all(
      ids.map((id, i) =>
        evaluateInContentScript<CaptureResult>(pages[i] as Page, ext.extensionId, captureExpression(id)),
      ),
    );
    for (const result of results) expect(result.ok).toBe(true);
    for (const id of ids) succeeded.add(id);
    const keys = appKeys(await ext.storage());
    for (const id of ids) expect(keys).toContain(`app:linkedin-${id}`);
    expect(validateSnapshot(await ext.storage())).toEqual([]);
    await Promise.all(pages.map((page) => page.close()));
  });

  it('keeps every application and the installation id across a browser restart', async () => {
    const before = await ext.storage();
    const { userDataDir } = ext;
    await ext.close({ keepProfile: true });
    ext = await launchExtension({ userDataDir });
    const after = await settled(ext);
    expect(appKeys(after).sort()).toEqual(appKeys(before).sort());
    for (const key of appKeys(before)) expect(after[key]).toEqual(before[key]);
    expect(after.settings).toEqual(before.settings);
    for (const id of succeeded) expect(after[`app:linkedin-${id}`]).toBeTruthy();
  });
});

describe('an update over data of every earlier schema version', () => {
  const versions = Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1);
  it.each(versions)('v%i data: migrated, valid, nothing lost, same installation id', async (version) => {
    const data = JSON.parse(
      readFileSync(new URL(`../fixtures/storage/v${version}.json`, import.meta.url), 'utf8'),
    ) as Record<string, unknown>;
    const copy = copyOfBuild();
    // The old version installed, holding that data.
    const old = await launchExtension({ extensionPath: copy });
    await settled(old);
    await old.worker.evaluate(async (items) => {
      await chrome.storage.local.clear();
      await chrome.storage.local.set(items);
    }, data);
    await old.close({ keepProfile: true });

    // The update: a newer version on disk, loaded into the same profile.
    const path = join(copy, 'manifest.json');
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    writeFileSync(path, JSON.stringify({ ...manifest, version: '99.0.0' }));
    const updated = await launchExtension({ extensionPath: copy, userDataDir: old.userDataDir });
    expect(await updated.worker.evaluate(() => chrome.runtime.getManifest().version)).toBe('99.0.0');
    await expect
      .poll(
        async () => ((await updated.storage()).meta as { schemaVersion?: number } | undefined)?.schemaVersion,
        {
          timeout: 10_000,
        },
      )
      .toBe(SCHEMA_VERSION);
    const after = await updated.storage();
    expect(validateSnapshot(after)).toEqual([]);
    expect(appKeys(after).sort()).toEqual(appKeys(data).sort());
    expect((after.settings as { installationId: string }).installationId).toBe(
      (data.settings as { installationId: string }).installationId,
    );
    await updated.close();
    rmSync(copy, { recursive: true, force: true });
  });
});

describe('a write that cannot be stored', () => {
  let ext: LoadedExtension;
  let copy: string;
  beforeAll(async () => {
    // Without unlimitedStorage, chrome.storage.local holds 10 MB: fill it nearly full.
    copy = copyOfBuild((m) => ({
      ...m,
      permissions: (m.permissions as string[]).filter((p) => p !== 'unlimitedStorage'),
    }));
    ext = await launchExtension({ extensionPath: copy });
    await settled(ext);
  });
  afterAll(async () => {
    await ext?.close();
    rmSync(copy, { recursive: true, force: true });
  });

  it('tells the user, keeps earlier data, and writes nothing half', async () => {
    const [page] = await openJobs(ext, [9300, 9301]);
    expect(
      (await evaluateInContentScript<CaptureResult>(page as Page, ext.extensionId, captureExpression(9300)))
        .ok,
    ).toBe(true);
    await ext.worker.evaluate(async () => {
      const used = await chrome.storage.local.getBytesInUse(null);
      const room = chrome.storage.local.QUOTA_BYTES - used;
      await chrome.storage.local.set({ 'test-filler': 'x'.repeat(room - 2_000) });
    });
    const before = await ext.storage();

    // A capture whose record does not fit.
    const second = await openJobs(ext, [9302]);
    const result = await evaluateInContentScript<CaptureResult>(
      second[0] as Page,
      ext.extensionId,
      captureExpression(9302, { description: incompressible(8_000) }),
    );
    expect(result.ok).toBe(false);
    expect(result.error?.code).toBe('quota-exceeded');
    // The toast words the code (capture/feedback.ts → i18n/errors.ts).
    expect(errorText('en', result.error as AppError)).toMatch(/storage for JobTrack is full/i);
    expect(errorText('es', result.error as AppError)).toMatch(/almacenamiento .* está lleno/i);
    expect(await ext.storage()).toEqual(before);

    // An import that does not fit lands not at all (one set() call), with the reason.
    const tracker = await ext.openPage('tracker.html');
    const backup = {
      format: 'jobtrack-backup',
      schemaVersion: SCHEMA_VERSION,
      exportedAt: '2026-11-20T09:00:00.000Z',
      applications: Array.from({ length: 3 }, (_, i) => ({
        ...(before['app:linkedin-9300'] as Record<string, unknown>),
        id: `imported-${i}`,
        description: incompressible(4_400),
      })),
      cvs: [],
    };
    const imported = await tracker.evaluate(
      (b) => chrome.runtime.sendMessage({ type: 'import-backup', backup: b, dryRun: false }),
      backup,
    );
    expect(imported).toMatchObject({ ok: false, error: { code: 'quota-exceeded' } });
    const after = await ext.storage();
    expect(after).toEqual(before);
    expect(Object.keys(after).filter((k) => k.startsWith('app:imported-'))).toEqual([]);

    // With room again, the same capture goes through: nothing was left in a bad state.
    await ext.worker.evaluate(() => chrome.storage.local.remove('test-filler'));
    const retry = await evaluateInContentScript<CaptureResult>(
      second[0] as Page,
      ext.extensionId,
      captureExpression(9302, { description: incompressible(8_000) }),
    );
    expect(retry.ok).toBe(true);
  });
});
