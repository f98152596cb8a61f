/** `dflint parse` output (astToJson) must match schemas/ast.schema.json for every kind of node. */
import Ajv from 'ajv';
import schema from '../../schemas/ast.schema.json';
import { parseDockerfile } from '../../src/parser';
import { astToJson } from '../../src/parser/json';

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const validate = ajv.compile(schema);

function check(text: string) {
  const json = astToJson(parseDockerfile(text).ast);
  const ok = validate(JSON.parse(JSON.stringify(json)));
  if (!ok) throw new Error(ajv.errorsText(validate.errors, { separator: '\n' }));
  return json;
}

const everything = [
  '# syntax=docker/dockerfile:1',
  '# escape=\\',
  'ARG BASE=alpine:3.20 OTHER="a b"',
  'FROM --platform=$BUILDPLATFORM registry.example.com:5000/team/app:1.2@sha256:abc AS build',
  '# a comment',
  'RUN --mount=type=cache,target=/root/.cache \\',
  '  # inside',
  '',
  '  apk add curl',
  'RUN ["echo", "hi"]',
  "RUN ['echo', 'single']",
  'RUN <<EOF',
  'echo body',
  'EOF',
  'CMD ["a"]',
  'ENTRYPOINT exec app',
  'SHELL ["/bin/bash", "-c"]',
  'COPY --from=build --chown=1:1 a b /dst/',
  'ADD ["x", "/y"]',
  'COPY <<-"EOT" 3<<X /etc/',
  '\tfile',
  '\tEOT',
  'x',
  'X',
  'WORKDIR /app',
  'ENV A=1 B="two words"',
  'ENV LEGACY value here',
  'LABEL org.opencontainers.image.title="t"',
  'EXPOSE 80 443/tcp 8000-8010/udp $PORT',
  'USER app:app',
  'VOLUME ["/data"]',
  'VOLUME /a /b',
  'STOPSIGNAL SIGTERM',
  'HEALTHCHECK --interval=5s CMD curl -f http://localhost/',
  'HEALTHCHECK NONE',
  'ONBUILD RUN echo trigger',
  'MAINTAINER someone',
  'FOO bar',
  'CMD [1]',
  'RUN <<EOF',
  'never closed',
].join('\n');

describe('schemas/ast.schema.json', () => {
  it('describes a file that uses every instruction and node kind', () => {
    const json = check(everything);
    expect(json.instructions).toHaveLength(28);
    const types = new Set(json.instructions.map((n) => (n as { type: string }).type));
    expect(types.size).toBe(19);
    expect(json.diagnostics.length).toBeGreaterThan(0);
  });

  it.each([
    ['an empty file', ''],
    ['a comment-only file', '# only\n'],
    ['CRLF with a BOM', '\uFEFFFROM a\r\nRUN b\r\n'],
    ['a backtick escape', '# escape=`\nFROM a\nRUN b `\n  c\n'],
    ['an unterminated JSON array', 'CMD ["a", "b"\n'],
  ])('describes %s', (_name, text) => {
    expect(() => check(text)).not.toThrow();
  });

  it('keeps the documented top-level fields and instruction basics', () => {
    const json = check('FROM a\nONBUILD RUN b\n');
    expect(Object.keys(json)).toEqual(['type', 'escapeChar', 'bom', 'eol', 'range', 'directives', 'comments', 'instructions', 'emptyContinuationLines', 'diagnostics']);
    const onbuild = json.instructions[1] as Record<string, unknown>;
    expect(onbuild.keyword).toBe('ONBUILD');
    expect(onbuild.range).toEqual({ start: { line: 2, column: 1, offset: 7 }, end: { line: 2, column: 14, offset: 20 } });
    expect((onbuild.trigger as Record<string, unknown>).keyword).toBe('RUN');
    expect(onbuild).not.toHaveProperty('argsSegments');
  });

  it('rejects output that breaks the documented shape', () => {
    const json = check('FROM a\n') as unknown as { instructions: Array<Record<string, unknown>> };
    delete json.instructions[0].range;
    expect(validate(json)).toBe(false);
  });
});
