import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { joinSnapshot } from '../../extension/store/records';
import type { LoadedExtension } from './extension';

/** Waits for the installed extension's settings, then writes `items` from the service worker (test setup). */
export async function seedStorage(ext: LoadedExtension, items: Record<string, unknown>): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await ext.storage()).settings) {
    if (Date.now() > deadline) throw new Error('settings never appeared');
    await new Promise((done) => setTimeout(done, 100));
  }
  await ext.worker.evaluate(async (items) => {
    await chrome.storage.local.set(items);
  }, items);
}

/**
 * One stored value, read by the service worker (cheaper than the whole store at 5,000
 * records); an application (app:<id>) whole, its summary and detail joined.
 */
export async function readKey<T = unknown>(ext: LoadedExtension, key: string): Promise<T | undefined> {
  const worker = ext.context.serviceWorkers().at(-1) ?? ext.worker;
  // An application whole: its description is coded against its features' words (feat:).
  const keys = key.startsWith('app:') ? [key, `detail:${key.slice(4)}`, `feat:${key.slice(4)}`] : [key];
  const items = await worker.evaluate((k) => chrome.storage.local.get(k), keys);
  return (await joinSnapshot(items))[key] as T | undefined;
}

/** Sends a UI message from an extension page, as the popup or tracker would. */
export function sendFromPage(
  page: Page,
  message: unknown,
): Promise<{ ok: boolean; value?: unknown; error?: { message: string } }> {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core in an extension page. Evaluated through the DevTools protocol, so the
 * page's CSP (no inline scripts) does not stand in the way; the product never loads it.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
