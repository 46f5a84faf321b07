import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionDir, launchExtension } from '../support/extension';

/**
 * Least privilege, read from the built manifest (what the Web Store and Chrome see). Every
 * permission, host permission and content-script match must be on the documented list
 * (README → Security → Permissions); the CSP may not be weaker than MV3's default; no
 * resource is web-accessible to every site and no web page may message the extension.
 * The Firefox build is held to the same list, plus its add-on settings: the fixed add-on
 * id, the minimum version, and data collection that is none unless the user opts in.
 */

const PERMISSIONS = [
  'storage',
  'unlimitedStorage',
  'alarms',
  'notifications',
  'activeTab',
  'scripting',
  'contextMenus',
];
/** The backend origin only (any build's: production, or the local one `npm start` builds). */
const HOST_PERMISSION = /^https:\/\/jobtrack-api\.vercel\.app\/\*$|^http:\/\/127\.0\.0\.1:\d+\/\*$/;
const GLASSDOOR_TLDS =
  'com|co\\.uk|es|de|fr|ca|com\\.au|co\\.in|ie|nl|be|at|ch|it|com\\.br|com\\.mx|com\\.ar|co\\.nz|sg|com\\.hk';
const MATCHES = [
  /^https:\/\/\*\.linkedin\.com\/\*$/,
  /^https:\/\/\*\.indeed\.com\/(viewjob|jobs|q-|m\/viewjob)\*$/,
  new RegExp(
    `^https://www\\.glassdoor\\.(${GLASSDOOR_TLDS})/(job-listing|Job|Empleo|Emploi|Vacature|Vaga|Lavoro|Jobs)/\\*$`,
  ),
  /^https:\/\/www\.infojobs\.net\/\*\/of-i\*$/,
  /^https:\/\/www\.tecnoempleo\.com\/\*\/rf-\*$/,
];
/** The one content script: the capture loader (extension/entrypoints/capture-loader.ts). */
const CONTENT_SCRIPT_FILES = ['capture-loader.js'];
/**
 * The web-accessible resources: the click check the loader imports on a click and the
 * capture code that imports on an Apply (extension/entrypoints/capture-click.ts,
 * capture-run.ts), to the five boards' origins and no other site.
 */
const WEB_ACCESSIBLE_FILES = ['capture-click.js', 'capture-run.js'];
const WEB_ACCESSIBLE_MATCHES = [
  /^https:\/\/\*\.linkedin\.com\/\*$/,
  /^https:\/\/\*\.indeed\.com\/\*$/,
  new RegExp(`^https://www\\.glassdoor\\.(${GLASSDOOR_TLDS})/\\*$`),
  /^https:\/\/www\.infojobs\.net\/\*$/,
  /^https:\/\/www\.tecnoempleo\.com\/\*$/,
];
const KEYS = [
  'manifest_version',
  'name',
  'description',
  'version',
  'icons',
  'minimum_chrome_version',
  'permissions',
  'commands',
  'host_permissions',
  'background',
  'action',
  'content_scripts',
  'content_security_policy',
  'web_accessible_resources',
  'default_locale',
];
/** Firefox only: browser_specific_settings.gecko, nothing else in it. */
const GECKO_KEYS = ['id', 'strict_min_version', 'data_collection_permissions'];
/** What a Pro cover letter sends (redacted CV text, the job's text), asked only when used. */
const DATA_COLLECTION_OPTIONAL = ['personallyIdentifyingInfo', 'websiteContent'];
const OPEN_TO_ALL = /<all_urls>|^\*:\/\/\*\/|^https?:\/\/\*\/|^https?:\/\/\*$/;

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: {
    matches: string[];
    js?: string[];
    css?: string[];
    all_frames?: boolean;
    world?: string;
    match_origin_as_fallback?: boolean;
    match_about_blank?: boolean;
  }[];
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  web_accessible_resources?: { resources: string[]; matches?: string[]; extension_ids?: string[] }[];
  browser_specific_settings?: {
    gecko?: Record<string, unknown> & {
      data_collection_permissions?: { required?: string[]; optional?: string[] };
    };
  } & Record<string, unknown>;
};

/** Whether a CSP is at least as strict as MV3's default for extension pages. */
function cspProblems(policy: string): string[] {
  const directives = new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name as string, values]),
  );
  const problems: string[] = [];
  const scriptSrc = directives.get('script-src') ?? directives.get('default-src');
  if (!scriptSrc) problems.push('CSP without script-src');
  for (const source of scriptSrc ?? [])
    if (!["'self'", "'none'", "'wasm-unsafe-eval'"].includes(source))
      problems.push(`CSP script-src ${source}`);
  for (const source of directives.get('object-src') ?? [])
    if (!["'self'", "'none'"].includes(source)) problems.push(`CSP object-src ${source}`);
  return problems;
}

/** Firefox's add-on settings beyond the fixed id, minimum version and opt-in data collection. */
function geckoProblems(settings: NonNullable<Manifest['browser_specific_settings']>): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(settings))
    if (key !== 'gecko') problems.push(`browser_specific_settings.${key}`);
  const gecko = settings.gecko ?? {};
  for (const key of Object.keys(gecko)) if (!GECKO_KEYS.includes(key)) problems.push(`gecko.${key}`);
  const collection = gecko.data_collection_permissions;
  if (JSON.stringify(collection?.required) !== JSON.stringify(['none']))
    problems.push(`data collection required: ${collection?.required}`);
  for (const kind of collection?.optional ?? [])
    if (!DATA_COLLECTION_OPTIONAL.includes(kind)) problems.push(`data collection ${kind}`);
  return problems;
}

/** Everything in `manifest` beyond the documented least privilege. */
function privilegeProblems(manifest: Manifest, browser: 'chrome' | 'firefox' = 'chrome'): string[] {
  const problems: string[] = [];
  const keys = browser === 'firefox' ? [...KEYS, 'browser_specific_settings'] : KEYS;
  for (const key of Object.keys(manifest)) if (!keys.includes(key)) problems.push(`key ${key}`);
  if (manifest.browser_specific_settings && browser === 'firefox')
    problems.push(...geckoProblems(manifest.browser_specific_settings));
  for (const p of [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])])
    if (!PERMISSIONS.includes(p)) problems.push(`permission ${p}`);
  const hosts = [...(manifest.host_permissions ?? []), ...(manifest.optional_host_permissions ?? [])];
  if (hosts.filter((h) => HOST_PERMISSION.test(h)).length > 1) problems.push('more than one backend host');
  // Beyond the backend, only the content script's own matches (the boards' job pages, for
  // the badge from the tab URL): nothing the install warning does not already name.
  const matched = new Set((manifest.content_scripts ?? []).flatMap((script) => script.matches));
  for (const h of hosts)
    if (!HOST_PERMISSION.test(h) && !(matched.has(h) && MATCHES.some((re) => re.test(h))))
      problems.push(`host permission ${h}`);
  if ((manifest.content_scripts ?? []).length > 1) problems.push('more than one content script');
  for (const script of manifest.content_scripts ?? []) {
    for (const file of [...(script.js ?? []), ...(script.css ?? [])])
      if (!CONTENT_SCRIPT_FILES.includes(file)) problems.push(`content script ${file}`);
    for (const m of script.matches) if (!MATCHES.some((re) => re.test(m))) problems.push(`match ${m}`);
    if (script.all_frames) problems.push('content script in all frames');
    if (script.world === 'MAIN') problems.push("content script in the page's world");
    if (script.match_origin_as_fallback || script.match_about_blank)
      problems.push('content script in opaque frames');
  }
  const csp = manifest.content_security_policy;
  if (csp?.extension_pages) problems.push(...cspProblems(csp.extension_pages));
  if (csp?.sandbox) problems.push('sandbox CSP');
  for (const entry of manifest.web_accessible_resources ?? []) {
    const matches = entry.matches ?? [];
    if (matches.some((m) => OPEN_TO_ALL.test(m)))
      problems.push('web-accessible resources open to every site');
    for (const m of matches)
      if (!WEB_ACCESSIBLE_MATCHES.some((re) => re.test(m))) problems.push(`web-accessible to ${m}`);
    for (const file of entry.resources)
      if (!WEB_ACCESSIBLE_FILES.includes(file)) problems.push(`web-accessible ${file}`);
    if ((entry.extension_ids ?? []).includes('*'))
      problems.push('web-accessible resources open to every extension');
  }
  return problems;
}

const readManifest = (dir: string): Manifest =>
  JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8')) as Manifest;
const built = (): Manifest => readManifest(extensionDir());

describe('least privilege (built manifest)', () => {
  it('asks for nothing beyond the documented list', () => {
    const manifest = built();
    expect(privilegeProblems(manifest)).toEqual([]);
    expect(manifest.manifest_version).toBe(3);
    // Content scripts exist and cover the five boards only.
    expect(manifest.content_scripts?.flatMap((s) => s.matches).length).toBeGreaterThan(5);
    // The loader, and the capture code it imports, web-accessible to the boards only.
    expect(manifest.content_scripts?.map((s) => s.js)).toEqual([CONTENT_SCRIPT_FILES]);
    expect(manifest.web_accessible_resources?.map((entry) => entry.resources)).toEqual([
      WEB_ACCESSIBLE_FILES,
    ]);
    expect(manifest.web_accessible_resources?.[0]?.matches?.length).toBeGreaterThan(5);
    // Host permissions: the backend, then exactly the content script's matches (the badge
    // reads board tabs' URLs), so the install warning names no site it did not before.
    expect(manifest.host_permissions?.filter((h) => !HOST_PERMISSION.test(h))).toEqual(
      manifest.content_scripts?.[0]?.matches,
    );
  });

  it.each<[string, (m: Manifest) => void, string]>([
    ['a new permission', (m) => m.permissions?.push('tabs'), 'permission tabs'],
    ['an optional permission', (m) => (m.optional_permissions = ['history']), 'permission history'],
    ['every site as host', (m) => m.host_permissions?.push('<all_urls>'), 'host permission <all_urls>'],
    [
      'another host',
      (m) => (m.host_permissions = ['https://analytics.example/*']),
      'host permission https://analytics.example/*',
    ],
    [
      'a whole board origin as host',
      (m) => m.host_permissions?.push('https://*.indeed.com/*'),
      'host permission https://*.indeed.com/*',
    ],
    [
      'a second backend host',
      (m) => m.host_permissions?.push('http://127.0.0.1:8787/*'),
      'more than one backend host',
    ],
    ['a broad match', (m) => m.content_scripts?.[0]?.matches.push('https://*/*'), 'match https://*/*'],
    [
      'a look-alike board',
      (m) => m.content_scripts?.[0]?.matches.push('https://*.indeed.com.evil.example/*'),
      'match https://*.indeed.com.evil.example/*',
    ],
    [
      'all frames',
      (m) => {
        const first = m.content_scripts?.[0];
        if (first) first.all_frames = true;
      },
      'content script in all frames',
    ],
    [
      'remote script in the CSP',
      (m) =>
        (m.content_security_policy = {
          extension_pages: "script-src 'self' https://cdn.example; object-src 'self'",
        }),
      'CSP script-src https://cdn.example',
    ],
    [
      'eval in the CSP',
      (m) => (m.content_security_policy = { extension_pages: "script-src 'self' 'unsafe-eval'" }),
      "CSP script-src 'unsafe-eval'",
    ],
    [
      'resources open to all sites',
      (m) => (m.web_accessible_resources = [{ resources: ['*.js'], matches: ['<all_urls>'] }]),
      'web-accessible resources open to every site',
    ],
    [
      'another web-accessible file',
      (m) => m.web_accessible_resources?.[0]?.resources.push('chunks/tracker.js'),
      'web-accessible chunks/tracker.js',
    ],
    [
      'the capture code web-accessible to another site',
      (m) => m.web_accessible_resources?.[0]?.matches?.push('https://*.evil.example/*'),
      'web-accessible to https://*.evil.example/*',
    ],
    [
      'another content script',
      (m) => m.content_scripts?.push({ matches: ['https://*.linkedin.com/*'], js: ['spy.js'] }),
      'more than one content script',
    ],
    [
      'the eager capture bundle in the loader',
      (m) => m.content_scripts?.[0]?.js?.push('content-scripts/capture.js'),
      'content script content-scripts/capture.js',
    ],
    [
      'pages allowed to message it',
      (m) => (m.externally_connectable = { matches: ['https://*.linkedin.com/*'] }),
      'key externally_connectable',
    ],
  ])('fails on %s', (_name, change, problem) => {
    const manifest = structuredClone(built());
    change(manifest);
    expect(privilegeProblems(manifest)).toContain(problem);
  });
});

describe('least privilege (built Firefox manifest)', () => {
  // `npm test` builds it (the zip step); a run of this file alone builds its own.
  let firefoxDir = join(dirname(extensionDir()), 'firefox-mv3');
  let tempOut: string | undefined;
  beforeAll(() => {
    if (existsSync(`${firefoxDir}/manifest.json`)) return;
    tempOut = mkdtempSync(join(tmpdir(), 'jobtrack-ff-manifest-'));
    execFileSync('node_modules/.bin/wxt', ['build', '-b', 'firefox'], {
      env: { ...process.env, JOBTRACK_OUT_DIR: tempOut },
      stdio: 'ignore',
    });
    firefoxDir = join(tempOut, 'firefox-mv3');
  }, 180_000);
  afterAll(() => {
    if (tempOut) rmSync(tempOut, { recursive: true, force: true });
  });

  it('asks for nothing beyond the documented list, with opt-in data collection only', () => {
    const manifest = readManifest(firefoxDir);
    expect(privilegeProblems(manifest, 'firefox')).toEqual([]);
    expect(manifest.host_permissions?.filter((h) => !HOST_PERMISSION.test(h))).toEqual(
      manifest.content_scripts?.[0]?.matches,
    );
    expect(manifest.browser_specific_settings?.gecko?.id).toBeTruthy();
    expect(manifest.content_scripts?.flatMap((s) => s.matches).length).toBeGreaterThan(5);
  });

  it.each<[string, (m: Manifest) => void, string]>([
    [
      'required data collection',
      (m) => {
        const gecko = m.browser_specific_settings?.gecko;
        if (gecko) gecko.data_collection_permissions = { required: ['locationInfo'] };
      },
      'data collection required: locationInfo',
    ],
    [
      'another optional data kind',
      (m) =>
        m.browser_specific_settings?.gecko?.data_collection_permissions?.optional?.push('browsingActivity'),
      'data collection browsingActivity',
    ],
    [
      'another gecko setting',
      (m) => {
        const gecko = m.browser_specific_settings?.gecko;
        if (gecko) gecko.update_url = 'https://updates.example/';
      },
      'gecko.update_url',
    ],
  ])('fails on %s', (_name, change, problem) => {
    const manifest = structuredClone(readManifest(firefoxDir));
    change(manifest);
    expect(privilegeProblems(manifest, 'firefox')).toContain(problem);
  });

  it('a Chrome manifest may not carry Firefox settings', () => {
    const manifest = { ...structuredClone(built()), browser_specific_settings: { gecko: { id: 'x' } } };
    expect(privilegeProblems(manifest)).toContain('key browser_specific_settings');
  });
});

describe("Chrome's install warning (built manifest)", () => {
  it('is the same with the boards as host permissions as with the content script alone', async () => {
    const manifest = built();
    const withoutBoardHosts = {
      ...manifest,
      host_permissions: manifest.host_permissions?.filter((h) => HOST_PERMISSION.test(h)),
    };
    const ext = await launchExtension();
    try {
      // Chrome's own permission-message rules, as shown at install (no permission needed).
      const warnings = (json: string) =>
        ext.worker.evaluate((text) => chrome.management.getPermissionWarningsByManifest(text), json);
      const actual = await warnings(JSON.stringify(manifest));
      expect(actual.join(' ')).toMatch(/Read and change your data on/);
      expect(actual).toEqual(await warnings(JSON.stringify(withoutBoardHosts)));
      // And the check can tell: every site as host changes the warning.
      const broader = { ...manifest, host_permissions: [...(manifest.host_permissions ?? []), '<all_urls>'] };
      expect(await warnings(JSON.stringify(broader))).not.toEqual(actual);
    } finally {
      await ext.close();
    }
  }, 60_000);
});
