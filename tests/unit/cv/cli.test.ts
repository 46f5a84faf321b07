import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { spanishPdf, twoColumnPdf } from '../../support/cv-samples';

/** The npm scripts' commands, run as a user would (cwd elsewhere, INIT_CWD set by npm). */
const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'jobtrack-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(script: 'cv-text' | 'score', args: string[]) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', join(process.cwd(), 'extension/cli', `${script}.ts`), ...args],
      { cwd: process.cwd(), env: { ...process.env, INIT_CWD: dir } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

writeFileSync(join(dir, 'cv.pdf'), twoColumnPdf());
writeFileSync(join(dir, 'es.pdf'), spanishPdf());
writeFileSync(
  join(dir, 'cv.txt'),
  'Ana Pérez\nBackend developer (2019 – present)\nPython, PostgreSQL, Docker\n',
);
writeFileSync(
  join(dir, 'jobs.jsonl'),
  [
    JSON.stringify({
      id: 'a',
      title: 'Backend Engineer',
      description: 'Requirements\n- Python\n- Kubernetes',
    }),
    JSON.stringify({
      id: 'b',
      title: 'Enfermera',
      company: 'Hospital',
      description: 'Requisitos\n- Enfermería',
    }),
  ].join('\n'),
);

// Each case starts Node with tsx: seconds on a busy machine, not the default 5.
describe('cv-text', { timeout: 60_000 }, () => {
  it('prints the text of a PDF in reading order', async () => {
    const { code, stdout } = await cli('cv-text', ['cv.pdf']);
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(0, 3)).toEqual([
      'Priya Raman - Frontend Developer - Bristol, United Kingdom',
      'SKILLS',
      'React',
    ]);
  });

  it('prints Spanish text intact', async () => {
    expect((await cli('cv-text', ['es.pdf'])).stdout).toContain('Administración de medicación');
  });

  it.each([
    [['missing.pdf'], /^cv-text: cannot read missing\.pdf: ENOENT\n$/],
    [['jobs.jsonl'], /^cv-text: JobTrack reads CVs as PDF, DOCX or plain text/],
    [[], /^cv-text: usage:/],
  ])('fails with one line and exit 1: %j', async (args, message) => {
    const { code, stdout, stderr } = await cli('cv-text', args);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('score', { timeout: 60_000 }, () => {
  it('prints one JSON line per job with score, band, matched and missing', async () => {
    const { code, stdout } = await cli('score', ['--cv', 'cv.txt', '--jobs', 'jobs.jsonl']);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(['a', 'b']);
    expect(Object.keys(lines[0])).toEqual([
      'id',
      'score',
      'band',
      'matched',
      'missing',
      'sharedTerms',
      'summary',
    ]);
    expect(lines[0].sharedTerms).toContain('python');
    expect(lines[0].matched).toEqual([
      { skill: 'Python', required: true, cvLine: 'Python, PostgreSQL, Docker' },
    ]);
    expect(lines[0].missing).toEqual([{ skill: 'Kubernetes', required: true }]);
    expect(lines[0].score).toBeGreaterThan(lines[1].score);
  });

  it('scores --pairs of texts', async () => {
    writeFileSync(
      join(dir, 'pairs.jsonl'),
      `${JSON.stringify({ id: 1, cv: 'Enfermera de UCI', job: 'ICU nurse\nRequirements: ICU nursing, BLS' })}\n`,
    );
    const { stdout } = await cli('score', ['--pairs', 'pairs.jsonl']);
    const line = JSON.parse(stdout);
    expect(line.id).toBe('1');
    expect(line.matched.map((m: { skill: string }) => m.skill)).toEqual(['Intensive care', 'Nursing']);
    expect(line.missing).toEqual([{ skill: 'BLS', required: true }]);
  });

  it.each([
    [['--cv', 'cv.txt'], /^score: usage:/],
    [['--cv', 'cv.txt', '--jobs', 'nope.jsonl'], /^score: cannot read nope\.jsonl/],
    [['--cv', 'cv.txt', '--jobs', 'cv.txt'], /^score: cv\.txt line 1: not valid JSON/],
  ])('fails with one line and exit 1: %j', async (args, message) => {
    const { code, stderr } = await cli('score', args);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
