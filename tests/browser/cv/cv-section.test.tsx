import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { CvParseError } from '../../../extension/cv/errors';
import { scoreText } from '../../../extension/match';
import type { CvRecord } from '../../../extension/store/schema';
import { CvSection, extractFile } from '../../../extension/ui/cv-section';
import { MatchExplanation } from '../../../extension/ui/match-explanation';
import { twoColumnPdf } from '../../support/cv-samples';
import { mount } from '../ui/harness';

let mounted: ReturnType<typeof mount> | undefined;
afterEach(() => mounted?.unmount());

const versions: CvRecord[] = [
  { id: 'a', fileName: 'cv-2025.pdf', addedAt: '2025-01-10T10:00:00.000Z', text: 'Old CV', isDefault: false },
  {
    id: 'b',
    fileName: 'cv-2026.docx',
    addedAt: '2026-11-01T10:00:00.000Z',
    text: 'Python developer',
    isDefault: true,
  },
];

const until = async (check: () => unknown, timeout = 5_000) => {
  await expect.poll(check, { timeout }).toBeTruthy();
};

function chooseFile(host: HTMLElement, file: File) {
  const input = host.querySelector<HTMLInputElement>('input[type=file]')!;
  const list = new DataTransfer();
  list.items.add(file);
  input.files = list.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('CvSection', () => {
  it('reads a real PDF in the page, shows the text for review, and sends only text to save', {
    timeout: 40_000,
  }, async () => {
    mounted = mount(<CvSection cvs={[]} extract={extractFile} />);
    const pdf = twoColumnPdf();
    chooseFile(mounted.host, new File([pdf as BlobPart], 'priya.pdf', { type: 'application/pdf' }));
    // The first PDF loads pdf.js and starts its worker.
    await until(() => mounted?.host.querySelector('[data-testid=cv-review-text], [role=alert]'), 30_000);
    expect(mounted.host.querySelector('[role=alert]')).toBeNull();
    const textarea = mounted.host.querySelector<HTMLTextAreaElement>('[data-testid=cv-review-text]')!;
    expect(textarea.value.split('\n').slice(0, 3)).toEqual([
      'Priya Raman - Frontend Developer - Bristol, United Kingdom',
      'SKILLS',
      'React',
    ]);
    await userEvent.fill(textarea, 'Corrected text: React, Jest');
    await userEvent.click(mounted.host.querySelector<HTMLButtonElement>('button[type=submit]')!);
    await until(() => mounted?.sent.length);
    expect(mounted.sent).toEqual([
      { type: 'cv-add', fileName: 'priya.pdf', text: 'Corrected text: React, Jest', makeDefault: true },
    ]);
    await until(() => mounted?.host.textContent?.includes('CV saved'));
  });

  it.each([
    ['encrypted', /password-protected/],
    ['scanned', /scanned image with no text layer/],
    ['too-large', /larger than 10 MB/],
    ['wrong-type', /PDF, DOCX or plain text/],
  ] as const)('explains a %s file and saves nothing', async (code, message) => {
    mounted = mount(
      <CvSection
        cvs={[]}
        extract={async () => {
          throw new CvParseError(code);
        }}
      />,
    );
    chooseFile(mounted.host, new File(['x'], 'cv.pdf'));
    await until(() => mounted?.host.querySelector('[role=alert]'));
    expect(mounted.host.querySelector('[role=alert]')?.textContent).toMatch(message);
    expect(mounted.sent).toEqual([]);
  });

  it('says so in Spanish', async () => {
    mounted = mount(
      <CvSection
        cvs={[]}
        extract={async () => {
          throw new CvParseError('scanned');
        }}
      />,
      { lang: 'es' },
    );
    chooseFile(mounted.host, new File(['x'], 'cv.pdf'));
    await until(() => mounted?.host.querySelector('[role=alert]'));
    expect(mounted.host.querySelector('[role=alert]')?.textContent).toMatch(
      /imagen escaneada sin capa de texto/,
    );
  });

  it('accepts pasted text', async () => {
    mounted = mount(<CvSection cvs={[]} />);
    await userEvent.click(mounted.host.querySelector<HTMLButtonElement>('.link-button')!);
    await userEvent.fill(
      mounted.host.querySelector<HTMLTextAreaElement>('[data-testid=cv-review-text]')!,
      'Nurse, ICU',
    );
    await userEvent.click(mounted.host.querySelector<HTMLButtonElement>('button[type=submit]')!);
    await until(() => mounted?.sent.length);
    expect(mounted.sent[0]).toMatchObject({ type: 'cv-add', fileName: 'Pasted text', text: 'Nurse, ICU' });
  });

  it('lists versions newest first; sets the default, corrects text and deletes', async () => {
    mounted = mount(<CvSection cvs={versions} />);
    const rows = [...mounted.host.querySelectorAll<HTMLElement>('.cv-version')];
    expect(rows.map((row) => row.dataset.cvId)).toEqual(['b', 'a']);
    expect(rows[0]?.textContent).toContain('Used for scores');
    const old = rows[1]!;
    await userEvent.click(
      [...old.querySelectorAll('button')].find((b) => b.textContent === 'Use for scores')!,
    );
    await userEvent.click(
      [...old.querySelectorAll('button')].find((b) => b.textContent === 'View and correct text')!,
    );
    const editor = old.querySelector<HTMLTextAreaElement>('textarea')!;
    expect(editor.value).toBe('Old CV');
    await userEvent.fill(editor, 'Old CV, corrected');
    await userEvent.click([...old.querySelectorAll('button')].find((b) => b.textContent === 'Save changes')!);
    const confirm = window.confirm;
    window.confirm = () => true;
    await userEvent.click([...old.querySelectorAll('button')].find((b) => b.textContent === 'Delete')!);
    window.confirm = confirm;
    await until(() => mounted?.sent.length === 3);
    expect(mounted.sent).toEqual([
      { type: 'cv-set-default', id: 'a' },
      { type: 'cv-update-text', id: 'a', text: 'Old CV, corrected' },
      { type: 'cv-delete', id: 'a' },
    ]);
  });
});

describe('MatchExplanation', () => {
  const cv = 'Ana Pérez\nFrontend developer\n<img src=x onerror="pwned()"> React and TypeScript\nHTML/CSS';
  const job = {
    title: 'Frontend Developer',
    description: 'Requirements\n- React, TypeScript, Jest\nNice to have\n- GraphQL\n- 3+ years of experience',
  };

  it('lists required and nice-to-have skills, each quoted from the CV or missing; CV text stays text', () => {
    let fired = false;
    (window as unknown as { pwned: () => void }).pwned = () => {
      fired = true;
    };
    const result = scoreText(cv, job, { asOf: new Date('2026-11-01') });
    mounted = mount(<MatchExplanation result={result} cvName="cv.pdf" />);
    const groups = [...mounted.host.querySelectorAll('.match-group')];
    // Skills first (required, then nice to have), then the words the CV shares with the ad.
    expect(groups.map((g) => g.querySelector('h4')?.textContent)).toEqual([
      'Required',
      'Nice to have',
      'Words your CV shares with the ad (those that count most first)',
    ]);
    expect(result.sharedTerms.length).toBeGreaterThan(0);
    const items = (group: Element | undefined) =>
      [...(group?.querySelectorAll('.match-skill') ?? [])].map((li) => ({
        name: li.querySelector('.match-skill__name')?.textContent,
        have: li.classList.contains('match-skill--have'),
        line: li.querySelector('.match-skill__line')?.textContent ?? null,
      }));
    expect(items(groups[0])).toEqual([
      { name: 'React', have: true, line: '<img src=x onerror="pwned()"> React and TypeScript' },
      { name: 'TypeScript', have: true, line: '<img src=x onerror="pwned()"> React and TypeScript' },
      { name: 'Jest', have: false, line: null },
    ]);
    expect(items(groups[1])).toEqual([{ name: 'GraphQL', have: false, line: null }]);
    expect(mounted.host.querySelector('img')).toBeNull();
    expect(fired).toBe(false);
    expect(mounted.host.querySelector('.match-band')?.getAttribute('data-band')).toBe(result.band);
    expect(mounted.host.textContent).toContain('Scored with cv.pdf');
  });
});

describe('MatchExplanation in Spanish', () => {
  it('names skills in Spanish', () => {
    const result = scoreText('Enfermera de UCI', {
      title: 'ICU nurse',
      description: 'Requirements\n- ICU\n- BLS',
    });
    mounted = mount(<MatchExplanation result={result} />, { lang: 'es' });
    const names = [...mounted.host.querySelectorAll('.match-skill__name')].map((n) => n.textContent);
    expect(names).toEqual(['Cuidados intensivos', 'Enfermería', 'Soporte vital básico (SVB)']);
    expect(mounted.host.querySelector('h4')?.textContent).toBe('Imprescindible');
  });
});
