import { textReporter } from '../../src/reporters/text';
import { context, diagnosticAt, latestTag, parseError, sampleResults } from './fixtures';

describe('text reporter', () => {
  it('groups by file with line:column, severity, message, id/name and a summary line', () => {
    expect(textReporter(sampleResults(), context())).toBe(
      [
        'app/Dockerfile',
        '  1:6  warning  "node:latest" uses the latest tag; pin a version  DF016/latest-tag',
        '  2:1  style    Use ENV NODE_ENV=production  DF020/legacy-env-format',
        '  3:5  info     Use WORKDIR instead of cd  DF012/cd-in-run',
        '',
        '3 problems (0 errors, 1 warning, 1 info, 1 style)',
        '1 fixable with --fix.',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing when there is nothing to report', () => {
    expect(textReporter([{ filePath: 'Dockerfile', text: 'FROM a:1\n', diagnostics: [] }], context())).toBe('');
  });

  it('colours severities only when asked', () => {
    const colored = textReporter(sampleResults(), context({ color: true }));
    expect(colored).toContain('\u001b[33mwarning\u001b[39m');
    expect(colored).toContain('\u001b[4mapp/Dockerfile\u001b[24m');
    expect(textReporter(sampleResults(), context())).not.toContain('\u001b[');
  });

  it('shows a code frame under each problem with --code-frame', () => {
    const out = textReporter(sampleResults(), context({ codeFrame: true }));
    expect(out).toContain(['  1:6  warning  "node:latest" uses the latest tag; pin a version  DF016/latest-tag', '    > 1 | FROM node:latest', '        |      ^^^^^^^^^^^'].join('\n'));
    expect(out).toContain(['    > 3 | RUN cd /app && npm ci', '        |     ^^^^^^^'].join('\n'));
  });

  it('frames multi-line ranges line by line', () => {
    const text = 'FROM a:1\nRUN echo a \\\n  && echo b\n';
    const d = diagnosticAt(text, parseError, 'RUN echo a \\\n  && echo b', 'broken');
    const out = textReporter([{ filePath: 'Dockerfile', text, diagnostics: [d] }], context({ codeFrame: true }));
    expect(out).toContain(['    > 2 | RUN echo a \\', '        | ^^^^^^^^^^^^', '    > 3 |   && echo b', '        | ^^^^^^^^^^^'].join('\n'));
  });

  it('counts errors and pluralises the summary', () => {
    const text = 'FROM node:latest\n';
    const results = [
      { filePath: 'a', text, diagnostics: [diagnosticAt(text, latestTag, 'node:latest', 'latest', { severity: 'error' })] },
      { filePath: 'b', text, diagnostics: [diagnosticAt(text, latestTag, 'node:latest', 'latest', { severity: 'error' })] },
    ];
    const out = textReporter(results, context());
    expect(out.endsWith('\n2 problems (2 errors, 0 warnings, 0 info, 0 style)\n')).toBe(true);
    expect(out.split('\n')[0]).toBe('a');
  });
});
