/** Smaller BuildKit behaviours that are easy to get wrong. */
import { at, codes, only, parse } from './helpers';

describe('edge cases', () => {
  it('drops an escape character that ends the whole argument of ENV', () => {
    const env = only('ENV A=b\\\\ C=d\\\\\\\\\n', 'Env');
    expect(env.pairs.map((p) => p.value!.value)).toEqual(['b\\\\', 'd\\\\\\\\']);
  });

  it('applies the backtick escape to ENV values in a backtick file', () => {
    const env = only('# escape=`\nENV P=C:\\dir A=x` y\n', 'Env');
    expect(env.pairs.map((p) => [p.key.value, p.unquoted])).toEqual([
      ['P', 'C:\\dir'],
      ['A', 'x y'],
    ]);
  });

  it('drops a trailing lone -- and keeps flags before it', () => {
    const copy = only('COPY --link --\n', 'Copy');
    expect(copy.flags.map((f) => f.name)).toEqual(['link']);
    expect(copy.args).toBeNull();
  });

  it('reads a word that starts with -- after the first argument as an argument', () => {
    const run = only('RUN echo --version\n', 'Run');
    expect(run.flags).toEqual([]);
    expect(run.command).toMatchObject({ value: 'echo --version' });
  });

  it('keeps the check directive', () => {
    const ast = parse('# check=skip=JSONArgsRecommended;error=true\nFROM a\n');
    expect(ast.directives.map((d) => [d.name, d.value])).toEqual([['check', 'skip=JSONArgsRecommended;error=true']]);
  });

  it('reads a heredoc even when the marker line continues', () => {
    const run = only('RUN <<EOF \\\n  bash\necho hi\nEOF\n', 'Run');
    expect(run.command).toMatchObject({ value: '<<EOF   bash' });
    expect(run.heredocs.map((h) => [h.body, at(h.bodyRange)])).toEqual([['echo hi\n', '3:1-3:8']]);
  });

  it('gives an empty body an empty range at the terminator', () => {
    const h = only('RUN <<EOF\nEOF\n', 'Run').heredocs[0];
    expect([h.body, at(h.bodyRange), at(h.terminatorRange)]).toEqual(['', '2:1-2:1', '2:1-2:4']);
  });

  it('does not treat a comment that ends in the escape character as a continuation', () => {
    const ast = parse('FROM a\n# note \\\nRUN x\n');
    expect(ast.instructions.map((n) => n.keyword)).toEqual(['FROM', 'RUN']);
  });

  it('reports FROM AS without a name', () => {
    expect(codes('FROM a AS\n')).toEqual(['invalid-syntax']);
  });

  it('reads exec-form ENTRYPOINT and CMD with escapes decoded', () => {
    const ep = only('ENTRYPOINT ["/bin/sh", "-c", "echo \\"$0\\""]\n', 'Entrypoint');
    expect(ep.command!.type === 'ExecForm' && ep.command!.args.map((a) => a.value)).toEqual(['/bin/sh', '-c', 'echo "$0"']);
  });
});
