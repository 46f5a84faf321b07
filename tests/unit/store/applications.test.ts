import { describe, expect, it } from 'vitest';
import type { ListingDraft } from '../../../extension/model/application';
import { applicationId } from '../../../extension/store/application-id';
import { upsertCapture } from '../../../extension/store/applications';
import { readApplication, readApplications } from '../../../extension/store/reader';
import { StoredApplication } from '../../../extension/store/schema';
import { createWriteQueue } from '../../../extension/store/write-queue';
import { MemoryArea } from '../../support/memory-area';

let clock = Date.parse('2026-11-01T10:00:00.000Z');
let counter = 0;
const deps = {
  now: () => {
    clock += 1000;
    return new Date(clock);
  },
  newId: () => `ev-${++counter}`,
};

const draft = (overrides: Partial<ListingDraft> = {}): ListingDraft => ({
  board: 'indeed',
  boardJobId: 'a1b2c3d4e5f6a7b8',
  url: 'https://uk.indeed.com/viewjob?jk=a1b2c3d4e5f6a7b8&from=serp&utm_source=x',
  title: 'Night Shift Staff Nurse',
  company: 'Riverside Care Group',
  location: 'Bristol BS1 • Hybrid work',
  source: 'board',
  ...overrides,
});

describe('upsertCapture', () => {
  it('keeps an incomplete capture with its missing fields, and completes it from a later full capture', async () => {
    const area = new MemoryArea();
    const partial = draft({
      title: 'Night Shift Staff Nurse - Riverside',
      company: undefined,
      fieldSources: { title: 'meta' },
      incomplete: ['company', 'description'],
    });
    await upsertCapture(area, partial, 'apply', deps);
    const key = 'app:indeed-a1b2c3d4e5f6a7b8';
    expect(StoredApplication.parse((await area.whole())[key])).toMatchObject({
      incomplete: ['company', 'description'],
      fieldSources: { title: 'meta' },
    });
    const full = draft({
      description: 'Night shifts on a 20-bed ward.',
      fieldSources: { title: 'board', company: 'board', description: 'board' },
    });
    await upsertCapture(area, full, 'apply', deps);
    const app = StoredApplication.parse((await area.whole())[key]);
    expect(app.incomplete).toBeUndefined();
    expect(app).toMatchObject({
      title: 'Night Shift Staff Nurse',
      company: 'Riverside Care Group',
      description: 'Night shifts on a 20-bed ward.',
      fieldSources: { title: 'board', company: 'board', description: 'board' },
    });
  });

  it('reads records stored before field sources and the incomplete mark existed', () => {
    const old = {
      id: 'indeed-x',
      board: 'indeed',
      url: 'https://www.indeed.com/viewjob?jk=x',
      title: 'Welder',
      status: 'applied',
      events: [],
      notes: '',
      captureMethod: 'apply',
      captureSource: 'board',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    expect(StoredApplication.safeParse(old).success).toBe(true);
  });

  it('creates an applied application with an applied event, URL without tracking', async () => {
    const area = new MemoryArea();
    const { before, after, created } = await upsertCapture(area, draft(), 'apply', deps);
    expect({ before, id: after.id, created, status: after.status }).toEqual({
      before: undefined,
      id: 'indeed-a1b2c3d4e5f6a7b8',
      created: true,
      status: 'applied',
    });
    const stored = (await area.whole())['app:indeed-a1b2c3d4e5f6a7b8'];
    const app = StoredApplication.parse(stored);
    expect(app).toMatchObject({
      title: 'Night Shift Staff Nurse',
      company: 'Riverside Care Group',
      status: 'applied',
      captureMethod: 'apply',
      captureSource: 'board',
      url: 'https://uk.indeed.com/viewjob?jk=a1b2c3d4e5f6a7b8',
    });
    expect(app.events.map((e) => e.type)).toEqual(['applied']);
  });

  it('moves a saved job to applied on Apply: one application, two events', async () => {
    const area = new MemoryArea();
    await upsertCapture(area, draft(), 'manual', deps);
    const { before, after, created } = await upsertCapture(area, draft(), 'apply', deps);
    expect({ created, before: before?.status, after: after.status }).toEqual({
      created: false,
      before: 'saved',
      after: 'applied',
    });
    const { applications } = await readApplications(area);
    expect(applications).toHaveLength(1);
    expect(applications[0]?.events.map((e) => e.type)).toEqual(['saved', 'applied']);
  });

  it('changes nothing on a repeat Apply, or a Save after Apply', async () => {
    const area = new MemoryArea();
    await upsertCapture(area, draft(), 'apply', deps);
    const before = area.snapshot();
    const writes = area.writes;
    await upsertCapture(
      area,
      draft({ url: 'https://uk.indeed.com/viewjob?jk=a1b2c3d4e5f6a7b8' }),
      'apply',
      deps,
    );
    await upsertCapture(area, draft(), 'manual', deps);
    expect(area.snapshot()).toEqual(before);
    expect(area.writes).toBe(writes);
  });

  it('fills missing fields and replaces a partial description, keeping user edits', async () => {
    const area = new MemoryArea();
    await upsertCapture(
      area,
      draft({ company: undefined, description: 'Short…', descriptionPartial: true }),
      'manual',
      deps,
    );
    await upsertCapture(
      area,
      draft({ company: 'Riverside Care Group', title: 'Different Title', description: 'Full text' }),
      'apply',
      deps,
    );
    const [summary] = (await readApplications(area)).applications;
    const app = summary && (await readApplication(summary.id, area));
    expect(app).toMatchObject({
      company: 'Riverside Care Group',
      title: 'Night Shift Staff Nurse',
      description: 'Full text',
      descriptionPartial: false,
    });
  });

  it('keeps an unreadable record aside instead of overwriting it silently', async () => {
    const area = new MemoryArea({ 'app:indeed-a1b2c3d4e5f6a7b8': { broken: true } });
    await upsertCapture(area, draft(), 'apply', deps);
    const keys = Object.keys(area.snapshot());
    expect(keys.some((k) => k.startsWith('quarantine:app:indeed-a1b2c3d4e5f6a7b8'))).toBe(true);
    expect((await readApplications(area)).applications).toHaveLength(1);
  });

  it('loses no update when many captures of the same job race through the queue', async () => {
    const area = new MemoryArea({}, 1);
    const queue = createWriteQueue();
    const triggers = Array.from({ length: 30 }, (_, i): 'apply' | 'manual' =>
      i % 3 === 0 ? 'apply' : 'manual',
    );
    await Promise.all(triggers.map((t) => queue.run(() => upsertCapture(area, draft(), t, deps))));
    const { applications } = await readApplications(area);
    expect(applications).toHaveLength(1);
    // The first capture was an Apply: exactly one applied event, no saved one after it.
    expect(applications[0]?.events.map((e) => e.type)).toEqual(['applied']);
  });

  it('keeps every distinct job when captures from many tabs interleave', async () => {
    const area = new MemoryArea({}, 1);
    const queue = createWriteQueue();
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        queue.run(() =>
          upsertCapture(
            area,
            draft({ boardJobId: `job${i}`, url: `https://uk.indeed.com/viewjob?jk=job${i}` }),
            'apply',
            deps,
          ),
        ),
      ),
    );
    expect((await readApplications(area)).applications).toHaveLength(40);
  });
});

describe('readApplications', () => {
  it('lists valid applications newest first and reports invalid ones', async () => {
    const area = new MemoryArea();
    await upsertCapture(
      area,
      draft({ boardJobId: 'old', url: 'https://uk.indeed.com/viewjob?jk=old' }),
      'apply',
      deps,
    );
    await upsertCapture(
      area,
      draft({ boardJobId: 'new', url: 'https://uk.indeed.com/viewjob?jk=new' }),
      'apply',
      deps,
    );
    await area.set({ 'app:bad': { nope: 1 }, settings: { unrelated: true } });
    const list = await readApplications(area);
    expect(list.applications.map((a) => a.id)).toEqual(['indeed-new', 'indeed-old']);
    expect(list.invalid.map((p) => p.key)).toEqual(['app:bad']);
  });
});

describe('applicationId', () => {
  it.each([
    [
      {
        board: 'linkedin' as const,
        boardJobId: '4012345678',
        url: 'https://www.linkedin.com/jobs/view/4012345678/',
      },
      'linkedin-4012345678',
    ],
    [
      { board: 'infojobs' as const, boardJobId: 'iA1B2', url: 'https://www.infojobs.net/x/y/of-iA1B2' },
      'infojobs-ia1b2',
    ],
  ])('uses board and board job id: %j', (listing, id) => {
    expect(applicationId(listing)).toBe(id);
  });

  it('hashes the canonical URL when there is no board id, ignoring tracking', () => {
    const a = applicationId({
      board: 'other',
      url: 'https://jobs.example.com/p/42?utm_source=li&ref=abc#apply',
    });
    const b = applicationId({ board: 'other', url: 'https://jobs.example.com/p/42' });
    const c = applicationId({ board: 'other', url: 'https://jobs.example.com/p/43' });
    expect(a).toMatch(/^url-[0-9a-f]{16}$/);
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });
});
