import { describe, expect, it } from 'vitest';
import { jobFeatures } from '../../../extension/match/features';
import type { Application, ListingDraft } from '../../../extension/model/application';
import { upsertCapture } from '../../../extension/store/applications';
import { recordCaptureUndo, undoCapture } from '../../../extension/store/capture-undo';
import { unpackSummary } from '../../../extension/store/packed-summary';
import { addLetter, writePrepNote } from '../../../extension/store/pro-records';
import { readApplication } from '../../../extension/store/reader';
import { DETAIL_FIELDS, defaultPreferences } from '../../../extension/store/schema';
import { makeApp } from '../../support/make-app';
import { MemoryArea } from '../../support/memory-area';
import { testRouter, uiSender } from '../../support/test-router';

/**
 * Every writer keeps an application's three keys (summary app:<id>, detail detail:<id>,
 * match features feat:<id>) in step: all present or all gone, the summary free of detail
 * fields and of features, and the features those of the whole record as it now stands.
 */
const settings = {
  installationId: '3f0c9a52-6b1e-4d8a-9c47-2a5e8f1d7b60',
  installedAt: '2026-03-02T09:15:00.000Z',
  preferences: defaultPreferences(),
};
const NOW = new Date('2026-11-20T09:00:00Z');
const LONG = 'Requirements\n- 3+ years of Python and PostgreSQL.\n- Kubernetes.\n'.repeat(20);

async function expectConsistent(area: MemoryArea): Promise<Application[]> {
  const snapshot = area.snapshot();
  const ids = (prefix: string) =>
    Object.keys(snapshot)
      .filter((key) => key.startsWith(prefix))
      .map((key) => key.slice(prefix.length))
      .sort();
  expect(ids('detail:')).toEqual(ids('app:'));
  expect(ids('feat:')).toEqual(ids('app:'));
  const whole: Application[] = [];
  for (const id of ids('app:')) {
    // Packed: one JSON string (store/packed-summary.ts).
    expect(typeof snapshot[`app:${id}`], id).toBe('string');
    const summary = unpackSummary(snapshot[`app:${id}`]) as Record<string, unknown>;
    for (const field of DETAIL_FIELDS) expect(summary, `${id}.${field}`).not.toHaveProperty(field);
    expect(summary, id).not.toHaveProperty('features');
    const app = await readApplication(id, area);
    if (!app) throw new Error(`${id} does not read whole`);
    expect(snapshot[`feat:${id}`], id).toBe(jobFeatures(app));
    whole.push(app);
  }
  return whole;
}

function setup() {
  const area = new MemoryArea({ settings, meta: { schemaVersion: 3 } });
  return { area, route: testRouter(area) };
}

const draft: ListingDraft = {
  board: 'linkedin',
  boardJobId: '4099887766',
  url: 'https://www.linkedin.com/jobs/view/4099887766/',
  title: 'Backend Engineer',
  company: 'Acme',
  description: LONG,
  descriptionPartial: true,
  source: 'board',
  fieldSources: { title: 'board', company: 'board' },
};

describe('the keys of an application stay consistent', () => {
  it('through capture, a fuller capture, edits, status, events, Pro versions, undo and delete', async () => {
    const { area, route } = setup();
    const deps = { now: () => NOW, newId: () => crypto.randomUUID() };
    const first = await upsertCapture(area, draft, 'manual', deps);
    let [app] = await expectConsistent(area);
    expect(app).toMatchObject({
      description: LONG,
      descriptionPartial: true,
      fieldSources: draft.fieldSources,
    });
    const id = first.after.id;

    // A fuller capture replaces the partial description: new features.
    const fuller = await upsertCapture(
      area,
      { ...draft, description: `${LONG}Nice to have: Go.`, descriptionPartial: false },
      'apply',
      deps,
    );
    [app] = await expectConsistent(area);
    expect(app?.description).toContain('Nice to have: Go.');
    expect(app?.status).toBe('applied');

    // Undo the Apply: status back, both keys still there, the description kept.
    const session = new MemoryArea();
    const token = await recordCaptureUndo(session, fuller, { tabId: 1, now: NOW, newId: () => 'u1' });
    expect(await undoCapture(area, session, token, { tabId: 1, now: NOW })).toEqual({
      removed: false,
      status: 'saved',
    });
    [app] = await expectConsistent(area);
    expect(app).toMatchObject({ status: 'saved', description: fuller.after.description });

    expect(
      (await route({ type: 'update-application', id, patch: { description: 'Short now: Java.' } }, uiSender))
        .ok,
    ).toBe(true);
    [app] = await expectConsistent(area);
    expect(app?.description).toBe('Short now: Java.');
    expect(app).not.toHaveProperty('descriptionPartial');

    expect(
      (await route({ type: 'update-application', id, patch: { title: 'Data Engineer' } }, uiSender)).ok,
    ).toBe(true);
    expect((await route({ type: 'set-status', ids: [id], status: 'offer' }, uiSender)).ok).toBe(true);
    expect(
      (
        await route(
          { type: 'add-event', id, event: { type: 'note', date: NOW.toISOString(), note: 'Called' } },
          uiSender,
        )
      ).ok,
    ).toBe(true);
    [app] = await expectConsistent(area);
    expect(app).toMatchObject({ title: 'Data Engineer', status: 'offer', description: 'Short now: Java.' });

    await addLetter(
      area,
      id,
      {
        id: 'l1',
        createdAt: NOW.toISOString(),
        language: 'en',
        tone: 'warm',
        length: 'short',
        text: 'Dear team',
      },
      NOW,
    );
    await writePrepNote(area, id, 'Why us?', 'Open data', NOW);
    [app] = await expectConsistent(area);
    expect(app?.coverLetters?.[0]?.text).toBe('Dear team');
    expect(app?.prepNotes).toEqual({ 'Why us?': 'Open data' });
    expect(app?.description).toBe('Short now: Java.');

    const deleted = await route({ type: 'delete-applications', ids: [id] }, uiSender);
    expect(Object.keys(area.snapshot()).filter((k) => /^(app|detail|feat):/.test(k))).toEqual([]);
    const restored = await route(
      { type: 'restore-applications', applications: (deleted as { value: Application[] }).value },
      uiSender,
    );
    expect(restored.ok).toBe(true);
    const [back] = await expectConsistent(area);
    expect(back).toEqual(app);
  });

  it('through an undone capture that created the record: all its keys go', async () => {
    const area = new MemoryArea({ settings, meta: { schemaVersion: 3 } });
    const session = new MemoryArea();
    const change = await upsertCapture(area, draft, 'apply', {
      now: () => NOW,
      newId: () => crypto.randomUUID(),
    });
    const token = await recordCaptureUndo(session, change, { tabId: 1, now: NOW, newId: () => 'tok' });
    await undoCapture(area, session, token, { tabId: 1, now: NOW });
    expect(Object.keys(area.snapshot()).filter((k) => /^(app|detail|feat):/.test(k))).toEqual([]);
  });

  it('through import, and a capture over an unreadable record keeps both old parts aside', async () => {
    const { area, route } = setup();
    const backup = {
      format: 'jobtrack-backup',
      schemaVersion: 1,
      exportedAt: NOW.toISOString(),
      applications: [makeApp('a', { description: LONG, coverLetters: [] }), makeApp('b')],
      cvs: [],
    };
    expect((await route({ type: 'import-backup', backup, dryRun: false }, uiSender)).ok).toBe(true);
    const whole = await expectConsistent(area);
    expect(whole.map((app) => app.description)).toEqual([LONG, undefined]);

    const id = 'linkedin-4099887766';
    await area.set({ [`app:${id}`]: { id, title: 42 }, [`detail:${id}`]: { description: 'old' } });
    await upsertCapture(area, draft, 'apply', { now: () => NOW, newId: () => 'n' });
    await expectConsistent(area);
    const quarantined = Object.keys(area.snapshot()).filter((k) => k.startsWith('quarantine:'));
    expect(quarantined.sort()).toEqual([
      `quarantine:app:${id}:${NOW.toISOString()}`,
      `quarantine:detail:${id}:${NOW.toISOString()}`,
    ]);

    expect((await route({ type: 'delete-all-data', confirm: 'delete-all' }, uiSender)).ok).toBe(true);
    expect(Object.keys(area.snapshot()).filter((k) => /^(app|detail|feat|quarantine):/.test(k))).toEqual([]);
  });
});
