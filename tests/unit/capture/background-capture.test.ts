import { describe, expect, it } from 'vitest';
import { badgeFromTabUrl, type CaptureEffects } from '../../../extension/background/capture';
import { type BackgroundContext, createRouter } from '../../../extension/background/router';
import type { ListingDraft } from '../../../extension/model/application';
import { unpackSummary } from '../../../extension/store/packed-summary';
import { createWriteQueue } from '../../../extension/store/write-queue';
import { KeyListingArea, MemoryArea } from '../../support/memory-area';
import { OWN_ID, OWN_ORIGIN, testRouter } from '../../support/test-router';

const tab = (id: number) => ({
  id: OWN_ID,
  url: 'https://www.indeed.com/viewjob?jk=5f3a2b1c9d8e7f60',
  tab: { id },
});
const ui = { id: OWN_ID, url: `${OWN_ORIGIN}/popup.html` };

const draft: ListingDraft = {
  board: 'indeed',
  boardJobId: '5f3a2b1c9d8e7f60',
  url: 'https://www.indeed.com/viewjob?jk=5f3a2b1c9d8e7f60',
  title: 'Pharmacy Technician',
  company: 'Cedar Valley Health',
  source: 'board',
};

function setup(manualResult: unknown = undefined) {
  const area = new MemoryArea();
  const session = new MemoryArea();
  const badges = new Map<number, boolean>();
  const opened: string[] = [];
  let clock = Date.parse('2026-11-02T09:00:00Z');
  const transient: number[] = [];
  const effects: CaptureEffects = {
    clearBadgeOnNavigation: (tabId) => {
      transient.push(tabId);
    },
    setBadge: async (tabId, tracked) => {
      badges.set(tabId, tracked);
    },
    openTab: async (url) => {
      opened.push(url);
    },
    trackerUrl: (id) => `${OWN_ORIGIN}/tracker.html?id=${encodeURIComponent(id)}`,
    session,
    activeTabId: async () => 7,
    runManualCapture: async () => {
      if (manualResult instanceof Error) throw manualResult;
      return manualResult;
    },
    readPane: async () => undefined,
  };
  const route = testRouter(area, { now: () => new Date(clock), capture: effects });
  return { area, session, badges, opened, transient, route, advance: (ms: number) => (clock += ms) };
}

type Reply =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; error: { code: string; message: string } };

describe('capture in the background', () => {
  it('stores an Apply as applied, marks the tab, and Undo removes it', async () => {
    const { area, badges, route } = setup();
    const reply = (await route({ type: 'capture', trigger: 'apply', draft }, tab(3))) as Reply;
    expect(reply).toMatchObject({
      ok: true,
      value: { id: 'indeed-5f3a2b1c9d8e7f60', created: true, status: 'applied' },
    });
    expect(badges.get(3)).toBe(true);
    const token = reply.ok ? (reply.value.undoToken as string) : '';
    expect(token).toBeTruthy();

    const undo = (await route({ type: 'undo-capture', token }, tab(3))) as Reply;
    expect(undo).toEqual({ ok: true, value: { removed: true } });
    expect(area.snapshot()['app:indeed-5f3a2b1c9d8e7f60']).toBeUndefined();
    expect(badges.get(3)).toBe(false);
    // A token works once.
    expect(await route({ type: 'undo-capture', token }, tab(3))).toMatchObject({ ok: false });
  });

  it('moves a saved job to applied, and Undo puts status and events back', async () => {
    const { area, route } = setup();
    await route({ type: 'capture', trigger: 'manual', draft }, tab(3));
    const saved = unpackSummary(area.snapshot()['app:indeed-5f3a2b1c9d8e7f60']) as {
      status: string;
      events: unknown[];
    };
    expect(saved.status).toBe('saved');

    const reply = (await route({ type: 'capture', trigger: 'apply', draft }, tab(3))) as Reply;
    expect(reply).toMatchObject({
      ok: true,
      value: { created: false, status: 'applied', previousStatus: 'saved' },
    });
    const applied = unpackSummary(area.snapshot()['app:indeed-5f3a2b1c9d8e7f60']) as {
      status: string;
      events: { type: string }[];
    };
    expect(applied.events.map((e) => e.type)).toEqual(['saved', 'applied']);

    const token = reply.ok ? (reply.value.undoToken as string) : '';
    expect(await route({ type: 'undo-capture', token }, tab(3))).toEqual({
      ok: true,
      value: { removed: false, status: 'saved' },
    });
    const restored = unpackSummary(area.snapshot()['app:indeed-5f3a2b1c9d8e7f60']) as {
      status: string;
      events: unknown[];
    };
    expect(restored.status).toBe('saved');
    expect(restored.events).toEqual(saved.events);
  });

  it('offers no Undo when a repeat Apply changed nothing, and keeps one record', async () => {
    const { area, route } = setup();
    await route({ type: 'capture', trigger: 'apply', draft }, tab(3));
    const again = (await route(
      { type: 'capture', trigger: 'apply', draft: { ...draft, url: `${draft.url}&from=serp` } },
      tab(3),
    )) as Reply;
    expect(again).toMatchObject({ ok: true, value: { created: false, status: 'applied' } });
    expect(again.ok && again.value.undoToken).toBeFalsy();
    expect(Object.keys(area.snapshot()).filter((k) => k.startsWith('app:'))).toHaveLength(1);
  });

  it('refuses an Undo from another tab or after it expired', async () => {
    const { route, advance } = setup();
    const first = (await route({ type: 'capture', trigger: 'apply', draft }, tab(3))) as Reply;
    const token = first.ok ? (first.value.undoToken as string) : '';
    expect(await route({ type: 'undo-capture', token }, tab(4))).toEqual({
      ok: false,
      error: { code: 'undo-elsewhere' },
    });
    advance(11 * 60_000);
    expect(await route({ type: 'undo-capture', token }, tab(3))).toEqual({
      ok: false,
      error: { code: 'undo-expired' },
    });
  });

  it('drops undo records once they expired', async () => {
    const { session, route, advance } = setup();
    await route({ type: 'capture', trigger: 'apply', draft }, tab(3));
    expect(Object.keys(session.snapshot())).toHaveLength(1);
    advance(11 * 60_000);
    await route(
      { type: 'capture', trigger: 'apply', draft: { ...draft, boardJobId: '0a1b2c3d4e5f6789' } },
      tab(3),
    );
    expect(Object.keys(session.snapshot())).toHaveLength(1);
  });

  it('marks a badge set off the boards to be cleared when that tab navigates', async () => {
    const { transient, route } = setup();
    await route({ type: 'capture', trigger: 'apply', draft }, tab(3)); // a board page
    const other = { id: OWN_ID, url: 'https://ryecrumb.example/jobs/head-baker', tab: { id: 9 } };
    await route(
      {
        type: 'capture',
        trigger: 'manual',
        draft: { ...draft, board: 'other', boardJobId: undefined, url: other.url },
      },
      other,
    );
    expect(transient).toEqual([9]);
  });

  it('opens the tracker page on an application', async () => {
    const { opened, route } = setup();
    expect(await route({ type: 'open-application', id: 'indeed-5f3a2b1c9d8e7f60' }, tab(3))).toEqual({
      ok: true,
      value: null,
    });
    expect(opened).toEqual([`${OWN_ORIGIN}/tracker.html?id=indeed-5f3a2b1c9d8e7f60`]);
  });
});

describe('save-active-tab (popup button)', () => {
  it('reports what the injected script saved', async () => {
    const { route } = setup({
      kind: 'saved',
      id: 'url-1',
      title: 'Head Baker',
      created: true,
      status: 'saved',
    });
    expect(await route({ type: 'save-active-tab' }, ui)).toEqual({
      ok: true,
      value: { kind: 'saved', id: 'url-1', title: 'Head Baker', created: true, status: 'saved' },
    });
  });

  it('says when there is nothing to capture or no access', async () => {
    expect(
      await setup({ kind: 'nothing', reason: 'bot-check' }).route({ type: 'save-active-tab' }, ui),
    ).toEqual({
      ok: true,
      value: { kind: 'nothing', reason: 'bot-check' },
    });
    expect(
      await setup(new Error('Cannot access a chrome:// URL')).route({ type: 'save-active-tab' }, ui),
    ).toEqual({
      ok: true,
      value: { kind: 'nothing', reason: 'no-access' },
    });
  });

  it('does not trust what the page script hands back', async () => {
    const result = (await setup({ kind: 'saved', id: 42 }).route({ type: 'save-active-tab' }, ui)) as Reply;
    expect(result).toMatchObject({ ok: true, value: { kind: 'error' } });
  });

  it('is refused from a content script', async () => {
    expect(await setup().route({ type: 'save-active-tab' }, tab(3))).toMatchObject({
      ok: false,
      error: { code: 'invalid-message' },
    });
  });
});

describe('a hostile page cannot drive captures', () => {
  const linkedinDraft: ListingDraft = {
    board: 'linkedin',
    boardJobId: '4034567890',
    url: 'https://www.linkedin.com/jobs/view/4034567890/',
    title: 'Machine Learning Engineer',
    source: 'board',
  };
  const from = (url: string, id = 3) => ({ id: OWN_ID, url, tab: { id } });

  it.each([
    ['another board than the page', draft, 'https://www.linkedin.com/jobs/view/4034567890/'],
    ['another job than the page names', draft, 'https://www.indeed.com/viewjob?jk=0000aaaa1111bbbb'],
    [
      'a URL on another site',
      { ...draft, url: 'https://evil.example/viewjob?jk=5f3a2b1c9d8e7f60' },
      tab(3).url,
    ],
    [
      'an Apply from a page that is not a board',
      { ...draft, board: 'other' as const },
      'https://evil.example/jobs/1',
    ],
    ['a board look-alike host', draft, 'https://indeed.attacker.example/viewjob?jk=5f3a2b1c9d8e7f60'],
    [
      'an InfoJobs offer from the page of another',
      {
        ...draft,
        board: 'infojobs' as const,
        boardJobId: '3f2a1b0c9d8e47f6a5b4c3d2e1f0a9b8',
        url: 'https://www.infojobs.net/madrid/x/of-i3f2a1b0c9d8e47f6a5b4c3d2e1f0a9b8',
      },
      'https://www.infojobs.net/madrid/y/of-i0000000000aaaaaaaaaabbbbbbbbbb',
    ],
  ])('refuses %s, storing nothing', async (_case, candidate, senderUrl) => {
    const { area, route } = setup();
    const reply = (await route(
      { type: 'capture', trigger: 'apply', draft: candidate },
      from(senderUrl),
    )) as Reply;
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(Object.keys(area.snapshot()).filter((key) => key.startsWith('app:'))).toEqual([]);
  });

  it('accepts the job the page shows, also from a country host and a pane URL', async () => {
    const { route } = setup();
    const es = await route(
      { type: 'capture', trigger: 'apply', draft: linkedinDraft },
      from('https://es.linkedin.com/jobs/collections/recommended/?currentJobId=4034567890'),
    );
    expect(es).toMatchObject({ ok: true });
  });

  it('limits captures per tab: the eleventh in a minute is refused, other tabs and later minutes are not', async () => {
    const { route, advance } = setup();
    const capture = (n: number, tabId: number) =>
      route(
        {
          type: 'capture',
          trigger: 'manual',
          draft: {
            ...draft,
            boardJobId: `5f3a2b1c9d8e7f${String(n).padStart(2, '0')}`,
            url: `https://www.indeed.com/viewjob?jk=5f3a2b1c9d8e7f${String(n).padStart(2, '0')}`,
          },
        },
        from('https://www.indeed.com/jobs?q=nurse', tabId),
      ) as Promise<Reply>;
    for (let n = 0; n < 10; n++) expect(await capture(n, 3)).toMatchObject({ ok: true });
    expect(await capture(10, 3)).toMatchObject({ ok: false, error: { code: 'capture-rate-limited' } });
    expect(await capture(11, 4)).toMatchObject({ ok: true });
    advance(61_000);
    expect(await capture(12, 3)).toMatchObject({ ok: true });
  });
});

describe('the badge from the tab URL (tabs.onUpdated, nothing sent by the page)', () => {
  function world({ listsKeys = true } = {}) {
    const area = listsKeys ? new KeyListingArea() : new MemoryArea();
    const badges = new Map<number, boolean>();
    /**
     * What capture-pane.js (the full pane read) and capture-pane-key.js (the quick key read)
     * answer in each tab, and the tabs each ran in.
     */
    const panes = new Map<number, () => Promise<unknown>>();
    const keys = new Map<number, () => Promise<unknown>>();
    const paneReads: number[] = [];
    const keyReads: number[] = [];
    const capture: CaptureEffects = {
      readPane: async (tabId, read) => {
        (read === 'key' ? keyReads : paneReads).push(tabId);
        return (read === 'key' ? keys : panes).get(tabId)?.();
      },
      setBadge: async (tabId, tracked) => {
        badges.set(tabId, tracked);
      },
      openTab: async () => undefined,
      trackerUrl: (id) => id,
      session: new MemoryArea(),
      activeTabId: async () => undefined,
      runManualCapture: async () => undefined,
    };
    let n = 0;
    const ctx: BackgroundContext = {
      area,
      queue: createWriteQueue(),
      ready: Promise.resolve(),
      ownId: OWN_ID,
      ownOrigin: OWN_ORIGIN,
      now: () => new Date('2026-11-20T09:00:00Z'),
      newId: () => `id-${++n}`,
      capture,
    };
    return { ctx, badges, panes, keys, paneReads, keyReads, route: createRouter(ctx) };
  }

  it('marks a tab whose URL names a tracked job, and follows a single-page move to another job', async () => {
    const { ctx, badges, route } = world();
    await route({ type: 'capture', trigger: 'apply', draft }, tab(3));
    expect(
      await badgeFromTabUrl(4, 'https://www.indeed.com/viewjob?jk=5F3A2B1C9D8E7F60&from=serp', ctx),
    ).toBe(true);
    expect(badges.get(4)).toBe(true);
    // Indeed's search pane changes vjk with pushState: the new URL arrives as changeInfo.url.
    expect(await badgeFromTabUrl(4, 'https://www.indeed.com/jobs?q=pharmacy&vjk=0a1b2c3d4e5f6789', ctx)).toBe(
      true,
    );
    expect(badges.get(4)).toBe(false);
    expect(await badgeFromTabUrl(4, 'https://www.indeed.com/jobs?q=pharmacy&vjk=5f3a2b1c9d8e7f60', ctx)).toBe(
      true,
    );
    expect(badges.get(4)).toBe(true);
  });

  const noVjk = 'https://www.indeed.com/jobs?q=warehouse';
  const linkedinJobUrl = 'https://www.linkedin.com/jobs/view/4056789012/';
  const linkedinDraft = {
    ...draft,
    board: 'linkedin' as const,
    boardJobId: '4056789012',
    url: linkedinJobUrl,
  };
  const linkedinTab = { id: OWN_ID, url: linkedinJobUrl, tab: { id: 5 } };
  const indeedJob = { board: 'indeed', boardJobId: '5f3a2b1c9d8e7f60', url: draft.url };

  it('clears the badge when a board tab leaves the job pages (LinkedIn feed)', async () => {
    const { ctx, badges, route } = world();
    await route({ type: 'capture', trigger: 'apply', draft: linkedinDraft }, linkedinTab);
    expect(await badgeFromTabUrl(5, 'https://www.linkedin.com/jobs/view/4056789012/', ctx)).toBe(true);
    expect(badges.get(5)).toBe(true);
    expect(await badgeFromTabUrl(5, 'https://www.linkedin.com/feed/', ctx)).toBe(true);
    expect(badges.get(5)).toBe(false);
  });

  it('reads the pane of a loaded job page whose URL names no job, and marks the job it finds', async () => {
    const { ctx, badges, panes, paneReads, route } = world();
    await route({ type: 'capture', trigger: 'apply', draft }, tab(3));
    panes.set(6, async () => ({ href: noVjk, job: indeedJob }));
    // While the page loads: nothing read yet (the 'complete' update comes next).
    expect(await badgeFromTabUrl(6, noVjk, ctx, false)).toBe(false);
    expect(paneReads).toEqual([]);
    expect(await badgeFromTabUrl(6, noVjk, ctx)).toBe(true);
    expect(paneReads).toEqual([6]);
    expect(badges.get(6)).toBe(true);
    // Another job in the pane (an in-app move to a URL that still names none), then none.
    panes.set(6, async () => ({ href: noVjk, job: { ...indeedJob, boardJobId: '0a1b2c3d4e5f6789' } }));
    expect(await badgeFromTabUrl(6, noVjk, ctx)).toBe(true);
    expect(badges.get(6)).toBe(false);
    badges.set(6, true);
    panes.set(6, async () => ({ href: noVjk, job: null }));
    expect(await badgeFromTabUrl(6, noVjk, ctx)).toBe(true);
    expect(badges.get(6)).toBe(false);
  });

  it('drops a pane read from a URL the tab left or one a newer update overtook; a failed read names no job', async () => {
    const { ctx, badges, panes, route } = world();
    await route({ type: 'capture', trigger: 'apply', draft }, tab(3));
    badges.set(6, false);
    panes.set(6, async () => ({ href: `${noVjk}&vjk=5f3a2b1c9d8e7f60`, job: indeedJob }));
    expect(await badgeFromTabUrl(6, noVjk, ctx)).toBe(false);
    expect(badges.get(6)).toBe(false);
    const failures: (() => Promise<unknown>)[] = [
      async () => undefined,
      async () => ({ href: noVjk, job: { board: 'evil', url: 'x' } }),
      async () => 'job',
      () => Promise.reject(new Error('Cannot access contents of the page')),
    ];
    for (const failure of failures) {
      badges.set(6, true);
      panes.set(6, failure);
      expect(await badgeFromTabUrl(6, noVjk, ctx)).toBe(true);
      expect(badges.get(6)).toBe(false);
    }
    // A slow read of a tracked pane, overtaken by a pushState to a URL naming an untracked job.
    let answer: (value: unknown) => void = () => undefined;
    panes.set(6, () => new Promise((resolve) => (answer = resolve)));
    const slow = badgeFromTabUrl(6, noVjk, ctx);
    expect(await badgeFromTabUrl(6, 'https://www.indeed.com/jobs?q=x&vjk=0a1b2c3d4e5f6789', ctx)).toBe(true);
    answer({ href: noVjk, job: indeedJob });
    expect(await slow).toBe(false);
    expect(badges.get(6)).toBe(false);
  });

  it("on Indeed, takes the quick read's key, and asks the full read only when it has none", async () => {
    const { ctx, badges, panes, keys, paneReads, keyReads, route } = world();
    await route({ type: 'capture', trigger: 'apply', draft }, tab(3));
    panes.set(6, async () => ({ href: noVjk, job: null }));
    keys.set(6, async () => ({ href: noVjk, key: indeedJob.boardJobId }));
    expect(await badgeFromTabUrl(6, noVjk, ctx)).toBe(true);
    expect(badges.get(6)).toBe(true);
    expect({ keyReads, paneReads }).toEqual({ keyReads: [6], paneReads: [] });
    // The quick read cannot tell (or fails, or answers nonsense): the full read decides.
    const unsure: (() => Promise<unknown>)[] = [
      async () => ({ href: noVjk, key: null }),
      () => Promise.reject(new Error('Cannot access contents of the page')),
      async () => ({ href: noVjk, key: 'not a key' }),
    ];
    for (const answer of unsure) {
      keys.set(6, answer);
      panes.set(6, async () => ({ href: noVjk, job: indeedJob }));
      badges.set(6, false);
      expect(await badgeFromTabUrl(6, noVjk, ctx)).toBe(true);
      expect(badges.get(6)).toBe(true);
      panes.set(6, async () => ({ href: noVjk, job: null }));
      expect(await badgeFromTabUrl(6, noVjk, ctx)).toBe(true);
      expect(badges.get(6)).toBe(false);
    }
    expect(paneReads).toHaveLength(6);
    // A quick read from a URL the tab has left decides nothing, and asks nothing more.
    keys.set(6, async () => ({ href: `${noVjk}&vjk=${indeedJob.boardJobId}`, key: indeedJob.boardJobId }));
    expect(await badgeFromTabUrl(6, noVjk, ctx)).toBe(false);
    expect(badges.get(6)).toBe(false);
    expect(paneReads).toHaveLength(6);
    // Off Indeed (a LinkedIn search pane without an id) only the full read runs.
    await route({ type: 'capture', trigger: 'apply', draft: linkedinDraft }, linkedinTab);
    const before = keyReads.length;
    panes.set(7, async () => ({ href: 'https://www.linkedin.com/jobs/search/?keywords=go', job: null }));
    expect(await badgeFromTabUrl(7, 'https://www.linkedin.com/jobs/search/?keywords=go', ctx)).toBe(true);
    expect(keyReads).toHaveLength(before);
    expect(paneReads.at(-1)).toBe(7);
  });

  it("reads no page while no job of the page's board is tracked, and reads once one is", async () => {
    const { ctx, badges, panes, keys, paneReads, keyReads, route } = world();
    const linkedinPage = 'https://www.linkedin.com/jobs/search/?keywords=go';
    panes.set(6, async () => ({ href: noVjk, job: indeedJob }));
    keys.set(6, async () => ({ href: noVjk, key: indeedJob.boardJobId }));
    panes.set(7, async () => ({ href: linkedinPage, job: null }));
    badges.set(6, true);
    expect(await badgeFromTabUrl(6, noVjk, ctx)).toBe(true);
    expect(badges.get(6)).toBe(false);
    // Another board's application does not make an Indeed job tracked, nor the reverse.
    await route({ type: 'capture', trigger: 'apply', draft: linkedinDraft }, linkedinTab);
    expect(await badgeFromTabUrl(6, noVjk, ctx)).toBe(true);
    expect({ keyReads, paneReads }).toEqual({ keyReads: [], paneReads: [] });
    expect(await badgeFromTabUrl(7, linkedinPage, ctx)).toBe(true);
    expect(paneReads).toEqual([7]);
    // Once an Indeed job is tracked, the page is read and the badge follows it.
    await route({ type: 'capture', trigger: 'apply', draft }, tab(3));
    expect(await badgeFromTabUrl(6, noVjk, ctx)).toBe(true);
    expect(keyReads).toEqual([6]);
    expect(badges.get(6)).toBe(true);
  });

  it('reads the page as before where storage cannot list its keys (Chrome before 130, Firefox before 143)', async () => {
    const { ctx, badges, keys, keyReads } = world({ listsKeys: false });
    keys.set(6, async () => ({ href: noVjk, key: '0a1b2c3d4e5f6789' }));
    badges.set(6, true);
    expect(await badgeFromTabUrl(6, noVjk, ctx)).toBe(true);
    expect(keyReads).toEqual([6]);
    expect(badges.get(6)).toBe(false);
  });

  it('ignores unseen tabs and tabs off the boards', async () => {
    const { ctx, badges, paneReads } = world();
    badges.set(6, true);
    expect(await badgeFromTabUrl(6, undefined, ctx)).toBe(false);
    expect(await badgeFromTabUrl(6, 'https://ryecrumb.example/jobs/head-baker', ctx)).toBe(false);
    expect(
      await badgeFromTabUrl(6, 'https://www.indeed.com.evil.example/viewjob?jk=5f3a2b1c9d8e7f60', ctx),
    ).toBe(false);
    expect(badges.get(6)).toBe(true);
    expect(paneReads).toEqual([]);
  });
});
