import { codeQualitySeverity, gitlabReporter, type CodeQualityIssue } from '../../src/reporters/gitlab';
import type { LintResult } from '../../src/engine/types';
import { cdInRun, context, diagnosticAt, latestTag, sampleResults } from './fixtures';

function issuesOf(results: LintResult[], overrides = {}): CodeQualityIssue[] {
  return JSON.parse(gitlabReporter(results, context(overrides))) as CodeQualityIssue[];
}

describe('gitlab reporter (code quality report)', () => {
  it('writes one issue per problem with check name, severity, repository path and exact positions', () => {
    const issues = issuesOf(sampleResults());
    expect(issues).toHaveLength(3);
    expect(issues[0]).toEqual({
      type: 'issue',
      check_name: 'DF016/latest-tag',
      description: '"node:latest" uses the latest tag; pin a version',
      severity: 'major',
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
      location: { path: 'app/Dockerfile', positions: { begin: { line: 1, column: 6 }, end: { line: 1, column: 17 } } },
    });
    expect(issues.map((i) => [i.check_name, i.severity])).toEqual([
      ['DF016/latest-tag', 'major'],
      ['DF020/legacy-env-format', 'info'],
      ['DF012/cd-in-run', 'minor'],
    ]);
  });

  it('maps the four severities on GitLab\'s scale', () => {
    expect((['error', 'warning', 'info', 'style'] as const).map(codeQualitySeverity)).toEqual(['blocker', 'major', 'minor', 'info']);
  });

  it('writes an empty array for a clean run, as pretty JSON', () => {
    expect(gitlabReporter([{ filePath: 'Dockerfile', text: 'FROM a:1\n', diagnostics: [] }], context())).toBe('[]\n');
    const out = gitlabReporter(sampleResults(), context());
    expect(out).toBe(`${JSON.stringify(JSON.parse(out), null, 2)}\n`);
  });

  it('gives fingerprints unique across files and stable when unrelated lines move', () => {
    const text = 'FROM node:latest\nRUN cd /x && make\nRUN cd /x && make\n';
    const moved = `# a comment\n${text}`;
    const diagnostics = (t: string) => [
      diagnosticAt(t, latestTag, 'node:latest', 'latest'),
      diagnosticAt(t, cdInRun, 'cd /x', 'cd'),
      diagnosticAt(t, cdInRun, 'cd /x', 'cd', { occurrence: 1 }),
    ];
    const before = issuesOf([
      { filePath: 'a/Dockerfile', text, diagnostics: diagnostics(text) },
      { filePath: 'b/Dockerfile', text, diagnostics: diagnostics(text) },
    ]).map((i) => i.fingerprint);
    expect(new Set(before).size).toBe(6);
    const after = issuesOf([{ filePath: 'a/Dockerfile', text: moved, diagnostics: diagnostics(moved) }]).map((i) => i.fingerprint);
    expect(after).toEqual(before.slice(0, 3));
  });

  it('names a file outside the repository by its absolute path', () => {
    const text = 'FROM node:latest\n';
    const issues = issuesOf([{ filePath: '../other/Dockerfile', text, diagnostics: [diagnosticAt(text, latestTag, 'node:latest', 'latest')] }], { cwd: '/repo/app', srcRoot: '/repo/app' });
    expect(issues[0].location.path).toBe('/repo/other/Dockerfile');
  });
});
