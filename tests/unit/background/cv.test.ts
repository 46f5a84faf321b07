import { describe, expect, it } from 'vitest';
import { unpackSummary } from '../../../extension/store/packed-summary';
import { readCvItems } from '../../../extension/store/records';
import { MemoryArea } from '../../support/memory-area';
import { OWN_ID, testRouter } from '../../support/test-router';

const ui = { id: OWN_ID, url: `chrome-extension://${OWN_ID}/tracker.html` };
const content = { id: OWN_ID, url: 'https://www.linkedin.com/jobs/view/1/', tab: { id: 3 } };

function setup() {
  const area = new MemoryArea();
  let clock = Date.parse('2026-11-02T09:00:00Z');
  const route = testRouter(area, {
    now: () => {
      clock += 1000;
      return new Date(clock);
    },
  });
  const cvs = () =>
    Object.entries(area.snapshot())
      .filter(([key]) => key.startsWith('cv:'))
      .map(([, value]) => value as { id: string; isDefault: boolean; text: string; fileName: string });
  const defaults = () =>
    cvs()
      .filter((cv) => cv.isDefault)
      .map((cv) => cv.id);
  return { area, route, cvs, defaults };
}

const add = (fileName: string, text = 'Python developer', extra: Record<string, unknown> = {}) => ({
  type: 'cv-add',
  fileName,
  text,
  ...extra,
});

describe('CV versions', () => {
  it('stores only text, file name and date; the first CV becomes the default', async () => {
    const { route, cvs } = setup();
    const result = await route(add('cv.pdf'), ui);
    expect(result).toEqual({ ok: true, value: { id: 'id-1', isDefault: true } });
    expect(cvs()).toEqual([
      {
        id: 'id-1',
        fileName: 'cv.pdf',
        addedAt: '2026-11-02T09:00:01.000Z',
        text: 'Python developer',
        isDefault: true,
      },
    ]);
  });

  it('keeps several versions with exactly one default', async () => {
    const { route, defaults } = setup();
    await route(add('a.pdf'), ui);
    await route(add('b.pdf'), ui);
    expect(defaults()).toEqual(['id-1']);
    await route(add('c.docx', 'Nurse', { makeDefault: true }), ui);
    expect(defaults()).toEqual(['id-3']);
    await route({ type: 'cv-set-default', id: 'id-2' }, ui);
    expect(defaults()).toEqual(['id-2']);
  });

  it('saves the user’s correction of the text', async () => {
    const { route, cvs } = setup();
    await route(add('a.pdf', 'Pyhton developer'), ui);
    expect(await route({ type: 'cv-update-text', id: 'id-1', text: 'Python developer' }, ui)).toMatchObject({
      ok: true,
    });
    expect(cvs()[0]?.text).toBe('Python developer');
  });

  it('deleting the default makes the newest remaining version the default', async () => {
    const { route, cvs, defaults } = setup();
    await route(add('a.pdf'), ui);
    await route(add('b.pdf'), ui);
    await route(add('c.pdf'), ui);
    expect(await route({ type: 'cv-delete', id: 'id-1' }, ui)).toEqual({
      ok: true,
      value: { id: 'id-1', defaultId: 'id-3' },
    });
    expect(cvs().map((cv) => cv.id)).toEqual(['id-2', 'id-3']);
    expect(defaults()).toEqual(['id-3']);
    await route({ type: 'cv-delete', id: 'id-2' }, ui);
    await route({ type: 'cv-delete', id: 'id-3' }, ui);
    expect(cvs()).toEqual([]);
  });

  it.each([
    ['empty text', add('a.pdf', '   ')],
    ['text over the limit', add('a.pdf', 'x'.repeat(100_001))],
    ['no file name', add('', 'text')],
    ['an unknown field', add('a.pdf', 'text', { file: 'base64…' })],
    ['a bad id', { type: 'cv-delete', id: '' }],
  ])('refuses %s and changes nothing', async (_name, message) => {
    const { area, route } = setup();
    expect(await route(message, ui)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(area.writes).toBe(0);
  });

  it('answers cv-missing for a version that is gone', async () => {
    const { route } = setup();
    expect(await route({ type: 'cv-set-default', id: 'nope' }, ui)).toEqual({
      ok: false,
      error: { code: 'cv-missing' },
    });
  });

  it('refuses CV messages from a content script', async () => {
    const { area, route } = setup();
    expect(await route(add('a.pdf'), content)).toMatchObject({
      ok: false,
      error: { code: 'invalid-message' },
    });
    expect(area.writes).toBe(0);
  });

  it('records the default CV on applications captured while it is the default', async () => {
    const { area, route } = setup();
    const capture = (id: number) => ({
      type: 'capture',
      trigger: 'apply',
      draft: {
        board: 'linkedin',
        boardJobId: String(id),
        url: `https://www.linkedin.com/jobs/view/${id}/`,
        title: 'Engineer',
        source: 'board',
      },
    });
    const idOf = (result: unknown) => (result as { value: { id: string } }).value.id;
    await route(capture(1), content);
    const first = idOf(await route(add('a.pdf'), ui));
    await route(capture(2), content);
    const second = idOf(await route(add('b.pdf', 'x', { makeDefault: true }), ui));
    await route(capture(3), content);
    const app = (id: number) => unpackSummary(area.snapshot()[`app:linkedin-${id}`]) as { cvId?: string };
    expect(app(1).cvId).toBeUndefined();
    expect(app(2).cvId).toBe(first);
    expect(app(3).cvId).toBe(second);
    expect(first).not.toBe(second);
  });
});

describe('readCvItems', () => {
  it('reads only the cv: keys when the area can list keys (Chrome 130+), everything otherwise', async () => {
    const area = new MemoryArea({ 'app:a': { big: 'x'.repeat(1000) }, 'cv:1': { id: '1' }, settings: {} });
    const asked: unknown[] = [];
    const listing = {
      getKeys: async () => [...area.data.keys()],
      get: (keys?: string | string[] | null) => {
        asked.push(keys);
        return area.get(keys);
      },
      set: area.set.bind(area),
      remove: area.remove.bind(area),
    };
    expect(await readCvItems(listing)).toEqual({ 'cv:1': { id: '1' } });
    expect(asked).toEqual([['cv:1']]);
    expect(Object.keys(await readCvItems(area)).sort()).toEqual(['app:a', 'cv:1', 'settings']);
  });
});
