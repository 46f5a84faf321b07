import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/**
 * Firefox ESR driving for the Firefox e2e (tests/e2e-firefox), over WebDriver BiDi with
 * puppeteer-core (nothing downloaded: Debian's firefox-esr). What was measured on this
 * machine (Firefox ESR 153, puppeteer-core 25), and why the helpers look the way they do:
 *
 * - Board URLs: BiDi request interception works. `page.setRequestInterception(true)` and
 *   `request.respond()` serve a fixture at https://www.linkedin.com/jobs/view/… with no
 *   server, certificate or host mapping, and the manifest's content scripts run on it.
 *   (The fallbacks — a local HTTPS server with network.dns.localDomains or a PAC file,
 *   plus accepting its certificate — were not needed.) Every other request is aborted.
 * - Extension pages: BiDi refuses to navigate to moz-extension:// ("not allowed in this
 *   context") unless Firefox starts with --remote-allow-system-access. With it the page
 *   loads, but Firefox moves the tab to the extension process and puppeteer's goto never
 *   resolves ("Frame detached"), although the same Page evaluates in the loaded document:
 *   so `openExtensionPage` starts the navigation and waits for the document instead.
 * - Extension id: the moz-extension UUID is random per profile; the
 *   extensions.webextensions.uuids pref pins it for our add-on id before install.
 * - No DevTools protocol, so no direct way into the content script's world. Readiness
 *   instead: `waitForLoader` asks scripting.executeScript for the loader's flag in the
 *   extension's isolated world (the capture content script sends no message on load).
 *   `watchContentMessages` still records what content scripts send, as an extension page
 *   receives it (no UI page has an onMessage listener, so it answers nothing).
 */

export const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** The Firefox to drive: FIREFOX_PATH, else Debian's firefox-esr, else none. */
export function findFirefox(): string | undefined {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return FIREFOX_CANDIDATES.find((path) => existsSync(path));
}

/** The Firefox production build (JOBTRACK_OUT_DIR as in wxt.config.ts). */
export function firefoxExtensionDir(): string {
  return resolve(process.env.JOBTRACK_OUT_DIR ?? '.output', 'firefox-mv3');
}

/** A fixed moz-extension host, so tests can open extension pages by URL. */
const EXTENSION_UUID = '5f1c9a3e-7b2d-4e8f-9a6c-1d2e3f405162';

export interface FirefoxExtension {
  browser: Browser;
  origin: string;
  /** Opens an extension page (e.g. "popup.html") in a new tab and waits for its document. */
  openPage(path: string): Promise<Page>;
  /** Everything in storage.local, read from an extension page. */
  storage(): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

/** puppeteer wraps it ("Waiting failed", caused by the ProtocolError). */
function isProtocolError(error: unknown): boolean {
  const cause = (error as Error).cause ?? error;
  return (cause as Error).name === 'ProtocolError' || /Protocol error/.test(String(cause));
}

/** Navigates `page` to `url` and resolves once that document has loaded (15 s at most). */
async function waitForDocument(page: Page, url: string): Promise<Page> {
  // See the note above: the navigation happens, the promise never settles.
  page.goto(url).catch(() => undefined);
  // The check runs in whatever document is current; when about:blank is replaced
  // mid-check, BiDi fails that one evaluation with a ProtocolError (seen on a busy
  // machine). The document is the new one then: check again in it, within one deadline.
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      await page.waitForFunction(
        (expected) => location.href === expected && document.readyState === 'complete',
        { timeout: Math.max(1, deadline - Date.now()) },
        url,
      );
      return page;
    } catch (error) {
      if (!isProtocolError(error) || Date.now() >= deadline) throw error;
    }
  }
}

export async function launchFirefoxExtension(): Promise<FirefoxExtension> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('Firefox is not installed (apt-get install -y firefox-esr).');
  const dir = firefoxExtensionDir();
  const geckoId = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8')).browser_specific_settings?.gecko
    ?.id;
  if (typeof geckoId !== 'string') throw new Error(`${dir}/manifest.json has no gecko id`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      // The network is closed: no update, telemetry or captive-portal checks.
      'network.captive-portal-service.enabled': false,
      'app.update.enabled': false,
    },
  });
  await browser.installExtension(dir);
  const origin = `moz-extension://${EXTENSION_UUID}`;
  let reader: Page | undefined;
  const ext: FirefoxExtension = {
    browser,
    origin,
    async openPage(path) {
      const url = `${origin}/${path}`;
      // A tab whose document BiDi keeps failing to evaluate in (seen once in a full CI run
      // on 2 cores: every check for 15 s failed with the same ProtocolError, and the same
      // test passed alone) is closed and the page opened once more in a new tab.
      for (let attempt = 1; ; attempt++) {
        const page = await browser.newPage();
        try {
          return await waitForDocument(page, url);
        } catch (error) {
          if (attempt >= 2 || !isProtocolError(error)) throw error;
          await page.close().catch(() => undefined);
        }
      }
    },
    async storage() {
      reader ??= await ext.openPage('popup.html');
      return reader.evaluate(() => chrome.storage.local.get(null));
    },
    async close() {
      await browser.close();
    },
  };
  return ext;
}

/**
 * Serves fixture `html` at `url` (a board's real address) in `page` and aborts every other
 * request: nothing leaves the machine. Links do not navigate (the boards' apply flows are
 * not served here).
 */
export async function serveFixture(page: Page, url: string, html: string): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    if (request.url() === url) {
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    } else {
      void request.abort();
    }
  });
  await page.evaluateOnNewDocument(() => {
    window.addEventListener('click', (event) => event.preventDefault(), true);
  });
}

/** Records the messages content scripts send, as an extension page receives them. */
export async function watchContentMessages(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: { type?: string; url?: string; jobId?: string }[] = [];
    (globalThis as unknown as { jobtrackSeen: typeof seen }).jobtrackSeen = seen;
    chrome.runtime.onMessage.addListener(
      (message: { type?: string; job?: { boardJobId?: string } }, sender) => {
        seen.push({ type: message?.type, url: sender.url, jobId: message?.job?.boardJobId });
        // Not answering: the background does.
        return undefined;
      },
    );
  });
}

/**
 * Waits until the capture content script has started in the tab showing `url`: asks
 * scripting.executeScript (the host permission on the boards' job pages allows it) for the
 * loader's flag in the extension's isolated world, which Firefox shares between content
 * scripts and injected functions. A page whose URL names its job sends no message on load.
 */
export async function waitForLoader(watcher: Page, url: string): Promise<void> {
  await watcher.waitForFunction(
    async (expected: string) => {
      const tab = (await chrome.tabs.query({})).find((candidate) => candidate.url === expected);
      if (tab?.id === undefined) return false;
      try {
        const [frame] = await chrome.scripting.executeScript({
          target: { tabId: tab.id },
          func: () => (globalThis as Record<string, unknown>).jobtrackLoaderStarted === true,
        });
        return frame?.result === true;
      } catch {
        return false;
      }
    },
    { timeout: 15_000, polling: 200 },
    url,
  );
}
