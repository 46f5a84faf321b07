import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { type BenchRow, budgetState, renderTable } from './report';
import { suites } from './suites';

/**
 * `npm run bench [-- --json FILE] [-- --only suite,suite]`: runs every suite in turn and
 * prints one table of medians, each beside its same-run baseline and its budget. The
 * benchmark reports; nothing here fails a build on a number.
 */
const { values } = parseArgs({
  options: { json: { type: 'string' }, only: { type: 'string' } },
  allowPositionals: false,
});
const only = values.only?.split(',').map((s) => s.trim());

const rows: BenchRow[] = [];
const failures: { suite: string; error: string }[] = [];
for (const suite of suites) {
  if (only && !only.includes(suite.name)) continue;
  process.stderr.write(`bench: ${suite.name}…\n`);
  const started = performance.now();
  try {
    rows.push(...(await suite.run()));
  } catch (error) {
    failures.push({ suite: suite.name, error: (error as Error).stack ?? String(error) });
  }
  process.stderr.write(
    `bench: ${suite.name} done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
}

const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
console.log(`\nJobTrack benchmarks — ${new Date().toISOString().slice(0, 10)} — ${machine}\n`);
console.log(renderTable(rows));
const missed = rows.filter((row) => budgetState(row) === 'missed');
console.log(
  `\n${rows.length} figures, ${rows.filter((r) => r.budget).length} with budgets, ${missed.length} missed.`,
);
for (const failure of failures) console.log(`\nsuite ${failure.suite} failed:\n${failure.error}`);

if (values.json) {
  writeFileSync(
    values.json,
    `${JSON.stringify({ date: new Date().toISOString(), machine, rows, failures }, null, 2)}\n`,
  );
  console.log(`Wrote ${values.json}`);
}
process.exitCode = failures.length ? 1 : 0;
