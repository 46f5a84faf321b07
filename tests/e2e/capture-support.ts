import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { evaluateInContentScript, serveHtml } from '../support/extension';

/** A fixture page's HTML (tests/fixtures/pages/…). */
export function fixture(path: string): string {
  return readFileSync(new URL(`../fixtures/pages/${path}`, import.meta.url), 'utf8');
}

/**
 * Serves `html` at `url`, opens it, and waits until the capture content script is in the
 * page. Links do not navigate (the apply flows of the real boards are not served here).
 */
export async function openJobPage(
  context: BrowserContext,
  extensionId: string,
  url: string,
  html: string,
): Promise<Page> {
  await serveHtml(context, url, html);
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.addEventListener('click', (event) => event.preventDefault(), true);
  });
  await page.goto(url);
  await evaluateInContentScript(page, extensionId, '1');
  return page;
}

/**
 * Waits until the background has handled every capture the page's content script sent so
 * far: a message that runs through the same write queue answers only after them.
 */
export async function flushCaptures(page: Page, extensionId: string): Promise<void> {
  await evaluateInContentScript(
    page,
    extensionId,
    `chrome.runtime.sendMessage({ type: 'undo-capture', token: 'flush' })`,
  );
}

export const appKeys = (storage: Record<string, unknown>) =>
  Object.keys(storage)
    .filter((key) => key.startsWith('app:'))
    .sort();

/**
 * The badge text the toolbar shows for `page`'s tab. Without the "tabs" permission the
 * worker cannot see tab URLs: bring the page to the front and ask for the active tab.
 */
export async function badgeFor(worker: Worker, page: Page): Promise<string> {
  await page.bringToFront();
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) return 'no tab';
    return chrome.action.getBadgeText({ tabId: tab.id });
  });
}

interface DomNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/**
 * The toast as a person sees it. Its shadow root is closed (page scripts and Playwright
 * locators cannot look in), so it is read through the DevTools protocol, which pierces it.
 */
async function readToast(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const find = (node: DomNode): DomNode | undefined => {
      if (node.nodeName === 'JOBTRACK-TOAST') return node;
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
        const hit = find(child);
        if (hit) return hit;
      }
      return undefined;
    };
    const host = find(root);
    const texts: string[] = [];
    const tags: string[] = [];
    const buttons: { name: string; nodeId: number }[] = [];
    const textOf = (node: DomNode): string =>
      node.nodeType === 3 ? (node.nodeValue ?? '') : (node.children ?? []).map(textOf).join('');
    const walk = (node: DomNode) => {
      if (node.nodeName === 'STYLE') return;
      if (node.nodeType === 3) texts.push(node.nodeValue ?? '');
      if (node.nodeType === 1) tags.push(node.nodeName);
      if (node.nodeName === 'BUTTON') {
        const attrs = node.attributes ?? [];
        const label = attrs[attrs.indexOf('aria-label') + 1];
        buttons.push({
          name: attrs.includes('aria-label') && label ? label : textOf(node).trim(),
          nodeId: node.nodeId,
        });
      }
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child);
    };
    if (host) for (const shadow of host.shadowRoots ?? []) walk(shadow);
    const boxes = new Map<string, { x: number; y: number }>();
    for (const button of buttons) {
      const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: button.nodeId })) as {
        model: { content: number[] };
      };
      const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
      boxes.set(button.name, { x: (x1 + x3) / 2, y: (y1 + y3) / 2 });
    }
    return { present: Boolean(host), text: texts.join(' ').replace(/\s+/g, ' '), tags, boxes };
  } finally {
    await cdp.detach();
  }
}

/** The toast's visible text ('' without a toast). */
export async function toastText(page: Page): Promise<string> {
  return (await readToast(page)).text;
}

/** Element names inside the toast's shadow root. */
export async function toastTags(page: Page): Promise<string[]> {
  return (await readToast(page)).tags;
}

/** Clicks a toast button as a person would (a trusted click at its place on screen). */
export async function clickToastButton(page: Page, name: string): Promise<void> {
  const box = (await readToast(page)).boxes.get(name);
  if (!box) throw new Error(`no toast button "${name}"`);
  await page.mouse.click(box.x, box.y);
}

/** A minimal LinkedIn job page at `jobUrl(id)`, for tests that send captures themselves. */
export const jobUrl = (id: number) => `https://www.linkedin.com/jobs/view/${id}/`;
export const jobPage = (id: number) =>
  `<!doctype html><html><head><title>Job ${id} | Example Co | LinkedIn</title></head><body><h1>Job ${id}</h1></body></html>`;

/** What the content script on `jobUrl(id)` sends for a capture, as an expression to run there. */
export const captureExpression = (
  id: number,
  { trigger = 'apply', description }: { trigger?: 'apply' | 'manual'; description?: string } = {},
) => `
  chrome.runtime.sendMessage({
    type: 'capture',
    trigger: '${trigger}',
    draft: {
      board: 'linkedin',
      boardJobId: '${id}',
      url: '${jobUrl(id)}?trk=e2e',
      title: 'Engineer ${id}',
      company: 'Example Co',
      ${description ? `description: ${JSON.stringify(description)},` : ''}
      source: 'board'
    }
  })`;
