import { describe, expect, it } from 'vitest';
import type { Application } from '../../../extension/model/application';
import { unpackSummary } from '../../../extension/store/packed-summary';
import { defaultPreferences } from '../../../extension/store/schema';
import { makeApp } from '../../support/make-app';
import { MemoryArea } from '../../support/memory-area';
import { OWN_ID, OWN_ORIGIN, testRouter } from '../../support/test-router';

const ui = { id: OWN_ID, url: `${OWN_ORIGIN}/tracker.html` };
const content = { id: OWN_ID, url: 'https://www.linkedin.com/jobs/view/1/', tab: { id: 3 } };

const settings = {
  installationId: '3f0c9a52-6b1e-4d8a-9c47-2a5e8f1d7b60',
  installedAt: '2026-03-02T09:15:00.000Z',
  preferences: defaultPreferences(),
};

function setup(apps: Application[] = [makeApp('a'), makeApp('b')]) {
  const area = new MemoryArea({
    settings,
    meta: { schemaVersion: 1 },
    ...Object.fromEntries(apps.map((app) => [`app:${app.id}`, app])),
  });
  const route = testRouter(area);
  const app = (id: string) => unpackSummary(area.snapshot()[`app:${id}`]) as Application | undefined;
  return { area, route, app };
}

describe('tracker messages', () => {
  it('refuses every tracker message from a content script', async () => {
    const { area, route } = setup();
    const before = area.snapshot();
    for (const message of [
      { type: 'delete-all-data', confirm: 'delete-all' },
      { type: 'set-status', ids: ['a'], status: 'offer' },
      { type: 'delete-applications', ids: ['a'] },
    ]) {
      expect(await route(message, content)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    }
    expect(area.snapshot()).toEqual(before);
  });

  it('edits fields, clears an optional one with "", and validates', async () => {
    const { route, app } = setup();
    const result = await route(
      {
        type: 'update-application',
        id: 'a',
        patch: { title: 'Staff Engineer', company: '', salary: '50k €' },
      },
      ui,
    );
    expect(result.ok).toBe(true);
    expect(app('a')).toMatchObject({ title: 'Staff Engineer', salary: { text: '50k €' } });
    expect(app('a')?.company).toBeUndefined();
    expect(app('a')?.updatedAt).toBe('2026-11-20T09:00:00.000Z');
    const bad = await route(
      { type: 'update-application', id: 'a', patch: { url: 'javascript:alert(1)' } },
      ui,
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    const gone = await route({ type: 'update-application', id: 'zzz', patch: { notes: 'x' } }, ui);
    expect(gone).toEqual({ ok: false, error: { code: 'application-missing' } });
  });

  it('changes status in bulk with one timeline event per application that moved', async () => {
    const { route, app } = setup([makeApp('a'), makeApp('b', { status: 'offer' })]);
    expect(await route({ type: 'set-status', ids: ['a', 'b'], status: 'offer' }, ui)).toEqual({
      ok: true,
      value: { changed: 1 },
    });
    expect(app('a')?.status).toBe('offer');
    expect(app('a')?.events.at(-1)).toMatchObject({ type: 'offer', stage: 'offer' });
    expect(app('b')?.events).toHaveLength(1);
    const unknown = await route({ type: 'set-status', ids: ['a'], status: 'nowhere' }, ui);
    expect(unknown).toEqual({ ok: false, error: { code: 'stage-missing', params: { stage: 'nowhere' } } });
  });

  it('adds, edits and deletes timeline events, kept in date order', async () => {
    const { route, app } = setup();
    const added = await route(
      {
        type: 'add-event',
        id: 'a',
        event: {
          type: 'interview',
          date: '2026-11-25T15:00:00.000Z',
          note: 'Video call',
          remindAt: '2026-11-25T14:00:00.000Z',
        },
      },
      ui,
    );
    expect(added).toMatchObject({ ok: true, value: { id: 'id-1', type: 'interview' } });
    await route(
      { type: 'add-event', id: 'a', event: { type: 'follow-up', date: '2026-10-01T10:00:00.000Z' } },
      ui,
    );
    expect(app('a')?.events.map((e) => e.type)).toEqual(['follow-up', 'applied', 'interview']);
    await route(
      {
        type: 'update-event',
        id: 'a',
        eventId: 'id-1',
        event: { type: 'interview', date: '2026-11-26T15:00:00.000Z', note: 'On site' },
      },
      ui,
    );
    expect(app('a')?.events.at(-1)).toEqual({
      id: 'id-1',
      type: 'interview',
      date: '2026-11-26T15:00:00.000Z',
      note: 'On site',
    });
    await route({ type: 'delete-event', id: 'a', eventId: 'id-1' }, ui);
    expect(app('a')?.events.map((e) => e.id)).toEqual(['id-2', 'ev-a']);
  });

  it('deletes with undo: the answer restores the records exactly', async () => {
    const { area, route } = setup([makeApp('a', { description: 'Long text '.repeat(80) }), makeApp('b')]);
    // Stored in two keys each (summary and detail), as the store writes them.
    await route({ type: 'set-status', ids: ['a', 'b'], status: 'offer' }, ui);
    expect(Object.keys(area.snapshot()).filter((k) => k.startsWith('detail:'))).toHaveLength(2);
    const before = await area.whole();
    const deleted = await route({ type: 'delete-applications', ids: ['a', 'b'] }, ui);
    expect(deleted.ok).toBe(true);
    // Both keys of each go.
    expect(Object.keys(area.snapshot()).filter((k) => /^(app|detail):/.test(k))).toEqual([]);
    const restored = await route(
      { type: 'restore-applications', applications: (deleted as { value: Application[] }).value },
      ui,
    );
    expect(restored).toEqual({ ok: true, value: { restored: 2 } });
    expect(await area.whole()).toEqual(before);
    expect((before['app:a'] as Application).description).toContain('Long text');
  });

  it('renames, adds and reorders stages, but never drops one in use', async () => {
    const { route, area } = setup([makeApp('a', { status: 'offer' })]);
    const stages = [
      { id: 'offer', label: 'Oferta' },
      { id: 'phone-screen', label: 'Phone screen' },
      { id: 'saved', label: 'Saved' },
    ];
    expect((await route({ type: 'set-stages', stages }, ui)).ok).toBe(true);
    expect((area.snapshot().settings as typeof settings).preferences.stages).toEqual(stages);
    const dropsOffer = await route({ type: 'set-stages', stages: [{ id: 'saved', label: 'Saved' }] }, ui);
    expect(dropsOffer).toMatchObject({ ok: false, error: { code: 'stage-in-use' } });
    const dup = await route({ type: 'set-stages', stages: [...stages, { id: 'saved', label: 'Again' }] }, ui);
    expect(dup).toEqual({ ok: false, error: { code: 'stage-duplicate', params: { stage: 'saved' } } });
  });

  it('deletes all data but keeps the installation id, and resets preferences', async () => {
    const { route, area } = setup();
    await route({ type: 'set-preferences', language: 'es', theme: 'dark' }, ui);
    await area.set({ 'cv:1': { id: '1' } });
    expect(await route({ type: 'delete-all-data' }, ui)).toMatchObject({ ok: false });
    expect(await route({ type: 'delete-all-data', confirm: 'delete-all' }, ui)).toEqual({
      ok: true,
      value: { removed: 3 },
    });
    const after = area.snapshot();
    expect(Object.keys(after).sort()).toEqual(['meta', 'settings']);
    expect(after.settings).toEqual(settings);
  });
});
