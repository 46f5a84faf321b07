import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeAnthropic } from '../fakes/anthropic';
import type { FakeStripe } from '../fakes/stripe';
import type { LoadedExtension } from '../support/extension';
import {
  ARTIFACTS,
  extensionCalls,
  type ProRig,
  SHOTS,
  setLanguage,
  shot,
  startProRig,
} from '../support/pro-e2e';
import { PERSONAL_DETAILS, PRO_CV_RECORD, PRO_JOB_DESCRIPTION } from '../support/pro-fixtures';
import { readKey, seedStorage } from '../support/tracker-e2e';

/**
 * Pro with the built extension against the local backend on the fakes. The extension is
 * built here with WXT_BACKEND_URL pointing at a port picked for this run (the backend URL
 * is fixed at build time), into its own output folder. Stripe Search lags a minute, as in
 * production at worst: Pro must show through the Checkout Session id.
 */

let ext: LoadedExtension;
let anthropic: FakeAnthropic;
let stripe: FakeStripe;
let rig: ProRig;
let backend: string;
/** The bodies the backend received on POST /v1/cover-letter, as the extension sent them. */
const letterBodies = () => rig.received.filter((r) => r.path === '/v1/cover-letter').map((r) => r.body);
const figures: Record<string, unknown> = {};

const APP = {
  id: 'a1',
  board: 'linkedin',
  url: 'https://www.linkedin.com/jobs/view/4100000001/',
  title: 'Platform Engineer',
  company: 'Globex',
  description: PRO_JOB_DESCRIPTION,
  status: 'applied',
  events: [{ id: 'ev-a1', type: 'applied', date: '2026-11-01T10:00:00.000Z' }],
  notes: '',
  captureMethod: 'apply',
  captureSource: 'board',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
};

async function openDetail(): Promise<Page> {
  const page = await ext.openPage('tracker.html?id=a1');
  await page.locator('.pro-letter').waitFor();
  return page;
}

async function prepareAndSend(page: Page) {
  await page.locator('.pro-letter .pro-options button').click();
  await page.locator('.pro-preview').waitFor();
  await page.locator('.pro-preview button.primary').click();
}

const coverLetters = async () =>
  ((await readKey<{ coverLetters?: { text: string }[] }>(ext, 'app:a1'))?.coverLetters ?? []).length;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  rig = await startProRig({ searchLagMs: 60_000 });
  ({ ext, anthropic, stripe, backend } = rig);
  await seedStorage(ext, {
    'cv:cv1': PRO_CV_RECORD,
    'app:a1': APP,
  });
}, 180_000);

afterAll(async () => {
  writeFileSync(`${ARTIFACTS}/pro-figures.json`, JSON.stringify(figures, null, 2));
  await rig?.close();
});

describe('Pro, end to end', () => {
  it('the manifest names only the build’s backend besides the boards', async () => {
    const manifest = await ext.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.host_permissions).toEqual([
      `${backend}/*`,
      ...(manifest.content_scripts?.[0]?.matches ?? ['no content script']),
    ]);
  });

  it('not Pro: sending says so, in a sentence with the way to upgrade', async () => {
    const page = await openDetail();
    await page.locator('.pro-upsell').waitFor();
    await shot(page, 'en-upgrade-detail');
    await prepareAndSend(page);
    await page.getByTestId('letter-error').waitFor();
    expect(await page.getByTestId('letter-error').textContent()).toBe(
      'Cover letters are part of JobTrack Pro. Go Pro to write one.',
    );
    await page.close();
  });

  it('Go Pro → the fake checkout completes → Pro shows without a reload', async () => {
    const page = await ext.openPage('tracker.html?view=pro');
    await page.getByText('You are on the free plan.').waitFor();
    await shot(page, 'en-upgrade');
    const checkoutTab = ext.context.waitForEvent('page');
    await page.getByRole('button', { name: 'Go Pro' }).click();
    const checkout = await checkoutTab;
    await checkout.waitForURL(/\/pay\/cs_test_/);
    await checkout.getByRole('button', { name: 'Pay (test)' }).waitFor();
    const paidAt = Date.now();
    await checkout.getByRole('button', { name: 'Pay (test)' }).click();
    await page.getByText('Pro is active.').waitFor({ timeout: 15_000 });
    figures.checkoutToProMs = Date.now() - paidAt;
    console.log(`checkout completion → Pro shown: ${figures.checkoutToProMs} ms`);
    // Same page, no reload: the plan changed in place; the success tab came back to the extension.
    expect(page.url()).toMatch(/tracker\.html\?view=pro$/);
    await expect.poll(() => checkout.url(), { timeout: 15_000 }).toMatch(/tracker\.html\?view=pro$/);
    await page.getByText(/Renews on/).waitFor();
    await shot(page, 'en-pro');
    const settings = await readKey<{ subscription?: { pro: boolean; checkedAt: string } }>(ext, 'settings');
    expect(settings?.subscription?.pro).toBe(true);
    await checkout.close();
    await page.close();
  });

  it('generate → the preview is the request → text streams in and is saved; the fake got no personal detail', async () => {
    anthropic.setScenario({ kind: 'letter', delayMs: 350 });
    const page = await openDetail();
    await page.locator('.pro-letter .pro-options button').click();
    await page.locator('.pro-preview').waitFor();
    await page
      .locator('.pro-preview details')
      .first()
      .evaluate((el) => el.setAttribute('open', ''));
    await shot(page, 'en-preview');
    const cvCount = await page.getByTestId('preview-cv-count').textContent();
    expect(cvCount).toMatch(/^[\d,]+ \/ 3,000 characters/);
    const before = letterBodies().length;
    await page.locator('.pro-preview button.primary').click();
    await page.getByTestId('letter-stream').waitFor();
    expect(await page.getByTestId('letter-stream').textContent()).toMatch(/^Dear Hiring Manager/);
    await shot(page, 'en-streaming');
    await expect
      .poll(() => page.getByTestId('saved-letter').inputValue(), { timeout: 20_000 })
      .toMatch(/Kind regards,\nLucía Fernández Ortega$/);
    await shot(page, 'en-saved');

    const body = JSON.parse(letterBodies()[before] ?? '{}') as { cvText: string; jobText: string };
    writeFileSync(`${ARTIFACTS}/pro-request-body.json`, JSON.stringify(body, null, 2));
    const sent = `${letterBodies()[before]}\n${JSON.stringify(anthropic.requests.at(-1)?.body)}`;
    for (const detail of PERSONAL_DETAILS) expect(sent).not.toContain(detail);
    expect(sent).not.toContain('talent@globex');
    expect(body.cvText.length).toBeLessThanOrEqual(3_000);
    expect(body.jobText.length).toBeLessThanOrEqual(1_500);
    expect(body.cvText).toContain('Built the Kubernetes platform');
    expect(await coverLetters()).toBe(1);
    await page.close();
  });

  it('closing the page mid-stream still yields the saved letter', async () => {
    anthropic.setScenario({ kind: 'letter', delayMs: 400 });
    const page = await openDetail();
    await prepareAndSend(page);
    await page.getByTestId('letter-stream').waitFor();
    await page.close();
    await expect.poll(coverLetters, { timeout: 20_000 }).toBe(2);
  });

  it('in Spanish: upgrade, preview, streaming and the saved letter', async () => {
    await setLanguage(ext, 'es');
    anthropic.setScenario({ kind: 'letter', delayMs: 350 });
    const pro = await ext.openPage('tracker.html?view=pro');
    await pro.getByText('Pro está activo.').waitFor();
    await shot(pro, 'es-pro');
    await pro.close();
    const page = await openDetail();
    await page.locator('.pro-letter .pro-options button').click();
    await page.locator('.pro-preview').waitFor();
    await page.getByText('Qué se enviará').waitFor();
    await shot(page, 'es-preview');
    await page.locator('.pro-preview button.primary').click();
    await page.getByTestId('letter-stream').waitFor();
    expect(await page.getByTestId('letter-stream').textContent()).toMatch(/^Estimado equipo/);
    await shot(page, 'es-streaming');
    await expect.poll(coverLetters, { timeout: 20_000 }).toBe(3);
    await page.getByTestId('saved-letter').waitFor();
    await expect
      .poll(() => page.getByTestId('saved-letter').inputValue(), { timeout: 15_000 })
      .toMatch(/Un cordial saludo,\nLucía Fernández Ortega$/);
    await shot(page, 'es-saved');
    await page.close();
    await setLanguage(ext, 'en');
  });

  it('a failing AI service: a sentence to retry later', async () => {
    anthropic.setScenario({ kind: 'status', status: 500 });
    const page = await openDetail();
    await prepareAndSend(page);
    await page.getByTestId('letter-error').waitFor();
    expect(await page.getByTestId('letter-error').textContent()).toBe(
      'The JobTrack service is not answering right now. Nothing was lost: try again in a few minutes.',
    );
    await page.close();
  });

  it('rate limited: says when to retry', async () => {
    anthropic.setScenario({ kind: 'letter' });
    const page = await openDetail();
    let sentence = '';
    for (let attempt = 0; attempt < 4 && !sentence.includes('Try again in'); attempt++) {
      const letters = await coverLetters();
      await prepareAndSend(page);
      const error = page.locator('[data-testid=letter-error]');
      await expect
        .poll(
          async () =>
            (await coverLetters()) > letters ||
            ((await error.count()) > 0 && /Try again in/.test((await error.textContent()) ?? '')),
          { timeout: 15_000 },
        )
        .toBe(true);
      sentence = (await error.count()) > 0 ? ((await error.textContent()) ?? '') : '';
    }
    expect(sentence).toMatch(/^That is a lot of letters in a short time\. Try again in \d+ minutes?\.$/);
    await page.close();
  });

  it('restore with the recovery key on a fresh install', async () => {
    const page = await ext.openPage('tracker.html?view=pro');
    await page.getByRole('button', { name: 'Show recovery key' }).click();
    const key = (await page.getByTestId('recovery-key').textContent()) ?? '';
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    await page.close();

    const fresh = await rig.launch();
    try {
      const other = await fresh.openPage('tracker.html?view=pro');
      await other.getByText('You are on the free plan.').waitFor();
      await other.locator('#restore-key').fill(key);
      await other.getByRole('button', { name: 'Restore Pro' }).click();
      await other.getByText('Pro is active.').waitFor();
      await other.getByText('Pro restored on this browser.').waitFor();
      expect(extensionCalls(fresh)).toContain(`${backend}/v1/subscription`);
      expect(fresh.unexpectedRequests()).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('Delete my subscription record: cancels at once and shows the free plan', async () => {
    const page = await ext.openPage('tracker.html?view=pro');
    await page.getByText('Pro is active.').waitFor();
    await page.getByRole('button', { name: 'Delete my subscription record' }).click();
    await page.getByRole('button', { name: 'Yes, cancel and delete' }).click();
    await page.locator('.pro [role=status], .pro [role=alert]').first().waitFor();
    expect(await page.locator('.pro [role=status], .pro [role=alert]').allTextContents()).toContain(
      'Subscription cancelled and record deleted.',
    );
    await page.getByText('You are on the free plan.').waitFor();
    expect([...stripe.subscriptions.values()].every((s) => s.status === 'canceled')).toBe(true);
    expect(stripe.customers.size).toBe(0);
    await page.close();
  });

  it('the extension called the backend and nothing else', () => {
    const calls = extensionCalls(ext);
    // The watcher saw the Pro actions above (it is not blind to the service worker's fetches)…
    for (const path of ['/v1/checkout', '/v1/subscription', '/v1/cover-letter', '/v1/account']) {
      expect(calls).toContain(`${backend}${path}`);
    }
    // …and every request the extension made went to the backend's origin.
    expect(ext.unexpectedRequests()).toEqual([]);
    expect(calls.every((call) => call.startsWith(`${backend}/`))).toBe(true);
  });
});
