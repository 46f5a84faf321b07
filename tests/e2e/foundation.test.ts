import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  evaluateInContentScript,
  extensionDir,
  type LoadedExtension,
  launchExtension,
  serveHtml,
} from '../support/extension';
import { captureExpression, jobPage, jobUrl } from './capture-support';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const appKeys = (storage: Record<string, unknown>) =>
  Object.keys(storage).filter((k) => k.startsWith('app:'));

let ext: LoadedExtension;
beforeAll(async () => {
  ext = await launchExtension();
  for (let id = 9000; id < 9020; id++) await serveHtml(ext.context, jobUrl(id), jobPage(id));
});
afterAll(async () => {
  await ext?.close();
});

describe('the built extension', () => {
  it('has a production MV3 manifest with only the permissions the product needs', () => {
    const manifest = JSON.parse(readFileSync(`${extensionDir()}/manifest.json`, 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(Number(manifest.minimum_chrome_version)).toBeGreaterThanOrEqual(116);
    expect(manifest.permissions).toEqual(expect.arrayContaining(['storage']));
    for (const permission of manifest.permissions) {
      expect([
        'storage',
        'unlimitedStorage',
        'activeTab',
        'contextMenus',
        'alarms',
        'notifications',
        'scripting',
      ]).toContain(permission);
    }
    // No broad host access: the backend origin, then the content script's own job-page
    // matches (the badge reads those tabs' URLs); least-privilege.test.ts checks each.
    expect(manifest.host_permissions[0]).toMatch(/^https?:\/\/[^*]+\/\*$/);
    expect(manifest.host_permissions.slice(1)).toEqual(manifest.content_scripts[0].matches);
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/\*\//);
    // No remote code: the CSP is the MV3 default and no script is loaded from elsewhere.
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it('loads, and creates a v4 installation id on install', async () => {
    await expect.poll(async () => (await ext.storage()).settings, { timeout: 10_000 }).toBeTruthy();
    const { settings, meta } = (await ext.storage()) as {
      settings: { installationId: string };
      meta: { schemaVersion: number };
    };
    expect(settings.installationId).toMatch(V4);
    expect(meta.schemaVersion).toBeGreaterThanOrEqual(1);
  });

  it('keeps twenty applications when twenty tabs capture at the same moment', async () => {
    const pages = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const page = await ext.context.newPage();
        await page.goto(jobUrl(9000 + i));
        return page;
      }),
    );
    // Find every tab's content-script world first, then fire all twenty messages together.
    const results = await Promise.all(
      pages.map((page, i) => evaluateInContentScript(page, ext.extensionId, captureExpression(9000 + i))),
    );
    for (const result of results) expect(result).toMatchObject({ ok: true, value: { created: true } });
    const storage = await ext.storage();
    expect(appKeys(storage).sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => `app:linkedin-${9000 + i}`).sort(),
    );
    await Promise.all(pages.map((page) => page.close()));
  });

  it('keeps one application when twenty tabs capture the same job at once', async () => {
    const pages = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const page = await ext.context.newPage();
        await page.goto(jobUrl(9019));
        return page;
      }),
    );
    await Promise.all(
      pages.map((page, i) =>
        evaluateInContentScript(
          page,
          ext.extensionId,
          captureExpression(9019, { trigger: i % 2 ? 'manual' : 'apply' }),
        ),
      ),
    );
    const storage = await ext.storage();
    const app = storage['app:linkedin-9019'] as { status: string; events: { type: string }[] };
    expect(app.status).toBe('applied');
    expect(app.events.filter((e) => e.type === 'applied')).toHaveLength(1);
    await Promise.all(pages.map((page) => page.close()));
  });

  it('changes nothing when a content script sends a message that fails validation', async () => {
    const page = await ext.context.newPage();
    await page.goto(jobUrl(9001));
    const before = await ext.storage();
    const invalid = [
      `chrome.runtime.sendMessage({ type: 'capture', trigger: 'apply', draft: { board: 'linkedin', url: 'javascript:alert(1)', title: 'x', source: 'board' } })`,
      `chrome.runtime.sendMessage({ type: 'capture', trigger: 'apply', draft: { board: 'linkedin', url: '${jobUrl(1)}', title: '', source: 'board' } })`,
      `chrome.runtime.sendMessage({ type: 'ping' })`,
      `chrome.runtime.sendMessage({ type: 'wipe-all' })`,
      `chrome.runtime.sendMessage('capture')`,
    ];
    for (const expression of invalid) {
      const result = await evaluateInContentScript<{ ok: boolean; error: { code: string } }>(
        page,
        ext.extensionId,
        expression,
      );
      expect(result.ok).toBe(false);
      expect(result.error.code).toBe('invalid-message');
    }
    expect(await ext.storage()).toEqual(before);
    await page.close();
  });

  it('keeps stored data, installation id included, out of reach of content scripts', async () => {
    const page = await ext.context.newPage();
    await page.goto(jobUrl(9002));
    const outcome = await evaluateInContentScript<string>(
      page,
      ext.extensionId,
      `chrome.storage.local.get(null).then((all) => 'read ' + Object.keys(all).length, (e) => 'denied: ' + e.message)`,
    );
    expect(outcome).toMatch(/^denied/);
    await page.close();
  });
});

describe('the installation id', () => {
  it('survives a browser restart and an extension update', async () => {
    // A copy of the build at a fixed path: same path, same extension id across launches.
    const copy = mkdtempSync(join(tmpdir(), 'jobtrack-update-'));
    cpSync(extensionDir(), copy, { recursive: true });
    const readId = async (ext: LoadedExtension) => {
      await expect.poll(async () => (await ext.storage()).settings, { timeout: 10_000 }).toBeTruthy();
      return ((await ext.storage()).settings as { installationId: string }).installationId;
    };

    const first = await launchExtension({ extensionPath: copy });
    const installationId = await readId(first);
    await first.close({ keepProfile: true });

    // Browser restart: same profile, same extension.
    const second = await launchExtension({ extensionPath: copy, userDataDir: first.userDataDir });
    expect(await readId(second)).toBe(installationId);
    await second.close({ keepProfile: true });

    // Update: a newer version of the extension on disk, loaded into the same profile.
    const manifestPath = join(copy, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, version: '99.0.0' }));
    const third = await launchExtension({ extensionPath: copy, userDataDir: first.userDataDir });
    expect(await third.worker.evaluate(() => chrome.runtime.getManifest().version)).toBe('99.0.0');
    expect(await readId(third)).toBe(installationId);
    await third.close();
    rmSync(copy, { recursive: true, force: true });
  });
});
