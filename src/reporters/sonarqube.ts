import type { Severity } from '../engine/types';
import { prettyJsonChunks, STREAMED_ARRAY } from './json-chunks';
import { reportedPath } from './repository-path';
import { isSecurityRule, joinChunks, type ChunkedReporter, type Reporter, type RuleInfo } from './types';

/**
 * SonarQube's generic issue import format (SonarQube Server 10.3 and later, SonarQube Cloud), which
 * `sonar.externalIssuesReportPaths` reads: the rules that raised issues, then the issues. hadolint
 * users know it as `-f sonarqube`.
 */

type SoftwareQuality = 'SECURITY' | 'RELIABILITY' | 'MAINTAINABILITY';
type ImpactSeverity = 'HIGH' | 'MEDIUM' | 'LOW';
type CleanCodeAttribute = 'TRUSTWORTHY' | 'LOGICAL' | 'CONVENTIONAL' | 'FORMATTED';

export interface SonarRule {
  id: string;
  name: string;
  description: string;
  engineId: 'dflint';
  cleanCodeAttribute: CleanCodeAttribute;
  impacts: { softwareQuality: SoftwareQuality; severity: ImpactSeverity }[];
}

export interface SonarIssue {
  ruleId: string;
  primaryLocation: {
    message: string;
    filePath: string;
    /** Lines 1-based, columns 0-based; columns are left out for an empty range (SonarQube refuses one). */
    textRange: { startLine: number; endLine: number; startColumn?: number; endColumn?: number };
  };
}

const IMPACT_SEVERITY: Record<Severity, ImpactSeverity> = { error: 'HIGH', warning: 'MEDIUM', info: 'LOW', style: 'LOW' };

/**
 * Where a rule's issues count in SonarQube: rules tagged `security` under security, errors (a build
 * that fails or misbehaves) under reliability, the rest under maintainability. The impact's
 * severity is the rule's severity in this run, so a config that raises a rule raises it there too.
 */
export function sonarRule(id: string, rule: RuleInfo | undefined, severity: Severity): SonarRule {
  const security = isSecurityRule(rule);
  const softwareQuality: SoftwareQuality = security ? 'SECURITY' : severity === 'error' ? 'RELIABILITY' : 'MAINTAINABILITY';
  const cleanCodeAttribute: CleanCodeAttribute = security ? 'TRUSTWORTHY' : severity === 'error' ? 'LOGICAL' : severity === 'style' ? 'FORMATTED' : 'CONVENTIONAL';
  return {
    id,
    name: rule ? rule.name : `shellcheck ${id}`,
    description: rule ? rule.summary : `ShellCheck ${id}: https://www.shellcheck.net/wiki/${id}`,
    engineId: 'dflint',
    cleanCodeAttribute,
    impacts: [{ softwareQuality, severity: IMPACT_SEVERITY[severity] }],
  };
}

function* issues(results: Parameters<Reporter>[0], ctx: Parameters<Reporter>[1], ids: ReadonlyMap<string, string>): Generator<SonarIssue> {
  for (const result of results) {
    const filePath = reportedPath(result.filePath, ctx);
    for (const d of result.diagnostics) {
      const { start, end } = d.range;
      const empty = start.offset === end.offset;
      yield {
        ruleId: ids.get(`${d.ruleId}\u0000${d.severity}`) ?? d.ruleId,
        primaryLocation: {
          message: d.message,
          filePath,
          textRange: empty ? { startLine: start.line, endLine: end.line } : { startLine: start.line, endLine: end.line, startColumn: start.column - 1, endColumn: end.column - 1 },
        },
      };
    }
  }
}

export const sonarqubeReportChunks: ChunkedReporter = function* (results, ctx) {
  const infos = new Map(ctx.rules.map((r) => [r.id, r]));
  // A rule reported at two severities (configs differ between directories) gets an entry for each.
  const rules: SonarRule[] = [];
  const ids = new Map<string, string>();
  for (const result of results) {
    for (const d of result.diagnostics) {
      const key = `${d.ruleId}\u0000${d.severity}`;
      if (ids.has(key)) continue;
      const taken = rules.some((r) => r.id === d.ruleId);
      const id = taken ? `${d.ruleId}-${d.severity}` : d.ruleId;
      ids.set(key, id);
      rules.push(sonarRule(id, infos.get(d.ruleId), d.severity));
    }
  }
  yield* prettyJsonChunks({ rules, issues: STREAMED_ARRAY }, issues(results, ctx, ids));
  yield '\n';
};

/** The same as one string. */
export const sonarqubeReporter: Reporter = joinChunks(sonarqubeReportChunks);
