import { describe, expect, it } from 'vitest';
import { classifySender } from '../../../extension/background/sender';
import { errorText } from '../../../extension/i18n/errors';
import { MemoryArea } from '../../support/memory-area';
import { OWN_ID, OWN_ORIGIN, testRouter } from '../../support/test-router';

const contentSender = { id: OWN_ID, url: 'https://www.linkedin.com/jobs/view/1/', tab: { id: 3 } };
const uiSender = { id: OWN_ID, url: `${OWN_ORIGIN}/popup.html` };

const capture = {
  type: 'capture',
  trigger: 'apply',
  draft: {
    board: 'linkedin',
    boardJobId: '4099887766',
    url: 'https://www.linkedin.com/jobs/view/4099887766/?trk=public_jobs',
    title: 'Data Analyst',
    company: 'Orbital Foods',
    source: 'board',
  },
};

function setup(initial: Record<string, unknown> = {}) {
  const area = new MemoryArea(initial);
  const route = testRouter(area, { now: () => new Date('2026-11-02T09:00:00Z') });
  return { area, route };
}

describe('classifySender', () => {
  it.each([
    [contentSender, 'content'],
    [uiSender, 'ui'],
    [{ ...uiSender, tab: { id: 9 } }, 'ui'], // the tracker page open in a tab
    [{ ...contentSender, id: 'another-extension' }, undefined],
    [{ id: OWN_ID, url: 'http://www.linkedin.com/jobs/view/1/', tab: { id: 1 } }, undefined],
    [{ id: OWN_ID, url: 'https://www.linkedin.com/jobs/view/1/' }, undefined], // no tab
    [{ id: OWN_ID }, undefined],
    [{ id: OWN_ID, url: 'not a url', tab: {} }, undefined],
  ])('%j → %s', (sender, kind) => {
    expect(classifySender(sender, OWN_ID, OWN_ORIGIN)).toBe(kind);
  });
});

describe('router', () => {
  it('stores a valid capture from a content script', async () => {
    const { area, route } = setup();
    const result = await route(capture, contentSender);
    expect(result).toEqual({
      ok: true,
      value: { id: 'linkedin-4099887766', created: true, status: 'applied' },
    });
    expect(Object.keys(area.snapshot())).toEqual([
      'app:linkedin-4099887766',
      'detail:linkedin-4099887766',
      'feat:linkedin-4099887766',
    ]);
  });

  it.each([
    ['a wrong type', { ...capture, type: 'delete-everything' }],
    ['a missing title', { ...capture, draft: { ...capture.draft, title: '' } }],
    ['a javascript: URL', { ...capture, draft: { ...capture.draft, url: 'javascript:alert(1)' } }],
    ['an unknown field', { ...capture, draft: { ...capture.draft, installationId: 'x' } }],
    ['a huge title', { ...capture, draft: { ...capture.draft, title: 'x'.repeat(10_000) } }],
    ['not an object', 'capture'],
    ['null', null],
  ])('refuses %s and changes nothing', async (_name, message) => {
    const { area, route } = setup({ 'app:keep': { kept: true } });
    const before = area.snapshot();
    const result = await route(message, contentSender);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(area.snapshot()).toEqual(before);
    expect(area.writes).toBe(0);
  });

  it('refuses UI-only requests from a content script, and captures from a foreign sender', async () => {
    const { area, route } = setup();
    expect(await route({ type: 'ping' }, contentSender)).toMatchObject({
      error: { code: 'invalid-message' },
    });
    expect(await route(capture, { ...contentSender, id: 'evil' })).toMatchObject({
      error: { code: 'forbidden-sender' },
    });
    expect(area.writes).toBe(0);
  });

  it('answers UI requests from extension pages', async () => {
    const { route } = setup();
    expect(await route({ type: 'ping' }, uiSender)).toEqual({ ok: true, value: 'pong' });
  });

  it('turns a full storage quota into a message the user can act on', async () => {
    const { area, route } = setup();
    area.set = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    const result = await route(capture, contentSender);
    expect(result).toMatchObject({ ok: false, error: { code: 'quota-exceeded' } });
    if (!result.ok) expect(errorText('en', result.error)).toMatch(/full/);
  });
});
