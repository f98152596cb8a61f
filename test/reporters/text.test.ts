import { printable } from '../../src/reporters/printable';
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

  it('shows a long line around what is flagged, not whole', () => {
    const long = `RUN echo ${'x'.repeat(3000)} && cd /app && ${'y'.repeat(3000)}\n`;
    const text = `FROM a:1\n${long}`;
    const d = diagnosticAt(text, parseError, 'cd', 'cd here');
    const out = textReporter([{ filePath: 'Dockerfile', text, diagnostics: [d] }], context({ codeFrame: true }));
    const [frame, marker] = out.split('\n').filter((l) => l.startsWith('    >') || l.startsWith('      '));
    expect(frame).toBe(`    > 2 | …${'x'.repeat(36)} && cd /app && ${'y'.repeat(160 - 40 - 11)}…`);
    expect(marker.indexOf('^')).toBe(frame.indexOf(' cd /app') + 1);
    expect(marker.endsWith('^^')).toBe(true);
    expect(marker.length - marker.indexOf('^')).toBe(2);
    // Near the start of a long line the window starts at the line's start; a marker running past the window ends with it.
    const early = diagnosticAt(text, parseError, `echo ${'x'.repeat(3000)}`, 'long word');
    const lines = textReporter([{ filePath: 'Dockerfile', text, diagnostics: [early] }], context({ codeFrame: true })).split('\n');
    const at = lines.findIndex((l) => l.startsWith('    > 2 |'));
    expect(lines[at]).toBe(`    > 2 | RUN echo ${'x'.repeat(151)}…`);
    expect(lines[at + 1]).toBe(`        |     ${'^'.repeat(156)}`);
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

  it('shows control characters in names, messages and code frames instead of sending them to the terminal', () => {
    // An escape sequence that would turn the terminal red, a NUL, and a right-to-left override.
    const text = 'FROM a:1\nLABEL x="\u001b[31mred\u0000"\nRUN echo \u202egnp.exe\n';
    const d1 = diagnosticAt(text, parseError, '"\u001b[31mred\u0000"', 'bad label "\u001b[31mred\u0000"');
    const d2 = diagnosticAt(text, parseError, '\u202egnp.exe', 'odd word');
    const out = textReporter([{ filePath: 'evil\u001b]0;x\u0007/Dockerfile', text, diagnostics: [d1, d2] }], context({ codeFrame: true }));
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u202e]/);
    expect(out).toContain('evil\u241b]0;x\u2407/Dockerfile');
    expect(out).toContain('bad label "\u241b[31mred\u2400"');
    // One character for one: the markers stay under what they flag.
    expect(out).toContain(['    > 2 | LABEL x="\u241b[31mred\u2400"', '        |         ^^^^^^^^^^^'].join('\n'));
    expect(out).toContain(['    > 3 | RUN echo \ufffdgnp.exe', '        |          ^^^^^^^^'].join('\n'));
  });
});

describe('printable', () => {
  it('maps C0 controls (but tab) to control pictures, DEL to \u2421, C1 controls and bidi marks to U+FFFD, and leaves the rest', () => {
    expect(printable('a\tb')).toBe('a\tb');
    expect(printable('\u0000\u0001\n\r\u001b\u001f')).toBe('\u2400\u2401\u240a\u240d\u241b\u241f');
    expect(printable('\u007f\u0080\u009f\u200e\u200f\u202a\u202e\u2066\u2069')).toBe('\u2421' + '\ufffd'.repeat(8));
    expect(printable('caf\u00e9 \u2192 \ud83d\udc33 \u00a0')).toBe('caf\u00e9 \u2192 \ud83d\udc33 \u00a0');
    const plain = 'nothing to change';
    expect(printable(plain)).toBe(plain);
  });
});
