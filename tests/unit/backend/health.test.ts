import { describe, expect, it } from 'vitest';
import { createApp } from '../../../backend/app';

describe('GET /health', () => {
  it('answers ok without a server', async () => {
    const response = await createApp().request('/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });
});
