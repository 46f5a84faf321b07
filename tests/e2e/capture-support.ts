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
