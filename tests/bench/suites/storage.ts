import { appKey } from '../../../extension/store/keys';
import { StoredApplication } from '../../../extension/store/schema';
import { launchExtension } from '../../support/extension';
import { realisticApplications } from '../../support/seed';
import type { BenchRow } from '../report';

/** chrome.storage.local's quota without the unlimitedStorage permission. */
const DEFAULT_QUOTA_BYTES = 10 * 1024 * 1024;
const COUNT = 5_000;

/**
 * Storage: bytes per application with a full description and the total for 5,000, as
 * Chromium itself counts them (getBytesInUse), against the quota the extension has.
 */
export const storageSuite = {
  name: 'storage',
  async run(): Promise<BenchRow[]> {
    const apps = realisticApplications(COUNT);
    for (const app of apps.slice(0, 50)) StoredApplication.parse(app);
    const ext = await launchExtension();
    try {
      const items = Object.fromEntries(apps.map((app) => [appKey(app.id), app]));
      const measured = await ext.worker.evaluate(async (entries) => {
        await chrome.storage.local.clear();
        await chrome.storage.local.set(entries);
        const total = await chrome.storage.local.getBytesInUse(null);
        const manifest = chrome.runtime.getManifest();
        return { total, unlimited: (manifest.permissions ?? []).includes('unlimitedStorage') };
      }, items);
      const descriptionBytes = apps.reduce((sum, app) => sum + (app.description?.length ?? 0), 0) / COUNT;
      return [
        {
          suite: 'storage',
          metric: 'bytes per application (full description)',
          unit: 'bytes',
          median: measured.total / COUNT,
          runs: 1,
          extra: `description ≈ ${Math.round(descriptionBytes)} chars`,
        },
        {
          suite: 'storage',
          metric: `total for ${COUNT.toLocaleString('en-US')} applications`,
          unit: 'MiB',
          median: measured.total / 2 ** 20,
          runs: 1,
          baseline: { label: 'default quota', median: DEFAULT_QUOTA_BYTES / 2 ** 20 },
          note: measured.unlimited
            ? 'fits: the manifest has unlimitedStorage'
            : 'the manifest lacks unlimitedStorage: must fit the default quota',
          ...(measured.unlimited
            ? {}
            : { budget: { limit: DEFAULT_QUOTA_BYTES / 2 ** 20, better: 'lower' as const } }),
        },
      ];
    } finally {
      await ext.close();
    }
  },
};
