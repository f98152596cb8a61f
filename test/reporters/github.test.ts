import { SourceText } from '../../src/ast/source';
import { annotationLevel, escapeData, escapeProperty, githubReporter } from '../../src/reporters/github';
import { context, diagnosticAt, latestTag, parseError, sampleResults } from './fixtures';

describe('github reporter (Actions workflow commands)', () => {
  it('writes one annotation per problem with the repository path, exact range and rule as title', () => {
    expect(githubReporter(sampleResults(), context()).split('\n')).toEqual([
      '::warning file=app/Dockerfile,line=1,endLine=1,col=6,endColumn=17,title=DF016/latest-tag::"node:latest" uses the latest tag; pin a version',
      '::notice file=app/Dockerfile,line=2,endLine=2,col=1,endColumn=24,title=DF020/legacy-env-format::Use ENV NODE_ENV=production',
      '::notice file=app/Dockerfile,line=3,endLine=3,col=5,endColumn=12,title=DF012/cd-in-run::Use WORKDIR instead of cd',
      '',
    ]);
  });

  it('maps severities on the three annotation levels', () => {
    expect(['error', 'warning', 'info', 'style', 'note'].map((s) => annotationLevel(s as 'error'))).toEqual(['error', 'warning', 'notice', 'notice', 'notice']);
  });

  it('writes nothing for a clean run', () => {
    expect(githubReporter([{ filePath: 'Dockerfile', text: 'FROM a:1\n', diagnostics: [] }], context())).toBe('');
  });

  it('escapes what would end the message or a property', () => {
    expect(escapeData('100% sure\r\nnext: a, b')).toBe('100%25 sure%0D%0Anext: a, b');
    expect(escapeProperty('dir:a,b/100%\n')).toBe('dir%3Aa%2Cb/100%25%0A');
    const text = 'FROM node:latest\n';
    const d = diagnosticAt(text, latestTag, 'node:latest', 'line one\nline two: 50%');
    const out = githubReporter([{ filePath: 'odd,dir/a:b/Dockerfile', text, diagnostics: [d] }], context());
    expect(out).toBe('::warning file=odd%2Cdir/a%3Ab/Dockerfile,line=1,endLine=1,col=6,endColumn=17,title=DF016/latest-tag::line one%0Aline two: 50%25\n');
  });

  it('names a file outside the repository by its absolute path', () => {
    const text = 'FROM node:latest\n';
    const d = diagnosticAt(text, latestTag, 'node:latest', 'latest');
    const out = githubReporter([{ filePath: '../elsewhere/Dockerfile', text, diagnostics: [d] }], context({ cwd: '/repo/sub', srcRoot: '/repo/sub' }));
    expect(out).toMatch(/^::warning file=\/repo\/elsewhere\/Dockerfile,line=1,/);
  });

  it('reports the run\'s notifications first, with a location when they have one', () => {
    const text = 'COPY\n';
    const range = new SourceText(text).rangeOf(0, 4);
    const out = githubReporter([{ filePath: 'Dockerfile', text, diagnostics: [diagnosticAt(text, parseError, 'COPY', 'COPY needs a source')] }], context({
      notifications: [
        { level: 'warning', message: '.hadolint.yaml: unknown rule code "DL9999" ignored' },
        { level: 'error', message: 'does not parse', filePath: 'Dockerfile', range, ruleId: 'DF000' },
      ],
    }));
    expect(out.split('\n')).toEqual([
      '::warning title=dflint::.hadolint.yaml: unknown rule code "DL9999" ignored',
      '::error file=Dockerfile,line=1,endLine=1,col=1,endColumn=5,title=dflint DF000::does not parse',
      '::error file=Dockerfile,line=1,endLine=1,col=1,endColumn=5,title=DF000/parse-error::COPY needs a source',
      '',
    ]);
  });
});
