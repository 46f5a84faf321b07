import { type MigrationPlan, refreshFeatures, runMigrations } from './migrations';
import { ensureSettings, type SettingsDeps } from './settings';
import type { StorageArea } from './storage-area';

/**
 * What the background does before it handles anything: migrate stored data to the current
 * schema, bring the stored match features to the match code's version, then make sure settings (and the installation id) exist.
 */
export async function prepareStorage(area: StorageArea, deps: SettingsDeps): Promise<MigrationPlan> {
  const plan = await runMigrations(area);
  if (!plan.isFromFuture) {
    await refreshFeatures(area);
    await ensureSettings(area, deps);
  }
  return plan;
}
