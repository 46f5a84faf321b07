import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { Wire } from '../../../extension/protocol';
import type { LetterProgress } from '../../../extension/store/schema';
import { CoverLetterSection } from '../../../extension/ui/pro-letter';
import { type ProSource, ProSourceContext } from '../../../extension/ui/pro-source';
import { makeApp } from '../../support/make-app';
import { mount } from './harness';

/** The cover-letter section: the preview is the request, edits count, streaming shows filled placeholders. */

let mounted: ReturnType<typeof mount> | undefined;
afterEach(() => mounted?.unmount());

const app = makeApp('a1', { title: 'Platform Engineer', company: 'Globex' });
const PREVIEW = {
  body: {
    cvText: '[NAME]\nBackend engineer · [EMAIL]\nBuilt the Kubernetes platform.',
    jobText: 'Requirements\n- Kubernetes',
    jobTitle: 'Platform Engineer',
    company: 'Globex',
    language: 'en',
    tone: 'professional',
    length: 'medium',
  },
  placeholders: { '[NAME]': 'Ana Ruiz', '[EMAIL]': 'ana@example.com' },
  ownerName: 'Ana Ruiz',
  ownerNameSource: 'cv',
};

/** The store as the section reads it: no subscription cached, this letter in progress. */
function source(progress: LetterProgress): ProSource {
  return {
    subscription(onValue) {
      onValue(null);
      return () => {};
    },
    progress(_kind, _id, onValue) {
      onValue(progress);
      return () => {};
    },
  };
}

const answer = (message: Wire) =>
  message.type === 'pro-letter-preview'
    ? PREVIEW
    : message.type === 'pro-letter-start'
      ? { started: true }
      : null;

describe('cover letter section', () => {
  it('shows the exact request with counts, keeps edits, refuses over the limit and sends what is shown', async () => {
    mounted = mount(<CoverLetterSection app={app} />, { answer });
    await userEvent.click(mounted.host.querySelector<HTMLButtonElement>('.pro-options button')!);
    await expect
      .poll(() => mounted?.host.querySelector('.pro-preview h4')?.textContent)
      .toBe('What will be sent');
    expect(mounted.host.querySelector('[data-testid=preview-cv-count]')?.textContent).toContain(
      `${PREVIEW.body.cvText.length} / 3,000 characters`,
    );
    expect(mounted.host.textContent).toContain('Found in your CV header: Ana Ruiz.');
    const cv = mounted.host.querySelector<HTMLTextAreaElement>('#preview-cv')!;
    const send = mounted.host.querySelector<HTMLButtonElement>('.pro-preview button.primary')!;

    cv.value = 'x'.repeat(3_001);
    cv.dispatchEvent(new Event('input', { bubbles: true }));
    await expect.poll(() => send.disabled).toBe(true);
    expect(mounted.host.querySelector('[data-testid=preview-cv-count]')?.textContent).toContain('Too long');

    cv.value = 'Only this line.';
    cv.dispatchEvent(new Event('input', { bubbles: true }));
    await expect.poll(() => send.disabled).toBe(false);
    await userEvent.click(send);
    const start = mounted.sent.find((m) => m.type === 'pro-letter-start');
    expect(start).toEqual({
      type: 'pro-letter-start',
      id: 'a1',
      body: { ...PREVIEW.body, cvText: 'Only this line.' },
      placeholders: PREVIEW.placeholders,
    });
  });

  it('streams with placeholders filled in locally, in Spanish, and words a failure', async () => {
    const progress: LetterProgress = {
      status: 'streaming',
      text: 'Estimado equipo:\n\nUn saludo,\n[NAME]',
      placeholders: { '[NAME]': 'Ana Ruiz' },
      startedAt: '2026-11-20T09:00:00.000Z',
    };
    mounted = mount(
      <ProSourceContext.Provider value={source(progress)}>
        <CoverLetterSection app={app} />
      </ProSourceContext.Provider>,
      { lang: 'es' },
    );
    await expect
      .poll(() => mounted?.host.querySelector('[data-testid=letter-stream]')?.textContent)
      .toBe('Estimado equipo:\n\nUn saludo,\nAna Ruiz');
    expect(mounted.host.textContent).toContain('Escribiendo…');
    mounted.unmount();

    mounted = mount(
      <ProSourceContext.Provider
        value={source({
          ...progress,
          status: 'error',
          failure: { reason: 'rate-limited', retryAfterSeconds: 600 },
        })}
      >
        <CoverLetterSection app={app} />
      </ProSourceContext.Provider>,
    );
    await expect
      .poll(() => mounted?.host.querySelector('[data-testid=letter-error]')?.textContent)
      .toBe('That is a lot of letters in a short time. Try again in 10 minutes.');
  });
});
