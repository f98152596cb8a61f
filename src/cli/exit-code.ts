import { SEVERITY_RANK, type LintResult, type Severity } from '../engine/types';
import { ExitCode } from './errors';

export type FailureThreshold = Severity | 'none';
export const FAILURE_THRESHOLDS: readonly FailureThreshold[] = ['error', 'warning', 'info', 'style', 'none'];

/**
 * 1 when a finding is at or above the threshold (one for the run, or per file from its config) (parse errors are findings of severity error),
 * or when there are more warnings than `maxWarnings`; otherwise 0.
 */
export function findingsExitCode(
  results: readonly LintResult[],
  threshold: FailureThreshold | ((result: LintResult) => FailureThreshold),
  maxWarnings: number | undefined,
): ExitCode {
  let warnings = 0;
  let failing = false;
  for (const result of results) {
    const t = typeof threshold === 'function' ? threshold(result) : threshold;
    const minRank = t === 'none' ? Infinity : SEVERITY_RANK[t];
    for (const d of result.diagnostics) {
      if (SEVERITY_RANK[d.severity] >= minRank) failing = true;
      if (d.severity === 'warning') warnings++;
    }
  }
  if (maxWarnings !== undefined && warnings > maxWarnings) failing = true;
  return failing ? ExitCode.Findings : ExitCode.Ok;
}
