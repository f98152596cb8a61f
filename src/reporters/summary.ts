import type { LintResult, Severity } from '../engine/types';

export interface ReportSummary {
  files: number;
  problems: number;
  errors: number;
  warnings: number;
  info: number;
  style: number;
  /** Problems with a safe fix (`--fix`). */
  fixable: number;
  /** Problems whose fix is unsafe (`--fix-unsafe`). */
  fixableUnsafe: number;
}

const FIELD: Record<Severity, 'errors' | 'warnings' | 'info' | 'style'> = {
  error: 'errors',
  warning: 'warnings',
  info: 'info',
  style: 'style',
};

export function summarize(results: readonly LintResult[]): ReportSummary {
  const summary: ReportSummary = { files: results.length, problems: 0, errors: 0, warnings: 0, info: 0, style: 0, fixable: 0, fixableUnsafe: 0 };
  for (const result of results) {
    for (const d of result.diagnostics) {
      summary.problems++;
      summary[FIELD[d.severity]]++;
      if (d.fix?.kind === 'safe') summary.fixable++;
      else if (d.fix) summary.fixableUnsafe++;
    }
  }
  return summary;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `N problems (E errors, W warnings, I info, S style)`. */
export function summaryLine(s: ReportSummary): string {
  return `${plural(s.problems, 'problem')} (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${s.info} info, ${s.style} style)`;
}
