import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extensionDir } from '../support/extension';

/**
 * Least privilege, read from the built manifest (what the Web Store and Chrome see). Every
 * permission, host permission and content-script match must be on the documented list
 * (README → Security → Permissions); the CSP may not be weaker than MV3's default; no
 * resource is web-accessible to every site and no web page may message the extension.
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
const OPEN_TO_ALL = /<all_urls>|^\*:\/\/\*\/|^https?:\/\/\*\/|^https?:\/\/\*$/;

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: {
    matches: string[];
    all_frames?: boolean;
    world?: string;
    match_origin_as_fallback?: boolean;
    match_about_blank?: boolean;
  }[];
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  web_accessible_resources?: { resources: string[]; matches?: string[]; extension_ids?: string[] }[];
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

/** Everything in `manifest` beyond the documented least privilege. */
function privilegeProblems(manifest: Manifest): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(manifest)) if (!KEYS.includes(key)) problems.push(`key ${key}`);
  for (const p of [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])])
    if (!PERMISSIONS.includes(p)) problems.push(`permission ${p}`);
  const hosts = [...(manifest.host_permissions ?? []), ...(manifest.optional_host_permissions ?? [])];
  if (hosts.length > 1) problems.push('more than one host permission');
  for (const h of hosts) if (!HOST_PERMISSION.test(h)) problems.push(`host permission ${h}`);
  for (const script of manifest.content_scripts ?? []) {
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
    for (const m of matches) if (!MATCHES.some((re) => re.test(m))) problems.push(`web-accessible to ${m}`);
    if ((entry.extension_ids ?? []).includes('*'))
      problems.push('web-accessible resources open to every extension');
  }
  return problems;
}

const built = (): Manifest => JSON.parse(readFileSync(`${extensionDir()}/manifest.json`, 'utf8')) as Manifest;

describe('least privilege (built manifest)', () => {
  it('asks for nothing beyond the documented list', () => {
    const manifest = built();
    expect(privilegeProblems(manifest)).toEqual([]);
    expect(manifest.manifest_version).toBe(3);
    // Content scripts exist and cover the five boards only.
    expect(manifest.content_scripts?.flatMap((s) => s.matches).length).toBeGreaterThan(5);
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
