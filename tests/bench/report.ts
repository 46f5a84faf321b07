/**
 * One line of the benchmark table: a median over repeated runs, the same run's baseline
 * where a comparison is the point, and the budget it is held to.
 */
export interface BenchRow {
  suite: string;
  metric: string;
  unit: 'ms' | 'bytes' | 'KiB' | 'MiB' | 'per s' | 'req/s' | '%' | 'count';
  median: number;
  runs: number;
  /** e.g. p99 for latency rows. */
  extra?: string;
  baseline?: { label: string; median: number };
  budget?: { limit: number; better: 'lower' | 'higher' };
  note?: string;
}

export type BudgetState = 'met' | 'missed' | '—';

export function budgetState(row: BenchRow): BudgetState {
  if (!row.budget) return '—';
  const { limit, better } = row.budget;
  return (better === 'lower' ? row.median <= limit : row.median >= limit) ? 'met' : 'missed';
}

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 100_000) return Math.round(value).toLocaleString('en-US');
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function ratio(row: BenchRow): string {
  if (!row.baseline || row.baseline.median === 0) return '';
  return `${(row.median / row.baseline.median).toFixed(2)}×`;
}

/** A Markdown table: readable in a terminal and pasteable into the README. */
export function renderTable(rows: readonly BenchRow[]): string {
  const withNotes = rows.some((row) => row.note);
  const header = ['suite', 'metric', 'median', 'baseline (same run)', 'ratio', 'budget', 'state', 'runs'];
  if (withNotes) header.push('note');
  const lines = rows.map((row) => [
    row.suite,
    row.metric + (row.extra ? ` (${row.extra})` : ''),
    `${formatNumber(row.median)} ${row.unit}`,
    row.baseline ? `${row.baseline.label}: ${formatNumber(row.baseline.median)} ${row.unit}` : '',
    ratio(row),
    row.budget
      ? `${row.budget.better === 'lower' ? '≤' : '≥'} ${formatNumber(row.budget.limit)} ${row.unit}`
      : '',
    budgetState(row),
    String(row.runs),
    ...(withNotes ? [row.note ?? ''] : []),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const format = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [format(header), format(widths.map((w) => '-'.repeat(w))), ...lines.map(format)].join('\n');
}
