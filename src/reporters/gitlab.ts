import { SourceText } from '../ast/source';
import type { Severity } from '../engine/types';
import { fingerprints, shortHash } from './fingerprint';
import { prettyJsonChunks, STREAMED_ARRAY } from './json-chunks';
import { reportedPath } from './repository-path';
import { joinChunks, type ChunkedReporter, type Reporter } from './types';

/**
 * GitLab's code quality report (`artifacts: reports: codequality`), the subset of the Code Climate
 * issue format GitLab reads: merge requests then show the problems a change adds or fixes.
 */
export interface CodeQualityIssue {
  type: 'issue';
  check_name: string;
  description: string;
  severity: CodeQualitySeverity;
  /** Unique within the report and stable across runs: GitLab matches issues between runs by it. */
  fingerprint: string;
  location: {
    path: string;
    positions: { begin: { line: number; column: number }; end: { line: number; column: number } };
  };
}

export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

/** dflint's four severities on GitLab's five: an error (a build that fails or misbehaves) blocks. */
export function codeQualitySeverity(severity: Severity): CodeQualitySeverity {
  switch (severity) {
    case 'error':
      return 'blocker';
    case 'warning':
      return 'major';
    case 'info':
      return 'minor';
    case 'style':
      return 'info';
  }
}

/**
 * The per-file fingerprints SARIF uses (rule, flagged text, occurrence: stable when unrelated
 * lines move), made unique across the report by hashing in the file's path.
 */
function reportFingerprint(path: string, fileFingerprint: string): string {
  return shortHash(path, fileFingerprint);
}

function* issues(results: Parameters<Reporter>[0], ctx: Parameters<Reporter>[1]): Generator<CodeQualityIssue> {
  for (const result of results) {
    if (result.diagnostics.length === 0) continue;
    const path = reportedPath(result.filePath, ctx);
    const prints = fingerprints(result.diagnostics, new SourceText(result.text));
    for (let i = 0; i < result.diagnostics.length; i++) {
      const d = result.diagnostics[i];
      const { start, end } = d.range;
      yield {
        type: 'issue',
        check_name: `${d.ruleId}/${d.ruleName}`,
        description: d.message,
        severity: codeQualitySeverity(d.severity),
        fingerprint: reportFingerprint(path, prints[i]),
        location: { path, positions: { begin: { line: start.line, column: start.column }, end: { line: end.line, column: end.column } } },
      };
    }
  }
}

/** A JSON array of issues, pretty-printed, in pieces (`[]` when clean: GitLab wants a valid file). */
export const gitlabReportChunks: ChunkedReporter = function* (results, ctx) {
  yield* prettyJsonChunks(STREAMED_ARRAY, issues(results, ctx));
  yield '\n';
};

/** The same as one string. */
export const gitlabReporter: Reporter = joinChunks(gitlabReportChunks);
