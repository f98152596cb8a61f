import { shouldUseColor } from '../../src/cli/color';
import { findingsExitCode } from '../../src/cli/exit-code';
import { unifiedDiff } from '../../src/cli/unified-diff';
import type { LintResult, Severity } from '../../src/engine/types';

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('Dockerfile', 'FROM a\n', 'FROM a\n')).toBe('');
  });

  it('writes hunks with three lines of context, deletions before additions', () => {
    const before = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', ''].join('\n');
    const after = ['1', 'two', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12!', ''].join('\n');
    expect(unifiedDiff('Dockerfile', before, after)).toBe(
      ['--- a/Dockerfile', '+++ b/Dockerfile', '@@ -1,5 +1,5 @@', ' 1', '-2', '+two', ' 3', ' 4', ' 5', '@@ -9,4 +9,4 @@', ' 9', ' 10', ' 11', '-12', '+12!', ''].join('\n'),
    );
  });

  it('merges changes whose contexts touch into one hunk', () => {
    const diff = unifiedDiff('f', 'a\nb\nc\nd\ne\nf\ng\n', 'A\nb\nc\nd\ne\nf\nG\n');
    expect(diff.match(/^@@/gm)).toHaveLength(1);
    expect(diff).toContain('@@ -1,7 +1,7 @@');
  });

  it('marks a missing final newline and names absolute paths like git', () => {
    expect(unifiedDiff('/tmp/x/Dockerfile', 'FROM a\n', 'FROM b')).toBe(
      ['--- a/tmp/x/Dockerfile', '+++ b/tmp/x/Dockerfile', '@@ -1,1 +1,1 @@', '-FROM a', '+FROM b', '\\ No newline at end of file', ''].join('\n'),
    );
  });

  it('handles insertions into an empty text', () => {
    expect(unifiedDiff('f', '', 'x\n')).toBe(['--- a/f', '+++ b/f', '@@ -0,0 +1,1 @@', '+x', ''].join('\n'));
  });
});

describe('shouldUseColor', () => {
  it.each([
    [undefined, {}, true, true],
    [undefined, {}, false, false],
    [false, { FORCE_COLOR: '1' }, true, false],
    [true, { NO_COLOR: '1' }, false, true],
    [undefined, { NO_COLOR: '1' }, true, false],
    [undefined, { NO_COLOR: '' }, true, true],
    [undefined, { FORCE_COLOR: '1', NO_COLOR: '1' }, false, true],
    [undefined, { FORCE_COLOR: '0' }, true, false],
    [undefined, { FORCE_COLOR: '' }, false, true],
  ])('flag %p, env %p, tty %p → %p', (flag, env, tty, expected) => {
    expect(shouldUseColor(flag as boolean | undefined, env as NodeJS.ProcessEnv, tty as boolean)).toBe(expected);
  });
});

describe('findingsExitCode', () => {
  const result = (...severities: Severity[]): LintResult => ({
    filePath: 'Dockerfile',
    text: '',
    diagnostics: severities.map((severity) => ({
      ruleId: 'DF016',
      ruleName: 'latest-tag',
      severity,
      message: 'm',
      docsUrl: 'https://example.com',
      range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } },
    })),
  });

  it('compares the worst finding with the threshold', () => {
    expect(findingsExitCode([result('info', 'style')], 'warning', undefined)).toBe(0);
    expect(findingsExitCode([result('info', 'warning')], 'warning', undefined)).toBe(1);
    expect(findingsExitCode([result('style')], 'style', undefined)).toBe(1);
    expect(findingsExitCode([result('error')], 'none', undefined)).toBe(0);
  });

  it('counts warnings against --max-warnings', () => {
    expect(findingsExitCode([result('warning'), result('warning')], 'error', 1)).toBe(1);
    expect(findingsExitCode([result('warning'), result('warning')], 'error', 2)).toBe(0);
  });

  it('takes a threshold per result', () => {
    const strict = result('info');
    const lax = result('warning');
    expect(findingsExitCode([strict, lax], (r) => (r === strict ? 'info' : 'error'), undefined)).toBe(1);
    expect(findingsExitCode([strict, lax], (r) => (r === strict ? 'warning' : 'error'), undefined)).toBe(0);
  });
});
