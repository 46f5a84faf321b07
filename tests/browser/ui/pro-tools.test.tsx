import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { Wire } from '../../../extension/protocol';
import { progressKey } from '../../../extension/store/keys';
import type { LetterProgress } from '../../../extension/store/schema';
import { type ProSource, ProSourceContext } from '../../../extension/ui/pro-source';
import { InterviewPrepSection, StatementSection } from '../../../extension/ui/pro-tools';
import { makeApp } from '../../support/make-app';
import { mount } from './harness';

/**
 * The tools' sections: criteria found in the job text are editable and what is sent is what
 * the editor holds; the saved statement counts its words against its limit; interview prep
 * streams into parsed questions and practice mode saves a note per question.
 */

let mounted: ReturnType<typeof mount> | undefined;
afterEach(() => mounted?.unmount());

const SPEC = [
  'Person specification',
  'Essential criteria',
  '- Degree in nursing',
  '- NMC registration',
  'Desirable criteria',
  '- Mentorship qualification',
].join('\n');

/** Progress values by session key (`pro-prep:<id>`…), read through the page's seam. */
function source(values: Record<string, unknown>): ProSource {
  return {
    subscription(onValue) {
      onValue(null);
      return () => {};
    },
    progress(kind, id, onValue) {
      onValue(values[progressKey(kind, id)] as LetterProgress | undefined);
      return () => {};
    },
  };
}

const PREP_TEXT = [
  'QUESTION (technical): How do you triage a deteriorating patient?',
  '- NEWS2 escalation on the AMU',
  'QUESTION (behavioural): Tell me about a difficult shift.',
  '- Staffing gap, reorganised the board',
  'GAP (Mentorship): Say you are enrolled on the course.',
].join('\n');

describe('supporting statement section', () => {
  it('lists the detected criteria, lets the user edit them, and asks for a preview with exactly them', async () => {
    const app = makeApp('s1', { title: 'Staff Nurse', description: SPEC });
    // The background's answer does not matter here (it refuses): what was sent does.
    mounted = mount(<StatementSection app={app} />, {
      answer: () => ({ ok: false, error: { code: 'pro-not-pro' } }),
    });
    const texts = () =>
      [...mounted!.host.querySelectorAll<HTMLInputElement>('[data-testid=criterion-text]')].map(
        (i) => i.value,
      );
    expect(texts()).toEqual(['Degree in nursing', 'NMC registration', 'Mentorship qualification']);
    expect(mounted.host.textContent).toContain('AI-generated: check every claim');

    const evidence = mounted.host.querySelectorAll<HTMLTextAreaElement>('[data-testid=criterion-evidence]');
    await userEvent.fill(evidence[0]!, 'BSc Nursing, 2018');
    const removes = [...mounted.host.querySelectorAll<HTMLButtonElement>('.pro-criterion button')];
    await userEvent.click(removes[1]!);
    await expect.poll(texts).toEqual(['Degree in nursing', 'Mentorship qualification']);
    await userEvent.fill(mounted.host.querySelector<HTMLInputElement>('[data-testid=word-limit]')!, '250');
    await userEvent.click(mounted.host.querySelector<HTMLButtonElement>('.pro-options > button')!);
    const preview = mounted.sent.find((m: Wire) => m.type === 'pro-tool-preview');
    expect(preview).toEqual({
      type: 'pro-tool-preview',
      id: 's1',
      tool: 'statement',
      options: {
        language: 'en',
        wordLimit: 250,
        criteria: [
          { text: 'Degree in nursing', kind: 'essential', evidence: 'BSc Nursing, 2018' },
          { text: 'Mentorship qualification', kind: 'desirable', evidence: '' },
        ],
      },
    });
  });

  it('a saved statement shows its word count against its limit, and says when it is over', async () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    const app = makeApp('s2', {
      title: 'Staff Nurse',
      statements: [
        {
          id: 'v1',
          createdAt: '2026-11-02T10:00:00.000Z',
          language: 'en',
          text: `### Degree\n${words(110)}`,
          wordLimit: 100,
          criteria: [{ text: 'Degree', kind: 'essential', evidence: '' }],
        },
      ],
    });
    mounted = mount(<StatementSection app={app} />, { answer: () => null });
    const count = mounted.host.querySelector('[data-testid=statement-words]');
    // "###" is not a word; the criterion heading is.
    expect(count?.textContent).toBe(
      '111 / 100 words Over the limit by 11 words: shorten it before you submit.',
    );
    expect(mounted.host.querySelector<HTMLInputElement>('[data-testid=criterion-text]')?.value).toBe(
      'Degree',
    );
  });
});

describe('interview prep section', () => {
  it('shows the streamed answer as questions, and practice mode saves a note for the question shown', async () => {
    const app = makeApp('p1', {
      title: 'Staff Nurse',
      interviewPreps: [{ id: 'v1', createdAt: '2026-11-02T10:00:00.000Z', language: 'en', text: PREP_TEXT }],
      prepNotes: { 'Tell me about a difficult shift.': 'The night of the flu surge.' },
    });
    mounted = mount(
      <ProSourceContext.Provider
        value={source({
          'pro-prep:p1': {
            status: 'streaming',
            text: PREP_TEXT,
            placeholders: {},
            startedAt: '2026-11-02T10:00:00.000Z',
          },
        })}
      >
        <InterviewPrepSection app={app} />
      </ProSourceContext.Provider>,
      { answer: (m: Wire) => (m.type === 'pro-prep-note' ? { question: m.question } : null) },
    );
    await expect
      .poll(() => mounted?.host.querySelectorAll('[data-testid=prep-stream] ol > li').length)
      .toBe(2);
    expect(mounted.host.querySelector('[data-testid=prep-stream]')?.textContent).toContain('Gaps to address');

    await userEvent.click(
      [...mounted.host.querySelectorAll('button')].find((b) => b.textContent === 'Practice mode')!,
    );
    expect(mounted.host.querySelector('[data-testid=practice-question]')?.textContent).toBe(
      'How do you triage a deteriorating patient?',
    );
    await userEvent.click(
      [...mounted.host.querySelectorAll('button')].find((b) => b.textContent === 'Next')!,
    );
    await expect
      .poll(() => mounted?.host.querySelector<HTMLTextAreaElement>('[data-testid=practice-note]')?.value)
      .toBe('The night of the flu surge.');
    await userEvent.fill(
      mounted.host.querySelector<HTMLTextAreaElement>('[data-testid=practice-note]')!,
      'Flu surge, 2024.',
    );
    await userEvent.click(
      [...mounted.host.querySelectorAll('button')].find((b) => b.textContent === 'Save note')!,
    );
    await expect.poll(() => mounted?.host.textContent).toContain('Note saved.');
    expect(mounted.sent.find((m: Wire) => m.type === 'pro-prep-note')).toEqual({
      type: 'pro-prep-note',
      id: 'p1',
      question: 'Tell me about a difficult shift.',
      note: 'Flu surge, 2024.',
    });
  });
});
