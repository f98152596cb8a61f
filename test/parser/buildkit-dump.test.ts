/** The BuildKit dump used by the conformance test, checked on its own. */
import { dumpBuildkit, goQuote } from '../../src/parser/buildkit-dump';
import { parse } from './helpers';

describe('goQuote', () => {
  it('quotes like Go strconv.Quote', () => {
    expect(goQuote('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(goQuote('\n\t\r\u0007\u0000\u007f')).toBe('"\\n\\t\\r\\a\\x00\\x7f"');
    expect(goQuote('♥ é')).toBe('"♥ é"');
    expect(goQuote('\u00ad\ufeff')).toBe('"\\u00ad\\ufeff"');
  });
});

describe('dumpBuildkit', () => {
  it('writes flags, nested ONBUILD triggers and per-instruction arguments', () => {
    const ast = parse(
      [
        'FROM --platform=linux/arm64 a AS b',
        'ONBUILD RUN --mount=type=cache,target=/x echo "hi"',
        'ENV A=1 B="x"',
        'ENV LEGACY some value',
        'ARG X="1 2" Y',
        'HEALTHCHECK --retries=3 CMD ["true"]',
        'COPY --from=b -- a b',
        'EXPOSE 80 443',
        'UNKNOWN thing',
        'CMD',
      ].join('\n'),
    );
    expect(dumpBuildkit(ast)).toBe(
      [
        '(from ["--platform=linux/arm64"] "a" "AS" "b")',
        '(onbuild (run ["--mount=type=cache,target=/x"] "echo \\"hi\\""))',
        '(env "A" "1" "=" "B" "\\"x\\"" "=")',
        '(env "LEGACY" "some value" "")',
        '(arg "X=\\"1 2\\"" "Y")',
        '(healthcheck ["--retries=3"] "CMD" "true")',
        '(copy ["--from=b"] "a" "b")',
        '(expose "80" "443")',
        '(unknown)',
        '(cmd)',
        '',
      ].join('\n'),
    );
  });
});
