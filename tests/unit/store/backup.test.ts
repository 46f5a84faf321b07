import { describe, expect, it } from 'vitest';
import { errorText } from '../../../extension/i18n/errors';
import { makeBackup } from '../../../extension/store/backup';
import { defaultPreferences } from '../../../extension/store/schema';
import { makeApp } from '../../support/make-app';
import { MemoryArea } from '../../support/memory-area';
import { OWN_ID, testRouter } from '../../support/test-router';

const ui = { id: OWN_ID, url: `chrome-extension://${OWN_ID}/tracker.html` };
const settings = {
  installationId: '3f0c9a52-6b1e-4d8a-9c47-2a5e8f1d7b60',
  installedAt: '2026-03-02T09:15:00.000Z',
  preferences: defaultPreferences(),
  subscription: { pro: true, status: 'active', checkedAt: '2026-03-10T18:00:00.000Z' },
};
const cv = {
  id: 'cv1',
  fileName: 'cv.pdf',
  addedAt: '2026-03-01T10:00:00.000Z',
  text: 'Go, Rust',
  isDefault: true,
};

function setup(initial: Record<string, unknown>) {
  const area = new MemoryArea({ settings, meta: { schemaVersion: 1 }, ...initial });
  const route = testRouter(area, { newId: () => 'x' });
  return { area, route };
}

describe('JSON backup', () => {
  it('holds applications, CVs and preferences, never the installation id or subscription', async () => {
    const backup = await makeBackup(
      { settings, 'app:a': makeApp('a'), 'cv:cv1': cv, 'quarantine:x': {} },
      new Date('2026-11-20T09:00:00Z'),
    );
    expect(backup.applications).toEqual([makeApp('a')]);
    expect(backup.cvs).toEqual([cv]);
    expect(backup.preferences).toEqual(settings.preferences);
    const text = JSON.stringify(backup);
    expect(text).not.toContain(settings.installationId);
    expect(text).not.toContain('subscription');
  });

  it('backup → delete all → import restores the same records', async () => {
    const { area, route } = setup({
      'app:a': makeApp('a', { notes: 'ñandú, "quoted"' }),
      'app:b': makeApp('b'),
      'cv:cv1': cv,
    });
    const before = await area.whole();
    const backup = JSON.parse(JSON.stringify(await makeBackup(area.snapshot(), new Date())));
    await route({ type: 'delete-all-data', confirm: 'delete-all' }, ui);
    const preview = await route({ type: 'import-backup', backup, dryRun: true }, ui);
    expect(preview).toEqual({
      ok: true,
      value: {
        added: 2,
        merged: 0,
        skipped: 0,
        cvsAdded: 1,
        cvsMerged: 0,
        cvsSkipped: 0,
        preferences: false,
      },
    });
    expect(Object.keys(area.snapshot()).some((k) => k.startsWith('app:'))).toBe(false);
    expect((await route({ type: 'import-backup', backup, dryRun: false }, ui)).ok).toBe(true);
    // Imported in the current layout (summary and detail), the same records joined.
    expect(Object.keys(area.snapshot()).filter((k) => k.startsWith('detail:'))).toHaveLength(2);
    expect(await area.whole()).toEqual(before);
  });

  it('merges a duplicate by id: newer fields win, timelines are joined, identical ones are skipped', async () => {
    const existing = makeApp('a', { notes: 'mine' });
    const incoming = makeApp('a', {
      title: 'Renamed',
      updatedAt: '2026-11-10T10:00:00.000Z',
      events: [
        { id: 'ev-a', type: 'applied', date: '2026-11-01T10:00:00.000Z' },
        { id: 'ev-2', type: 'interview', date: '2026-11-12T10:00:00.000Z' },
      ],
    });
    const { area, route } = setup({ 'app:a': existing, 'app:b': makeApp('b') });
    const backup = {
      format: 'jobtrack-backup',
      schemaVersion: 1,
      exportedAt: '2026-11-20T09:00:00.000Z',
      applications: [incoming, makeApp('b')],
      cvs: [],
    };
    const result = await route({ type: 'import-backup', backup, dryRun: false }, ui);
    expect(result).toMatchObject({ ok: true, value: { added: 0, merged: 1, skipped: 1 } });
    const merged = (await area.whole())['app:a'] as ReturnType<typeof makeApp>;
    expect(merged.title).toBe('Renamed');
    expect(merged.notes).toBe('mine');
    expect(merged.events.map((e) => e.id)).toEqual(['ev-a', 'ev-2']);
  });

  it.each([
    ['not a backup', { hello: 'world' }, 'not a JobTrack backup'],
    [
      'a bad URL deep inside',
      { apps: [makeApp('c', { url: 'javascript:alert(1)' })] },
      'applications[1].url',
    ],
    ['an unknown stage', { apps: [makeApp('c', { status: 'limbo' })] }, 'no stage "limbo"'],
    ['a duplicate id', { apps: [makeApp('a')] }, 'appears twice'],
    ['a newer schema', { schemaVersion: 99 }, 'newer version'],
  ])('refuses %s, says why, and changes nothing', async (_name, change, reason) => {
    const { area, route } = setup({ 'app:keep': makeApp('keep') });
    const before = area.snapshot();
    const { apps, ...rest } = change as { apps?: unknown[] };
    const backup =
      'hello' in change
        ? change
        : {
            format: 'jobtrack-backup',
            schemaVersion: 1,
            exportedAt: '2026-11-20T09:00:00.000Z',
            applications: [makeApp('a'), ...(apps ?? [])],
            cvs: [cv],
            ...rest,
          };
    const result = await route({ type: 'import-backup', backup, dryRun: false }, ui);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(errorText('en', result.error)).toContain(reason);
    expect(area.snapshot()).toEqual(before);
    expect(area.writes).toBe(0);
  });
});
