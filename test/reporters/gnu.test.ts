import { gnuReporter } from '../../src/reporters/gnu';
import { context, diagnosticAt, parseError, sampleResults } from './fixtures';

describe('gnu reporter', () => {
  it('writes FILE:LINE:COLUMN: SEVERITY: MESSAGE [RULE], a line per problem, and nothing for a clean file', () => {
    expect(gnuReporter(sampleResults(), context())).toBe(
      [
        'app/Dockerfile:1:6: warning: "node:latest" uses the latest tag; pin a version [DF016/latest-tag]',
        'app/Dockerfile:2:1: style: Use ENV NODE_ENV=production [DF020/legacy-env-format]',
        'app/Dockerfile:3:5: info: Use WORKDIR instead of cd [DF012/cd-in-run]',
        '',
      ].join('\n'),
    );
  });

  it('keeps each problem on its line: control characters and line breaks are shown as symbols', () => {
    const text = 'FROM a:1\nLABEL x="\u001b[31m"\n';
    const d = diagnosticAt(text, parseError, '"\u001b[31m"', 'bad\nlabel \u001b[31m');
    const out = gnuReporter([{ filePath: 'a\u0007/Dockerfile', text, diagnostics: [d] }], context());
    expect(out).toBe('a\u2407/Dockerfile:2:9: error: bad\u240alabel \u241b[31m [DF000/parse-error]\n');
  });
});
