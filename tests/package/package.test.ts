import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZipDirectory, readZipEntry } from '../../extension/cv/zip';

/**
 * The store packages `npm run zip` writes (npm test runs it first): what each store
 * receives, read back out of the zip. Chrome Web Store: the chrome zip. Firefox Add-ons:
 * the firefox zip plus the sources zip reviewers rebuild from.
 */

const outDir = resolve(process.env.JOBTRACK_OUT_DIR ?? '.output');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
const zipPath = (suffix: string) => join(outDir, `${pkg.name}-${pkg.version}-${suffix}.zip`);

/** Budget for each store zip (compressed). Today ~0.7 MB; pdf.js and its worker are most of it. */
const MAX_ZIP_BYTES = 1.5 * 1024 * 1024;
const LOCALES = ['en', 'es'];
const LOCALISED_KEYS = ['extName', 'extDescription', 'actionTitle', 'commandSaveJob'];

interface Manifest {
  manifest_version: number;
  name: string;
  description: string;
  version: string;
  default_locale?: string;
  icons?: Record<string, string>;
  action?: { default_title?: string; default_popup?: string };
  commands?: Record<string, { description?: string }>;
  background?: { service_worker?: string; scripts?: string[] };
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  minimum_chrome_version?: string;
  browser_specific_settings?: {
    gecko?: {
      id?: string;
      strict_min_version?: string;
      data_collection_permissions?: { required?: string[] };
    };
  };
}

async function readPackage(path: string) {
  const bytes = new Uint8Array(readFileSync(path));
  const names = readZipDirectory(bytes).map((entry) => entry.name);
  const text = async (name: string) => {
    const data = await readZipEntry(bytes, name);
    if (!data) throw new Error(`${name} is not in ${path}`);
    return new TextDecoder().decode(data);
  };
  const manifest = JSON.parse(await text('manifest.json')) as Manifest;
  return { bytes, names, text, manifest, size: statSync(path).size };
}
type Package = Awaited<ReturnType<typeof readPackage>>;

const packages: Record<'chrome' | 'firefox', Package> = {} as never;
beforeAll(async () => {
  packages.chrome = await readPackage(zipPath('chrome'));
  packages.firefox = await readPackage(zipPath('firefox'));
});

describe.each(['chrome', 'firefox'] as const)('%s store package', (browser) => {
  it('has a store-ready manifest: localised strings, default locale, icons, version from package.json', async () => {
    const { manifest, names } = packages[browser];
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.version).toBe(pkg.version);
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
    expect(manifest.action?.default_title).toBe('__MSG_actionTitle__');
    expect(manifest.commands?.['save-job']?.description).toBe('__MSG_commandSaveJob__');
    expect(manifest.default_locale).toBe('en');
    expect(Object.keys(manifest.icons ?? {}).sort()).toEqual(['128', '16', '32', '48']);
    for (const [size, file] of Object.entries(manifest.icons ?? {})) {
      expect(names).toContain(file);
      // PNG header: width and height at bytes 16–23.
      const png = await readZipEntry(packages[browser].bytes, file);
      const view = new DataView((png as Uint8Array).buffer, (png as Uint8Array).byteOffset);
      expect([view.getUint32(16), view.getUint32(20)]).toEqual([Number(size), Number(size)]);
    }
    for (const page of [manifest.action?.default_popup, 'tracker.html', 'privacy-policy.html']) {
      expect(names).toContain(page);
    }
  });

  it('carries every manifest string in English and Spanish, within the stores’ limits', async () => {
    const messages = await Promise.all(
      LOCALES.map(
        async (lang) =>
          JSON.parse(await packages[browser].text(`_locales/${lang}/messages.json`)) as Record<
            string,
            { message: string }
          >,
      ),
    );
    for (const locale of messages) {
      for (const key of LOCALISED_KEYS) expect(locale[key]?.message.trim()).toBeTruthy();
      // Chrome Web Store: name at most 75 characters, description at most 132.
      expect(locale.extName?.message.length).toBeLessThanOrEqual(75);
      expect(locale.extDescription?.message.length).toBeLessThanOrEqual(132);
    }
    const [en, es] = messages;
    expect(es?.extDescription?.message).not.toBe(en?.extDescription?.message);
    expect(es?.commandSaveJob?.message).not.toBe(en?.commandSaveJob?.message);
    // Nothing but the two locales the UI speaks.
    const locales = new Set(
      packages[browser].names.filter((n) => n.startsWith('_locales/')).map((n) => n.split('/')[1]),
    );
    expect([...locales].sort()).toEqual(LOCALES);
  });

  it('contains no source maps, tests, fixtures or sources, and stays within its size budget', () => {
    const { names, size } = packages[browser];
    expect(names.filter((name) => name.endsWith('.map'))).toEqual([]);
    expect(names.filter((name) => /(^|\/)(tests?|fixtures|__tests__)\//.test(name))).toEqual([]);
    expect(names.filter((name) => /\.(test|spec)\.|\.tsx?$|\.d\.ts$/.test(name))).toEqual([]);
    expect(names.filter((name) => /(^|\/)(node_modules|\.wxt|store-listing)\//.test(name))).toEqual([]);
    console.log(`[measure] ${browser} zip: ${(size / 1024).toFixed(0)} kB, ${names.length} files`);
    expect(size).toBeLessThan(MAX_ZIP_BYTES);
  });
});

describe('browser differences in the manifests', () => {
  it('Chrome: a service worker and a minimum Chrome; no Firefox settings', () => {
    const { manifest } = packages.chrome;
    expect(manifest.background?.service_worker).toBeTruthy();
    expect(manifest.minimum_chrome_version).toBeTruthy();
    expect(manifest.browser_specific_settings).toBeUndefined();
  });

  it('Firefox: background scripts (event page), an add-on id, a minimum version, the data-collection declaration', () => {
    const { manifest } = packages.firefox;
    expect(manifest.background?.scripts?.length).toBeGreaterThan(0);
    expect(manifest.background?.service_worker).toBeUndefined();
    const gecko = manifest.browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(Number.parseFloat(gecko?.strict_min_version ?? '')).toBeGreaterThanOrEqual(140);
    expect(gecko?.data_collection_permissions?.required).toEqual(['none']);
    expect(manifest.minimum_chrome_version).toBeUndefined();
    // Same permissions in both browsers.
    expect(manifest.permissions).toEqual(packages.chrome.manifest.permissions);
    expect(manifest.host_permissions).toEqual(packages.chrome.manifest.host_permissions);
  });
});

describe('Firefox review material', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jobtrack-xpi-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('web-ext lint finds no errors in the Firefox package', async () => {
    const { bytes, names } = packages.firefox;
    for (const name of names.filter((n) => !n.endsWith('/'))) {
      const target = join(dir, name);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, (await readZipEntry(bytes, name)) as Uint8Array);
    }
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [resolve('node_modules/web-ext/bin/web-ext.js'), 'lint', '--source-dir', dir, '--output', 'json'],
      { maxBuffer: 16 * 1024 * 1024 },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as {
      errors: { code: string; message: string; file?: string }[];
      warnings: unknown[];
    };
    console.log(`[measure] web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings`);
    expect(report.errors).toEqual([]);
  }, 120_000);

  it('the sources zip has what a reviewer needs to rebuild, and no tests, backend or secrets', () => {
    // No manifest at its root: read just its directory.
    const names = readZipDirectory(new Uint8Array(readFileSync(zipPath('sources')))).map(
      (entry) => entry.name,
    );
    for (const file of [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'tsconfig.json',
      'README.md',
      '.ci/check-node.cjs',
    ]) {
      expect(names).toContain(file);
    }
    expect(names.some((name) => name.startsWith('extension/entrypoints/'))).toBe(true);
    expect(names.some((name) => name.startsWith('shared/'))).toBe(true);
    expect(names.filter((name) => /^(tests|backend|node_modules|\.output)\//.test(name))).toEqual([]);
    expect(names.filter((name) => name.startsWith('extension/store-listing/'))).toEqual([]);
    expect(names.filter((name) => /(^|\/)\.env/.test(name))).toEqual([]);
  });
});

describe('store listing text (extension/store-listing)', () => {
  const listing = (file: string) => readFileSync(join('extension/store-listing', file), 'utf8').trim();

  it.each(LOCALES)(
    '%s: a short description within Chrome’s 132 characters and a long one within 16,000',
    (lang) => {
      const short = listing(`${lang}/short-description.txt`);
      const long = listing(`${lang}/long-description.txt`);
      expect(short.length).toBeGreaterThan(40);
      expect(short.length).toBeLessThanOrEqual(132);
      expect(short).not.toContain('\n');
      expect(long.length).toBeGreaterThan(500);
      expect(long.length).toBeLessThanOrEqual(16_000);
      // Every board the content script captures on is named.
      for (const board of ['LinkedIn', 'Indeed', 'Glassdoor', 'InfoJobs', 'Tecnoempleo'])
        expect(long).toContain(board);
    },
  );

  it('justifies every permission and host permission the manifest asks for', () => {
    const disclosures = listing('privacy-disclosures.md');
    const { permissions = [], host_permissions = [], content_scripts = [] } = packages.chrome.manifest;
    // The boards' job pages are host permissions too (the badge reads the tab URL): one
    // justification covers that whole list, which must equal the content scripts' matches.
    const boardPages = new Set(content_scripts.flatMap((script) => script.matches));
    for (const permission of [...permissions, ...host_permissions.filter((h) => !boardPages.has(h))]) {
      expect(disclosures, permission).toContain(`\`${permission}\``);
    }
    if (host_permissions.some((h) => boardPages.has(h)))
      expect(disclosures).toMatch(
        /Host permissions on the boards' job pages \(exactly the content scripts' match/,
      );
    expect(disclosures).toMatch(/## Single purpose/);
    expect(disclosures).toMatch(/## Data usage/);
  });
});
