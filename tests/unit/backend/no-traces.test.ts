import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckoutAnswer, CoverLetterDelta, SubscriptionAnswer } from '../../../shared/api.js';
import { parseSse } from './harness.js';

/**
 * The backend keeps nothing about anyone. This runs `npm run backend`'s entry as a child
 * process (on the local fakes), drives a whole Pro flow with a recognisable CV and job
 * text, and then checks that none of that text reached stdout or stderr (every console.*
 * and every SDK log ends up there) and that the process wrote no files: an fs guard
 * preloaded into the child reports any write, and its TMPDIR and HOME stay empty.
 */

const root = fileURLToPath(new URL('../../..', import.meta.url));
const guard = fileURLToPath(new URL('./fs-write-guard.ts', import.meta.url));

const INSTALLATION = '5b0c4f1e-8a2d-4c3b-9e7f-6d5c4b3a2f10';
const CV_MARKERS = ['Zebulon Quixotic-Marlowe', 'XQ-7731-CANARY', 'Vexillology Institute of Tromsø'];
const JOB_MARKERS = ['Plumbus Dynamics', 'JOBCANARY-4417'];
const CV =
  `${CV_MARKERS[0]} — staff engineer. Reference ${CV_MARKERS[1]}. ` +
  `Studied at the ${CV_MARKERS[2]}. Ten years of distributed systems, Go and TypeScript.`;
const JOB = `${JOB_MARKERS[0]} is hiring a staff engineer (ref ${JOB_MARKERS[1]}) to lead the platform team.`;

interface Run {
  child: ChildProcess;
  stdout: string;
  stderr: string;
  base: string;
  sandbox: string;
}

async function startBackend(sandbox: string): Promise<Run> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    PORT: '0',
    TMPDIR: join(sandbox, 'tmp'),
    HOME: join(sandbox, 'home'),
    // tsx would otherwise cache compiled files under the temp dir.
    TSX_DISABLE_CACHE: '1',
    NODE_ENV: 'production',
  };
  for (const dir of [env.TMPDIR, env.HOME]) if (dir) mkdirSync(dir);
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', guard, 'backend/dev-server.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const run: Run = { child, stdout: '', stderr: '', base: '', sandbox };
  child.stdout?.on('data', (chunk: Buffer) => {
    run.stdout += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    run.stderr += chunk.toString('utf8');
  });
  run.base = await new Promise<string>((resolve, reject) => {
    const onData = () => {
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(run.stdout);
      if (match?.[1]) {
        child.stdout?.off('data', onData);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`backend exited early (${code}): ${run.stderr}`)));
  });
  return run;
}

async function stopBackend(run: Run): Promise<void> {
  if (run.child.exitCode !== null) return;
  const exited = new Promise((resolve) => run.child.once('exit', resolve));
  run.child.kill('SIGTERM');
  await exited;
}

let run: Run;
let sandbox: string;
let letter = '';
const tools: string[] = [];

beforeAll(async () => {
  sandbox = mkdtempSync(join(tmpdir(), 'jobtrack-no-traces-'));
  run = await startBackend(sandbox);
  const headers = { 'X-Installation-Id': INSTALLATION };

  const checkout = CheckoutAnswer.parse(
    await (await fetch(`${run.base}/v1/checkout`, { method: 'POST', headers })).json(),
  );
  // The user pays on (the fake) Stripe's page, which redirects to our success page.
  const paid = await fetch(checkout.url, { method: 'POST', redirect: 'manual' });
  expect(paid.status).toBe(303);
  const state = SubscriptionAnswer.parse(
    await (await fetch(`${run.base}/v1/subscription?sessionId=${checkout.sessionId}`, { headers })).json(),
  );
  expect(state.pro).toBe(true);

  const body = {
    cvText: CV,
    jobText: JOB,
    jobTitle: 'Staff Engineer',
    company: JOB_MARKERS[0],
    language: 'en',
  };
  const response = await fetch(`${run.base}/v1/cover-letter`, {
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  letter = parseSse(await response.text())
    .filter((event) => event.event === 'delta')
    .map((event) => CoverLetterDelta.parse(event.data).text)
    .join('');

  // Interview prep and a supporting statement carry the same markers (criteria and evidence too).
  for (const [path, extra] of [
    ['/v1/interview-prep', { matchedSkills: ['Go'], missingSkills: [JOB_MARKERS[1]] }],
    [
      '/v1/supporting-statement',
      {
        wordLimit: 300,
        criteria: [{ text: `Knowledge of ${JOB_MARKERS[0]}`, kind: 'essential', evidence: CV }],
      },
    ],
  ] as const) {
    const answer = await fetch(`${run.base}${path}`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...body, ...extra }),
    });
    expect(answer.status).toBe(200);
    tools.push(await answer.text());
  }

  // The failure paths log too: a refused body and an invalid one carrying the same text.
  await fetch(`${run.base}/v1/cover-letter`, {
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...body, extra: CV }),
  });
  await fetch(`${run.base}/v1/cover-letter`, {
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'application/json' },
    body: `{"cvText": "${CV}"`,
  });
  await stopBackend(run);
}, 60_000);

afterAll(async () => {
  if (run) await stopBackend(run);
  if (sandbox) rmSync(sandbox, { recursive: true, force: true });
});

describe('the running backend leaves no traces', () => {
  it('also served interview prep and a statement', () => {
    expect(tools[0]).toContain('QUESTION (technical)');
    expect(tools[1]).toContain(`### Knowledge of ${JOB_MARKERS[0]}`);
  });

  it('served a whole letter on the fakes and said so in its first log line', () => {
    expect(letter).toContain('Dear Hiring Manager');
    expect(run.stdout.split('\n')[0]).toMatch(/using local fakes of Anthropic .* and Stripe/);
    expect(run.stdout).toMatch(/^POST \/v1\/cover-letter 200 \d+ms$/m);
  });

  it('logged none of the CV, the job text or the installation id', () => {
    const output = run.stdout + run.stderr;
    for (const marker of [...CV_MARKERS, ...JOB_MARKERS, INSTALLATION]) expect(output).not.toContain(marker);
  });

  it('wrote no files', () => {
    expect(run.stderr).not.toMatch(/FS-WRITE/);
    expect(readdirSync(join(sandbox, 'tmp'))).toEqual([]);
    expect(readdirSync(join(sandbox, 'home'))).toEqual([]);
  });

  it('the guard does catch a write (so its silence means something)', async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--import',
        guard,
        '--input-type=module',
        '-e',
        "import { writeFileSync } from 'node:fs'; writeFileSync(process.env.TARGET, 'x');",
      ],
      {
        cwd: root,
        env: { PATH: process.env.PATH, TSX_DISABLE_CACHE: '1', TARGET: join(sandbox, 'probe.txt') },
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    await new Promise((resolve) => child.once('exit', resolve));
    expect(stderr).toContain(`FS-WRITE writeFileSync ${join(sandbox, 'probe.txt')}`);
  }, 30_000);
});

describe('npm run backend with keys', () => {
  it('starts no fakes, says which services it uses, and sends the SDKs there', async () => {
    const { startFakeAnthropic } = await import('../../fakes/anthropic.js');
    const { startFakeStripe } = await import('../../fakes/stripe.js');
    const [anthropic, stripe] = await Promise.all([startFakeAnthropic(), startFakeStripe()]);
    const child = spawn(process.execPath, ['--import', 'tsx', 'backend/dev-server.ts'], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        PORT: '0',
        ANTHROPIC_API_KEY: 'sk-ant-from-env',
        ANTHROPIC_BASE_URL: anthropic.url,
        STRIPE_SECRET_KEY: 'sk_test_from_env',
        STRIPE_PRICE_ID: 'price_from_env',
        STRIPE_API_BASE: stripe.url,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    try {
      const base = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString('utf8');
          const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
          if (match?.[1]) resolve(match[1]);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}`)));
      });
      const firstLine = stdout.split('\n')[0] ?? '';
      expect(firstLine).not.toMatch(/fake/);
      expect(firstLine).toContain(`Anthropic at ${anthropic.url}`);
      expect(firstLine).toContain(`Stripe at ${stripe.url}`);
      const response = await fetch(`${base}/v1/subscription`, {
        headers: { 'X-Installation-Id': INSTALLATION },
      });
      expect(response.status).toBe(200);
      expect(stripe.requests.map((r) => r.path)).toContain('/v1/subscriptions/search');
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      await Promise.all([anthropic.close(), stripe.close()]);
    }
  }, 30_000);
});
