import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LoadedExtension } from '../support/extension';
import { ARTIFACTS, type ProRig, SHOTS, setLanguage, shot, startProRig } from '../support/pro-e2e';
import { PERSONAL_DETAILS, PRO_CV_RECORD } from '../support/pro-fixtures';
import { readKey, seedStorage } from '../support/tracker-e2e';

/**
 * Interview prep and the supporting statement with the built extension against the local
 * backend on the fakes: generated, saved with the application, shown again after a browser
 * restart, in English and Spanish; the requests the backend received carry no personal
 * detail of the CV, nor the e-mail the user typed into their evidence.
 */

/** An NHS-style advert (invented) with its person specification as the board's text keeps a table. */
const NHS_JOB = [
  'Senior Platform Engineer – Digital Services (Band 7)',
  'Job summary',
  'Riverside Hospitals NHS Foundation Trust is looking for an engineer to run the platform behind our patient apps.',
  'Main duties of the job',
  '- Own the Kubernetes platform and its on-call rota',
  '- Automate the infrastructure with Terraform and Python',
  'Person Specification',
  'Criteria\tEssential\tDesirable',
  'Experience\tExperience running Kubernetes in production\tExperience in the NHS',
  'Skills\tStrong PostgreSQL and TypeScript\tKnowledge of FHIR',
  'Employer details',
  'Questions? Write to talent@riverside.example.org.',
].join('\n');

const APP = {
  id: 't1',
  board: 'linkedin',
  url: 'https://www.linkedin.com/jobs/view/4100000077/',
  title: 'Senior Platform Engineer',
  company: 'Riverside Hospitals',
  description: NHS_JOB,
  status: 'interview',
  events: [{ id: 'ev-t1', type: 'applied', date: '2026-11-01T10:00:00.000Z' }],
  notes: '',
  captureMethod: 'apply',
  captureSource: 'board',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
};

const TYPED_EMAIL = 'lucia.private@example.net';

let rig: ProRig;
const ext = (): LoadedExtension => rig.ext;
type Stored = {
  interviewPreps?: { text: string; language: string }[];
  statements?: { text: string; criteria?: { text: string; evidence: string }[]; wordLimit?: number }[];
  prepNotes?: Record<string, string>;
};
const stored = async () => (await readKey<Stored>(ext(), 'app:t1')) ?? {};
const bodiesOf = (path: string) => rig.received.filter((r) => r.path === path).map((r) => r.body);

async function openDetail(): Promise<Page> {
  const page = await ext().openPage('tracker.html?id=t1');
  await page.getByTestId('interview-prep').waitFor();
  return page;
}

function expectNoPersonalDetails(sent: string) {
  for (const detail of PERSONAL_DETAILS) expect(sent).not.toContain(detail);
  expect(sent).not.toContain(TYPED_EMAIL);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  rig = await startProRig();
  await seedStorage(ext(), { 'cv:cv1': PRO_CV_RECORD, 'app:t1': APP });
  // Subscribe: Go Pro stores the Checkout Session, the fake Stripe completes it, the Pro
  // view reads Pro through the session id.
  const pro = await ext().openPage('tracker.html?view=pro');
  await pro.getByRole('button', { name: 'Go Pro' }).click();
  const sessionId = await vi.waitFor(
    async () => {
      const id = await ext().worker.evaluate(
        async () => ((await chrome.storage.session.get('pro-checkout'))['pro-checkout'] as string) ?? '',
      );
      if (!id.startsWith('cs_')) throw new Error('no Checkout Session yet');
      return id;
    },
    { timeout: 15_000, interval: 100 },
  );
  rig.stripe.completeCheckout(sessionId);
  await pro.reload();
  await pro.getByText('Pro is active.').waitFor({ timeout: 15_000 });
  await pro.close();
}, 180_000);

afterAll(async () => {
  await rig?.close();
});

describe('Pro interview prep and supporting statement, end to end', () => {
  it('interview prep: preview, generated, saved; practice mode keeps a note per question', async () => {
    rig.anthropic.setScenario({ kind: 'letter', delayMs: 150 });
    const page = await openDetail();
    const prep = page.getByTestId('interview-prep');
    await prep.locator('.pro-options button').click();
    await prep.locator('.pro-preview').waitFor();
    await prep.getByText(/Also sent: skills your CV shows/).waitFor();
    await shot(page, 'en-prep-preview', 2600);
    const before = bodiesOf('/v1/interview-prep').length;
    await prep.locator('.pro-preview button.primary').click();
    await expect
      .poll(() => page.getByTestId('saved-prep').inputValue(), { timeout: 20_000 })
      .toContain('QUESTION (technical)');
    expect((await stored()).interviewPreps).toHaveLength(1);
    expect(await prep.getByTestId('prep-view').locator('ol > li').count()).toBe(4);
    await prep.getByText('Gaps to address').waitFor();

    const body = JSON.parse(bodiesOf('/v1/interview-prep')[before] ?? '{}') as {
      cvText: string;
      jobText: string;
      matchedSkills: string[];
      missingSkills: string[];
    };
    writeFileSync(`${ARTIFACTS}/pro-prep-request-body.json`, JSON.stringify(body, null, 2));
    expect(body.cvText.length).toBeLessThanOrEqual(3_000);
    expect(body.jobText.length).toBeLessThanOrEqual(1_500);
    expect(body.matchedSkills).toContain('Kubernetes');
    expect(body.missingSkills.length).toBeGreaterThan(0);
    expect(await prep.locator('.pro-gaps').textContent()).toContain(body.missingSkills[0]);
    expectNoPersonalDetails(
      `${bodiesOf('/v1/interview-prep')[before]}\n${JSON.stringify(rig.anthropic.requests.at(-1)?.body)}`,
    );

    await prep.getByRole('button', { name: 'Practice mode' }).click();
    await page.getByTestId('practice').waitFor();
    expect(await page.getByText('Question 1 of 4').count()).toBe(1);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Question 2 of 4').waitFor();
    const question = (await page.getByTestId('practice-question').textContent()) ?? '';
    await page.getByRole('button', { name: 'Show suggested points' }).click();
    await page.getByTestId('practice-note').fill('Talk about the billing test suite at Acme.');
    await page.getByRole('button', { name: 'Save note' }).click();
    await page.getByText('Note saved.').waitFor();
    expect((await stored()).prepNotes?.[question]).toBe('Talk about the billing test suite at Acme.');
    await shot(page, 'en-prep-practice', 2600);
    await page.close();
  });

  it('statement: criteria found in the job, evidence typed, generated within the limit, saved', async () => {
    const page = await openDetail();
    const statement = page.getByTestId('statement');
    await expect.poll(() => statement.getByTestId('criterion-text').count()).toBe(4);
    expect(await statement.getByTestId('criterion-text').first().inputValue()).toBe(
      'Experience running Kubernetes in production',
    );
    await statement
      .getByTestId('criterion-evidence')
      .first()
      .fill(`Ran 300 services on Kubernetes at Acme; references via ${TYPED_EMAIL}`);
    await statement.getByTestId('word-limit').fill('300');
    await statement.locator('.pro-options button').click();
    await statement.locator('.pro-preview').waitFor();
    await statement.getByText(/4 criteria with your evidence, the 300-word limit/).waitFor();
    // The evidence shows redacted in the preview, as it will be sent.
    expect(await statement.getByTestId('statement-sent-criteria').textContent()).toMatch(
      /references via \[EMAIL(?:_\d+)?\]/,
    );
    await shot(page, 'en-statement-preview', 3000);
    const before = bodiesOf('/v1/supporting-statement').length;
    await statement.locator('.pro-preview button.primary').click();
    await expect
      .poll(() => page.getByTestId('saved-statement').inputValue(), { timeout: 20_000 })
      .toContain('### Experience running Kubernetes in production');
    await page.getByTestId('statement-words').waitFor();
    expect(await page.getByTestId('statement-words').textContent()).toMatch(/^\d+ \/ 300 words/);
    await statement
      .getByText(/^AI-generated: check every claim/)
      .first()
      .waitFor();

    const saved = (await stored()).statements ?? [];
    expect(saved).toHaveLength(1);
    expect(saved[0]?.wordLimit).toBe(300);
    // The user's evidence is kept as typed, on this device only.
    expect(saved[0]?.criteria?.[0]?.evidence).toContain(TYPED_EMAIL);

    const raw = bodiesOf('/v1/supporting-statement')[before] ?? '{}';
    const body = JSON.parse(raw) as { criteria: { text: string; evidence: string }[]; wordLimit: number };
    writeFileSync(`${ARTIFACTS}/pro-statement-request-body.json`, JSON.stringify(body, null, 2));
    expect(body.wordLimit).toBe(300);
    expect(body.criteria).toHaveLength(4);
    expect(body.criteria[0]?.evidence).toMatch(/\[EMAIL(?:_\d+)?\]$/);
    expectNoPersonalDetails(`${raw}\n${JSON.stringify(rig.anthropic.requests.at(-1)?.body)}`);
    await shot(page, 'en-statement-saved', 3400);
    await page.close();
  });

  it('both are shown again after a browser restart, with the practice note', async () => {
    await rig.restart();
    const page = await openDetail();
    await expect.poll(() => page.getByTestId('saved-prep').inputValue()).toContain('QUESTION (behavioural)');
    expect(await page.getByTestId('saved-statement').inputValue()).toContain(
      '### Strong PostgreSQL and TypeScript',
    );
    // The criteria editor starts from the last statement's criteria, evidence included.
    expect(await page.getByTestId('criterion-evidence').first().inputValue()).toContain('Ran 300 services');
    await page.getByRole('button', { name: 'Practice mode' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    expect(await page.getByTestId('practice-note').inputValue()).toBe(
      'Talk about the billing test suite at Acme.',
    );
    await page.close();
  });

  it('in Spanish: interview prep and statement written in Spanish, a second version of each', async () => {
    await setLanguage(ext(), 'es');
    const page = await openDetail();
    const prep = page.getByTestId('interview-prep');
    await prep.getByText('Preparación de la entrevista').waitFor();
    await prep.locator('.pro-options button').click();
    await prep.locator('.pro-preview').waitFor();
    await prep.getByText('Qué se enviará').waitFor();
    await prep.locator('.pro-preview button.primary').click();
    await expect.poll(async () => (await stored()).interviewPreps?.length, { timeout: 20_000 }).toBe(2);
    expect((await stored()).interviewPreps?.[1]?.language).toBe('es');
    await expect
      .poll(() => page.getByTestId('saved-prep').inputValue(), { timeout: 15_000 })
      .toContain('Cuéntame una vez');
    await shot(page, 'es-prep', 2600);

    const statement = page.getByTestId('statement');
    await statement.locator('.pro-options button').click();
    await statement.locator('.pro-preview').waitFor();
    await statement.locator('.pro-preview button.primary').click();
    await expect.poll(async () => (await stored()).statements?.length, { timeout: 20_000 }).toBe(2);
    await expect
      .poll(() => page.getByTestId('saved-statement').inputValue(), { timeout: 15_000 })
      .toContain('En mi puesto anterior');
    await statement
      .getByText(/^Generado con IA/)
      .first()
      .waitFor();
    await shot(page, 'es-statement', 3400);
    await page.close();
    await setLanguage(ext(), 'en');
  });
});
