import { sonarqubeReporter, type SonarIssue, type SonarRule } from '../../src/reporters/sonarqube';
import type { LintResult } from '../../src/engine/types';
import { context, diagnosticAt, latestTag, parseError, sampleResults, RULES } from './fixtures';

function reportOf(results: LintResult[], overrides = {}): { rules: SonarRule[]; issues: SonarIssue[] } {
  return JSON.parse(sonarqubeReporter(results, context(overrides))) as { rules: SonarRule[]; issues: SonarIssue[] };
}

describe('sonarqube reporter (generic issue import format)', () => {
  it('lists the rules that raised issues, then the issues with repository paths, 1-based lines and 0-based columns', () => {
    const report = reportOf(sampleResults());
    expect(report.rules).toEqual([
      { id: 'DF016', name: 'latest-tag', description: 'Base image pinned to the moving "latest" tag', engineId: 'dflint', cleanCodeAttribute: 'CONVENTIONAL', impacts: [{ softwareQuality: 'MAINTAINABILITY', severity: 'MEDIUM' }] },
      { id: 'DF020', name: 'legacy-env-format', description: 'ENV key value form', engineId: 'dflint', cleanCodeAttribute: 'FORMATTED', impacts: [{ softwareQuality: 'MAINTAINABILITY', severity: 'LOW' }] },
      { id: 'DF012', name: 'cd-in-run', description: 'cd in RUN; use WORKDIR', engineId: 'dflint', cleanCodeAttribute: 'CONVENTIONAL', impacts: [{ softwareQuality: 'MAINTAINABILITY', severity: 'LOW' }] },
    ]);
    expect(report.issues[0]).toEqual({
      ruleId: 'DF016',
      primaryLocation: { message: '"node:latest" uses the latest tag; pin a version', filePath: 'app/Dockerfile', textRange: { startLine: 1, endLine: 1, startColumn: 5, endColumn: 16 } },
    });
    expect(report.issues.map((i) => i.ruleId)).toEqual(['DF016', 'DF020', 'DF012']);
  });

  it('files security rules under security and errors under reliability, at the severity of this run', () => {
    const text = 'FROM node:latest\nHEALTHCHECK\n';
    const secure = { ...latestTag, id: 'DF210', name: 'secrets-in-arg-or-env', tags: ['security'] };
    const results = [
      {
        filePath: 'Dockerfile',
        text,
        diagnostics: [diagnosticAt(text, secure, 'node', 'a secret'), diagnosticAt(text, parseError, 'HEALTHCHECK', 'broken')],
      },
    ];
    const { rules } = reportOf(results, { rules: [...RULES, secure] });
    expect(rules.map((r) => [r.id, r.cleanCodeAttribute, r.impacts])).toEqual([
      ['DF210', 'TRUSTWORTHY', [{ softwareQuality: 'SECURITY', severity: 'MEDIUM' }]],
      ['DF000', 'LOGICAL', [{ softwareQuality: 'RELIABILITY', severity: 'HIGH' }]],
    ]);
  });

  it('gives a rule reported at two severities (two config files) a rule entry for each', () => {
    const text = 'FROM node:latest\n';
    const results = [
      { filePath: 'a/Dockerfile', text, diagnostics: [diagnosticAt(text, latestTag, 'node:latest', 'latest')] },
      { filePath: 'b/Dockerfile', text, diagnostics: [diagnosticAt(text, latestTag, 'node:latest', 'latest', { severity: 'error' })] },
    ];
    const report = reportOf(results);
    expect(report.rules.map((r) => [r.id, r.impacts[0].severity])).toEqual([
      ['DF016', 'MEDIUM'],
      ['DF016-error', 'HIGH'],
    ]);
    expect(report.issues.map((i) => i.ruleId)).toEqual(['DF016', 'DF016-error']);
  });

  it('leaves the columns out of an empty range, which SonarQube would refuse, and names ShellCheck rules', () => {
    const text = 'FROM alpine:3.20\nRUN echo $X\n';
    const at = text.indexOf('$X');
    const results: LintResult[] = [
      {
        filePath: 'Dockerfile',
        text,
        diagnostics: [
          { ...diagnosticAt(text, parseError, 'FROM', 'empty'), range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } },
          { ruleId: 'SC2086', ruleName: 'shellcheck', severity: 'info', message: 'Double quote', docsUrl: '', range: { start: { line: 2, column: 10, offset: at }, end: { line: 2, column: 12, offset: at + 2 } } },
        ],
      },
    ];
    const report = reportOf(results);
    expect(report.issues.map((i) => i.primaryLocation.textRange)).toEqual([
      { startLine: 1, endLine: 1 },
      { startLine: 2, endLine: 2, startColumn: 9, endColumn: 11 },
    ]);
    expect(report.rules[1]).toEqual(expect.objectContaining({ id: 'SC2086', name: 'shellcheck SC2086', description: 'ShellCheck SC2086: https://www.shellcheck.net/wiki/SC2086' }));
  });

  it('writes empty lists for a clean run, as pretty JSON', () => {
    expect(sonarqubeReporter([{ filePath: 'Dockerfile', text: 'FROM a:1\n', diagnostics: [] }], context())).toBe('{\n  "rules": [],\n  "issues": []\n}\n');
    const out = sonarqubeReporter(sampleResults(), context());
    expect(out).toBe(`${JSON.stringify(JSON.parse(out), null, 2)}\n`);
  });
});
