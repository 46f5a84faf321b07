import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Anthropic from '@anthropic-ai/sdk';
import { compileFunction } from '../unit/backend/compile-function.js';
import type { BenchRow } from './report';
import { median, quantile } from './stats';

/**
 * Backend figures, all on 127.0.0.1 against the local fakes (never a real service):
 * - first streamed byte through the proxy vs. the same SDK calling the fake directly;
 * - requests per second on GET /v1/subscription with a warm cache (a bounded loop);
 * - cold import of the Vercel function, compiled file by file as @vercel/node does.
 * The backend runs as its own process (`backend/dev-server.ts` on the fakes) so the load
 * loop here does not share its event loop. Run alone: `node --import tsx tests/bench/backend.ts`.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const INSTALLATION = '0d6f3e2a-1b4c-4d5e-8f70-9a1b2c3d4e5f';
const LETTER = {
  cvText: 'Backend engineer with six years of TypeScript, Node.js and payments systems.',
  jobText: 'We are hiring a senior backend engineer to own billing and subscriptions.',
  jobTitle: 'Senior Backend Engineer',
  company: 'Acme Robotics',
  language: 'en',
};

interface Backend {
  child: ChildProcess;
  base: string;
  anthropicUrl: string;
}

async function startBackend(): Promise<Backend> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'backend/dev-server.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      PORT: '0',
      RATE_LIMIT_IP_PER_MINUTE: '100000000',
      RATE_LIMIT_INSTALLATION_PER_MINUTE: '100000000',
      RATE_LIMIT_LETTERS_PER_HOUR: '100000000',
    },
    // The request log would cost the server time on a pipe nobody reads: drop it.
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (output.length > 10_000) return;
      output += chunk.toString('utf8');
      const base = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      const anthropicUrl = /Anthropic at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (base && anthropicUrl) resolve({ child, base, anthropicUrl });
    });
    child.once('exit', (code) => reject(new Error(`backend exited (${code})`)));
  });
}

async function stopBackend(backend: Backend): Promise<void> {
  const exited = new Promise((resolve) => backend.child.once('exit', resolve));
  backend.child.kill('SIGTERM');
  await exited;
}

async function subscribe(base: string): Promise<void> {
  const headers = { 'X-Installation-Id': INSTALLATION };
  const checkout = (await (await fetch(`${base}/v1/checkout`, { method: 'POST', headers })).json()) as {
    url: string;
    sessionId: string;
  };
  await fetch(checkout.url, { method: 'POST', redirect: 'manual' });
  const state = (await (
    await fetch(`${base}/v1/subscription?sessionId=${checkout.sessionId}`, { headers })
  ).json()) as { pro: boolean };
  if (!state.pro) throw new Error('bench: the checkout did not make the installation Pro');
}

/** Milliseconds from sending the letter request to the first `delta` event through the proxy. */
async function proxyFirstByte(base: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${base}/v1/cover-letter`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Installation-Id': INSTALLATION },
    body: JSON.stringify(LETTER),
  });
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let text = '';
  let elapsed = Number.NaN;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    if (Number.isNaN(elapsed) && text.includes('event: delta')) elapsed = performance.now() - started;
  }
  if (Number.isNaN(elapsed)) throw new Error(`bench: no delta from the proxy (${response.status})`);
  return elapsed;
}

/** The same, with the SDK calling the fake Anthropic directly (no proxy). */
async function directFirstByte(client: Anthropic): Promise<number> {
  const started = performance.now();
  const stream = await client.messages.create({
    model: 'claude-sonnet-5-5',
    max_tokens: 800,
    system: 'bench',
    messages: [{ role: 'user', content: JSON.stringify(LETTER) }],
    stream: true,
  });
  let elapsed = Number.NaN;
  for await (const event of stream) {
    if (Number.isNaN(elapsed) && event.type === 'content_block_delta') elapsed = performance.now() - started;
  }
  return elapsed;
}

/**
 * A bounded load loop: at most `total` requests and `maxSeconds`, `concurrency` at a time,
 * over keep-alive. Returns the rate and every request's latency.
 */
async function subscriptionLoad(
  base: string,
  total: number,
  concurrency: number,
  maxSeconds = 20,
): Promise<{ rate: number; latencies: number[] }> {
  let next = 0;
  let failures = 0;
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + maxSeconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total && performance.now() < deadline) {
        next++;
        const sent = performance.now();
        const response = await fetch(`${base}/v1/subscription`, {
          headers: { 'X-Installation-Id': INSTALLATION },
        });
        if (response.status !== 200) failures++;
        await response.arrayBuffer();
        latencies.push(performance.now() - sent);
      }
    }),
  );
  if (failures) throw new Error(`bench: ${failures} subscription requests failed`);
  return { rate: latencies.length / ((performance.now() - started) / 1000), latencies };
}

/** Milliseconds to import the compiled function in a fresh Node process, measured inside it. */
function coldImport(entry: string, cwd: string, withSdks = false): number {
  const script =
    'const t = performance.now();' +
    `await import(${JSON.stringify(entry)});` +
    (withSdks ? "await import('@anthropic-ai/sdk'); await import('stripe');" : '') +
    'process.stdout.write("IMPORT_MS " + (performance.now() - t));';
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd,
    env: { PATH: process.env.PATH },
    encoding: 'utf8',
  });
  return Number(/IMPORT_MS ([\d.]+)/.exec(output)?.[1]);
}

export interface BackendBenchOptions {
  letterRuns?: number;
  rpsRequests?: number;
  rpsConcurrency?: number;
  rpsRounds?: number;
  importRuns?: number;
}

export async function measureBackend(options: BackendBenchOptions = {}): Promise<BenchRow[]> {
  const letterRuns = options.letterRuns ?? 50;
  const rpsRequests = options.rpsRequests ?? 5_000;
  const rpsConcurrency = options.rpsConcurrency ?? 16;
  const rpsRounds = options.rpsRounds ?? 3;
  const importRuns = options.importRuns ?? 7;
  const rows: BenchRow[] = [];

  const backend = await startBackend();
  try {
    await subscribe(backend.base);
    const client = new Anthropic({ apiKey: 'sk-ant-bench', baseURL: backend.anthropicUrl, maxRetries: 0 });
    // Warm both paths (JIT, keep-alive sockets, the subscription cache).
    for (let i = 0; i < 5; i++) {
      await proxyFirstByte(backend.base);
      await directFirstByte(client);
    }
    const proxy: number[] = [];
    const direct: number[] = [];
    for (let i = 0; i < letterRuns; i++) {
      // Interleaved, so drift on a shared machine hits both alike.
      proxy.push(await proxyFirstByte(backend.base));
      direct.push(await directFirstByte(client));
    }
    const added = proxy.map((p, i) => p - (direct[i] ?? 0));
    rows.push(
      {
        suite: 'backend',
        metric: 'first streamed byte through the proxy (warm cache)',
        unit: 'ms',
        median: median(proxy),
        runs: letterRuns,
        extra: `p90 ${quantile(proxy, 0.9).toFixed(2)} ms`,
        baseline: { label: 'SDK → fake directly', median: median(direct) },
      },
      {
        suite: 'backend',
        metric: 'latency the proxy adds to the first byte',
        unit: 'ms',
        median: median(added),
        runs: letterRuns,
        extra: `p90 ${quantile(added, 0.9).toFixed(2)} ms`,
        budget: { limit: 10, better: 'lower' },
      },
    );

    await subscriptionLoad(backend.base, 500, rpsConcurrency); // warm-up
    const rates: number[] = [];
    const p99s: number[] = [];
    const p50s: number[] = [];
    for (let round = 0; round < rpsRounds; round++) {
      const { rate, latencies } = await subscriptionLoad(backend.base, rpsRequests, rpsConcurrency);
      rates.push(rate);
      p99s.push(quantile(latencies, 0.99));
      p50s.push(quantile(latencies, 0.5));
    }
    rows.push(
      {
        suite: 'backend',
        metric: `GET /v1/subscription, warm cache (${rpsRequests} req × ${rpsConcurrency} concurrent)`,
        unit: 'req/s',
        median: median(rates),
        runs: rpsRounds,
        note: 'one Node process serving, the load loop in another, 127.0.0.1',
      },
      {
        suite: 'backend',
        metric: `GET /v1/subscription p99 latency under that load`,
        unit: 'ms',
        median: median(p99s),
        runs: rpsRounds,
        extra: `p50 ${median(p50s).toFixed(2)} ms`,
      },
    );
  } finally {
    await stopBackend(backend);
  }

  const out = mkdtempSync(join(tmpdir(), 'jobtrack-bench-fn-'));
  try {
    const entry = compileFunction(out);
    const times = Array.from({ length: importRuns }, () => coldImport(entry, out));
    rows.push({
      suite: 'backend',
      metric: 'cold import of the Vercel function (compiled, plain Node)',
      unit: 'ms',
      median: median(times),
      runs: importRuns,
      extra: `min ${Math.min(...times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`,
      budget: { limit: 500, better: 'lower' },
      note: 'the SDKs load on first use, not here',
    });
    const withSdks = Array.from({ length: importRuns }, () => coldImport(entry, out, true));
    rows.push({
      suite: 'backend',
      metric: 'cold import + both SDKs (what a first Pro request on a cold instance adds)',
      unit: 'ms',
      median: median(withSdks),
      runs: importRuns,
    });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  return rows;
}

export const backendSuite = { name: 'backend', run: () => measureBackend() };

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { renderTable } = await import('./report');
  const rows = await measureBackend();
  console.log(renderTable(rows));
}
