import { SETTINGS_KEY } from './keys';
import { defaultPreferences, Settings } from './schema';
import type { StorageArea } from './storage-area';

export interface SettingsDeps {
  newUuid(): string;
  now(): Date;
}

/**
 * Makes sure settings exist. The installation id is created once, on first run, and kept
 * from then on: across browser restarts and extension updates. Damaged settings are
 * repaired field by field, keeping a still-valid installation id.
 */
export async function ensureSettings(area: StorageArea, deps: SettingsDeps): Promise<Settings> {
  const stored = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  const parsed = Settings.safeParse(stored);
  if (parsed.success) return parsed.data;

  const old = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const keptId = Settings.shape.installationId.safeParse(old.installationId);
  const keptInstalledAt = Settings.shape.installedAt.safeParse(old.installedAt);
  const keptPreferences = Settings.shape.preferences.safeParse(old.preferences);
  const keptSubscription = Settings.shape.subscription.safeParse(old.subscription);
  const settings: Settings = {
    installationId: keptId.success ? keptId.data : deps.newUuid(),
    installedAt: keptInstalledAt.success ? keptInstalledAt.data : deps.now().toISOString(),
    preferences: keptPreferences.success ? keptPreferences.data : defaultPreferences(),
    ...(keptSubscription.success && keptSubscription.data ? { subscription: keptSubscription.data } : {}),
  };
  await area.set({ [SETTINGS_KEY]: settings });
  return settings;
}
