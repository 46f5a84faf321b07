import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { Reply } from '../../../extension/protocol';
import type { Result } from '../../../extension/protocol/result';
import { SaveJobButton } from '../../../extension/ui/save-job-button';
import { mount } from '../ui/harness';

let mounted: ReturnType<typeof mount> | undefined;
afterEach(() => mounted?.unmount());

async function press(answer: Result<Reply<'save-active-tab'>>, lang: 'en' | 'es' = 'en') {
  mounted = mount(<SaveJobButton />, { lang, answer: () => answer });
  const button = mounted.host.querySelector('button') as HTMLButtonElement;
  expect(button.textContent).toBe(lang === 'es' ? 'Guardar esta oferta' : 'Save this job');
  await userEvent.click(button);
  await expect.poll(() => mounted?.host.querySelector('[role="status"]')?.textContent).not.toBe('');
  expect(mounted.sent).toEqual([{ type: 'save-active-tab' }]);
  return mounted.host.querySelector('[role="status"]') as HTMLElement;
}

describe('Save this job', () => {
  it('says it saved, shows the title as text, and links to the tracker', async () => {
    const status = await press({
      ok: true,
      value: {
        kind: 'saved',
        id: 'url-ab12',
        title: '<img src=x onerror=alert(1)>',
        created: true,
        status: 'saved',
      },
    });
    expect(status.textContent).toContain('Saved to JobTrack');
    expect(status.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(status.querySelector('img')).toBeNull();
    expect(status.querySelector('a')?.getAttribute('href')).toBe('/tracker.html?id=url-ab12');
  });

  it('says when the job was already tracked', async () => {
    const status = await press({
      ok: true,
      value: { kind: 'saved', id: 'indeed-1', title: 'Nurse', created: false, status: 'applied' },
    });
    expect(status.textContent).toContain('Already in JobTrack');
  });

  it('says there is nothing to capture, and why', async () => {
    const status = await press({ ok: true, value: { kind: 'nothing', reason: 'bot-check' } });
    expect(status.textContent).toContain('Nothing to capture on this page');
    expect(status.textContent).toContain('security check');
  });

  it('shows an error the user can act on, until dismissed', async () => {
    const status = await press({
      ok: false,
      error: { code: 'quota-exceeded' },
    });
    expect(status.textContent).toContain('Could not save this page');
    expect(status.textContent).toContain('Browser storage for JobTrack is full.');
    await userEvent.click(status.querySelector('button[aria-label="Dismiss"]') as HTMLElement);
    await expect.poll(() => status.textContent).toBe('');
  });

  it('shows the error in Spanish in the Spanish UI', async () => {
    const status = await press({ ok: false, error: { code: 'quota-exceeded' } }, 'es');
    expect(status.textContent).toContain('No se pudo guardar esta página');
    expect(status.textContent).toContain('El almacenamiento del navegador para JobTrack está lleno');
  });
});
