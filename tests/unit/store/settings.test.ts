import { describe, expect, it } from 'vitest';
import { prepareStorage } from '../../../extension/store/prepare';
import { Settings } from '../../../extension/store/schema';
import { ensureSettings } from '../../../extension/store/settings';
import { MemoryArea } from '../../support/memory-area';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const deps = { newUuid: () => crypto.randomUUID(), now: () => new Date('2026-11-01T00:00:00Z') };

describe('ensureSettings', () => {
  it('creates settings with a v4 installation id on first run', async () => {
    const area = new MemoryArea();
    const settings = await ensureSettings(area, deps);
    expect(settings.installationId).toMatch(V4);
    expect(Settings.parse(area.snapshot().settings)).toEqual(settings);
  });

  it('keeps the installation id on every later start', async () => {
    const area = new MemoryArea();
    const first = await ensureSettings(area, deps);
    const again = await prepareStorage(area, deps).then(() => ensureSettings(area, deps));
    expect(again.installationId).toBe(first.installationId);
  });

  it('repairs damaged settings, keeping what is still valid', async () => {
    const id = crypto.randomUUID();
    const area = new MemoryArea({ settings: { installationId: id, preferences: 'garbage' } });
    const settings = await ensureSettings(area, deps);
    expect(settings.installationId).toBe(id);
    expect(settings.preferences.stages.map((s) => s.id)).toContain('applied');
  });

  it('replaces an installation id that is not a v4 UUID', async () => {
    const area = new MemoryArea({ settings: { installationId: 'user@example.com' } });
    const settings = await ensureSettings(area, deps);
    expect(settings.installationId).toMatch(V4);
  });
});
