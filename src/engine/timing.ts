/**
 * `DFLINT_TIMING=1` (or a number of rows): where a run spends its time, per phase (parsing, the
 * semantic model, the shell grammar) and per rule (create, handlers, onEnd), printed to stderr at
 * exit, like ESLint's TIMING. Off, it costs one boolean test per rule call.
 */

const rows = timingRows(process.env.DFLINT_TIMING);

/** Whether timing is on for this process. */
export const TIMING_ENABLED = rows > 0;

const totals = new Map<string, number>();

function timingRows(value: string | undefined): number {
  if (!value || value === '0' || value === 'false') return 0;
  const n = Number(value);
  return Number.isInteger(n) && n > 1 ? n : 15;
}

/** Adds `ms` to the bucket `label` (a rule id or a phase in parentheses). */
export function addTime(label: string, ms: number): void {
  totals.set(label, (totals.get(label) ?? 0) + ms);
}

/** Runs `work`, adding its time to `label` when timing is on. */
export function timed<T>(label: string, work: () => T): T {
  if (!TIMING_ENABLED) return work();
  const start = performance.now();
  try {
    return work();
  } finally {
    addTime(label, performance.now() - start);
  }
}

/** The table printed at exit: the slowest buckets first, with their share of the measured total. */
export function timingTable(limit = rows): string {
  const sorted = [...totals].sort((a, b) => b[1] - a[1]);
  const total = sorted.reduce((sum, [, ms]) => sum + ms, 0) || 1;
  const lines = [`${'Rule or phase'.padEnd(34)} | ${'Time (ms)'.padStart(10)} | Relative`];
  for (const [label, ms] of sorted.slice(0, limit)) {
    lines.push(`${label.padEnd(34)} | ${ms.toFixed(1).padStart(10)} | ${((100 * ms) / total).toFixed(1).padStart(7)}%`);
  }
  return `${lines.join('\n')}\n`;
}

if (TIMING_ENABLED) process.once('exit', () => process.stderr.write(timingTable()));
