import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinSnapshot } from '../../extension/store/records';
import { type LoadedExtension, launchExtension } from '../support/extension';
import { appKeys, badgeFor, fixture, openJobPage, toastText } from './capture-support';

/**
 * Manual capture through the popup's "Save this job" button, with the permission the real
 * click grants: the test presses the toolbar action on the job tab (DevTools protocol
 * Extensions.triggerAction), which grants activeTab to that tab, exactly as a user's click
 * does. Nothing else gives the extension access to these pages.
 */
let ext: LoadedExtension;
let context: BrowserContext;
let worker: Worker;
let extensionId: string;

beforeAll(async () => {
  // Under the network watcher every e2e file shares; the switch allows Extensions.triggerAction.
  ext = await launchExtension({ args: ['--enable-unsafe-extension-debugging'] });
  ({ context, worker, extensionId } = ext);
});
afterAll(async () => {
  await ext?.close();
});

/** Everything stored, each application whole under its app: key (summary and detail joined). */
const storage = async () =>
  (await joinSnapshot(
    await (context.serviceWorkers().at(-1) ?? worker).evaluate(() => chrome.storage.local.get(null)),
  )) as Record<string, Record<string, unknown>>;

/** The user clicks the toolbar button on `page`'s tab: activeTab is granted there. */
async function clickToolbarButton(page: Page): Promise<void> {
  const session = await context.browser()?.newBrowserCDPSession();
  if (!session) throw new Error('no browser session');
  const { targetInfos } = (await session.send('Target.getTargets', { filter: [{ type: 'tab' }] })) as {
    targetInfos: { targetId: string; url: string; type: string }[];
  };
  const tab = targetInfos.find((target) => target.type === 'tab' && target.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  await session.send(
    'Extensions.triggerAction' as never,
    { id: extensionId, targetId: tab.targetId } as never,
  );
  await session.detach();
}

/** Opens the popup page, puts the job tab back in front, and presses "Save this job". */
async function saveWithPopup(page: Page): Promise<Page> {
  await clickToolbarButton(page);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.bringToFront();
  await popup.getByRole('button', { name: 'Save this job' }).click();
  return popup;
}

async function openPlainPage(url: string, html: string): Promise<Page> {
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

describe('Save this job (popup button)', () => {
  it('saves any page with the readable-text fallback, status saved', async () => {
    const url = 'https://ryecrumb.example/jobs/head-baker';
    const page = await openPlainPage(url, fixture('other/plain-careers-page.html'));
    const popup = await saveWithPopup(page);
    await expect
      .poll(() => popup.getByRole('status').getByText('Saved to JobTrack').count(), { timeout: 10_000 })
      .toBe(1);
    const keys = appKeys(await storage());
    expect(keys).toHaveLength(1);
    const app = (await storage())[keys[0] as string];
    expect(app).toMatchObject({
      board: 'other',
      url,
      title: 'Head Baker',
      company: 'Rye & Crumb Bakery',
      status: 'saved',
      captureMethod: 'manual',
      captureSource: 'text',
    });
    // The page shows the toast too, and the toolbar badge marks the tab…
    await expect.poll(() => toastText(page)).toContain('Saved to JobTrack');
    await popup.close();
    await expect.poll(() => badgeFor(worker, page)).toBe('✓');
    // …until the tab goes to another page (no content script there to say otherwise).
    await context.route('https://ryecrumb.example/menu', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Menu</title><h1>Menu</h1>' }),
    );
    await page.goto('https://ryecrumb.example/menu');
    await expect.poll(() => badgeFor(worker, page)).toBe('');
    await page.close();
  });

  it('uses structured data where the page has it', async () => {
    const url = 'https://boards.greenhouse.io/kelpieenergy/jobs/4455667';
    const page = await openPlainPage(url, fixture('other/greenhouse-jsonld-graph.html'));
    const popup = await saveWithPopup(page);
    await expect
      .poll(() => popup.getByRole('status').getByText('Staff Data Engineer').count(), { timeout: 10_000 })
      .toBe(1);
    const app = Object.values(await storage()).find((value) => value?.title === 'Staff Data Engineer');
    expect(app).toMatchObject({
      company: 'Kelpie Energy',
      salary: { min: 85000, max: 105000, currency: 'GBP', period: 'year' },
      captureSource: 'structured',
      status: 'saved',
    });
    await popup.close();
    await page.close();
  });

  it('says there is nothing to capture on a bot check, and stores nothing', async () => {
    const page = await openPlainPage('https://jobs.example.com/42', fixture('other/cloudflare-check.html'));
    const before = appKeys(await storage());
    const popup = await saveWithPopup(page);
    await expect
      .poll(() => popup.getByRole('status').getByText('Nothing to capture on this page').count(), {
        timeout: 10_000,
      })
      .toBe(1);
    expect(appKeys(await storage())).toEqual(before);
    await popup.close();
    await page.close();
  });

  it('Save then Apply on a board gives one application, moved to applied', async () => {
    const url =
      'https://www.tecnoempleo.com/desarrollador-python-django/python-django/rf-a1b2c3d4e5f6a7b8c9d0';
    const key = 'app:tecnoempleo-a1b2c3d4e5f6a7b8c9d0';
    const page = await openJobPage(context, extensionId, url, fixture('tecnoempleo/offer-microdata.html'));
    const popup = await saveWithPopup(page);
    await expect.poll(async () => (await storage())[key]?.status, { timeout: 10_000 }).toBe('saved');
    await page.click('#btn-inscribirme span');
    await expect.poll(async () => (await storage())[key]?.status).toBe('applied');
    const app = (await storage())[key] as { events: { type: string }[] };
    expect(app.events.map((event) => event.type)).toEqual(['saved', 'applied']);
    expect(appKeys(await storage()).filter((k) => k.startsWith('app:tecnoempleo-'))).toEqual([key]);
    await expect.poll(() => toastText(page)).toContain('Moved to Applied in JobTrack');
    await popup.close();
    await page.close();
  });
});
