import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { joinSnapshot } from '../../extension/store/records';
import { CHROMIUM_ARGS, findChromium } from './chromium';

/** The production build the e2e tests load (JOBTRACK_OUT_DIR as in wxt.config.ts). */
export function extensionDir(): string {
  return resolve(process.env.JOBTRACK_OUT_DIR ?? '.output', 'chrome-mv3');
}

/** A request the network watcher saw that no test route answered. */
export interface WatchedRequest {
  url: string;
  /** The extension's worker or pages ("extension"), or a web page and its subresources. */
  from: 'extension' | 'page';
  initiator: string;
}

export interface LoadedExtension {
  context: BrowserContext;
  /** Requests no test route answered (all aborted but those to `allowedOrigins`). */
  requests: WatchedRequest[];
  /** Those the extension made to anywhere but `allowedOrigins`: must stay empty. */
  unexpectedRequests(): WatchedRequest[];
  worker: Worker;
  extensionId: string;
  userDataDir: string;
  /**
   * Everything in chrome.storage.local, read by the service worker, each application whole
   * under its app: key (summary and detail joined, store/records.ts joinSnapshot).
   */
  storage(): Promise<Record<string, unknown>>;
  /** Opens an extension page (e.g. "popup.html") in a tab. */
  openPage(path: string): Promise<Page>;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/**
 * Starts headless Chromium with the built extension loaded and a fresh profile (or the
 * given one, to test what survives a browser restart).
 *
 * The network watcher every e2e file uses: a catch-all route, registered before any test
 * route (Playwright tries the last registered first), sees every request no test route
 * answers — from pages, the extension's pages and its service worker — records it and
 * aborts it, and host resolution is off besides, so nothing leaves the machine. Requests to
 * `allowedOrigins` (the local backend, only in a test of a Pro action) are recorded too and
 * let through to it. A request the extension makes to anywhere else makes close() throw,
 * failing the file.
 */
export async function launchExtension(
  options: {
    userDataDir?: string;
    extensionPath?: string;
    locale?: string;
    allowedOrigins?: readonly string[];
    /** More Chromium switches (e.g. the DevTools protocol's extension commands). */
    args?: readonly string[];
  } = {},
): Promise<LoadedExtension> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'jobtrack-e2e-'));
  const dir = options.extensionPath ?? extensionDir();
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
      ...(options.args ?? []),
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      // Whatever the routes miss cannot reach a network either (loopback stays usable).
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
    viewport: { width: 1280, height: 900 },
    ...(options.locale ? { locale: options.locale } : {}),
  });
  const allowed = new Set(options.allowedOrigins ?? []);
  const requests = await watchNetwork(context, allowed);
  const unexpectedRequests = () =>
    requests.filter((r) => r.from === 'extension' && !allowed.has(new URL(r.url).origin));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    requests,
    unexpectedRequests,
    worker,
    extensionId,
    userDataDir,
    storage: async () =>
      joinSnapshot(await currentWorker(context, worker).evaluate(() => chrome.storage.local.get(null))),
    async openPage(path: string) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
      const leaks = unexpectedRequests();
      if (leaks.length) {
        throw new Error(
          `The extension made ${leaks.length} network request(s) no Pro action asked for: ${leaks
            .map((r) => `${r.url} (from ${r.initiator})`)
            .join(', ')}`,
        );
      }
    },
  };
}

export const isWebUrl = (url: URL) => url.protocol === 'http:' || url.protocol === 'https:';

/**
 * Records every request no test route answers; lets those to `allowed` origins through and
 * aborts the rest (see launchExtension).
 */
async function watchNetwork(
  context: BrowserContext,
  allowed: ReadonlySet<string>,
): Promise<WatchedRequest[]> {
  const requests: WatchedRequest[] = [];
  // http(s) only: the extension's own files (chrome-extension://) are not network.
  await context.route(isWebUrl, (route) => {
    const request = route.request();
    let initiator = '';
    try {
      initiator = request.serviceWorker()?.url() ?? request.frame().url();
    } catch {
      // A request with neither (e.g. the frame is already gone): count it as the page's.
    }
    requests.push({
      url: request.url(),
      from: initiator.startsWith('chrome-extension://') ? 'extension' : 'page',
      initiator,
    });
    return allowed.has(new URL(request.url()).origin) ? route.continue() : route.abort('blockedbyclient');
  });
  return requests;
}

/** The service worker may have restarted (reload, idle): use the live one. */
function currentWorker(context: BrowserContext, fallback: Worker): Worker {
  return context.serviceWorkers().at(-1) ?? fallback;
}

/**
 * Serves `html` at `url` (e.g. https://www.linkedin.com/jobs/view/123/) so the content
 * scripts declared for that host run on it: no server, no certificate, no network.
 */
export async function serveHtml(context: BrowserContext, url: string, html: string): Promise<void> {
  await context.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
}

/**
 * Evaluates an expression inside the extension's content-script world of `page` (the
 * isolated world Chrome creates for our content script), via the DevTools protocol.
 * Waits until the content script has been injected.
 */
export async function evaluateInContentScript<T>(
  page: Page,
  extensionId: string,
  expression: string,
): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  const origin = `chrome-extension://${extensionId}`;
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const deadline = Date.now() + 10_000;
  let found = contexts.find((c) => c.origin === origin && c.auxData?.type === 'isolated');
  while (!found && Date.now() < deadline) {
    // Wait for the next context, but never past the deadline: a page whose content script
    // never runs must fail here, not hang the caller.
    await new Promise<void>((done) => {
      const timer = setTimeout(done, Math.max(0, deadline - Date.now()));
      cdp.once('Runtime.executionContextCreated', () => {
        clearTimeout(timer);
        done();
      });
    });
    found = contexts.find((c) => c.origin === origin && c.auxData?.type === 'isolated');
  }
  if (!found) throw new Error(`no content-script world on ${page.url()}`);
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    contextId: found.id,
    awaitPromise: true,
    returnByValue: true,
  });
  await cdp.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value as T;
}
