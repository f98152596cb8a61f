/** Each instruction's typed fields, with exact ranges. */
import { at, codes, only, parse } from './helpers';
import { seededRandom } from '../helpers/random';

describe('FROM', () => {
  it('splits the image reference into registry, name, tag and digest', () => {
    const from = only('FROM --platform=linux/amd64 registry.example.com:5000/team/app:1.2@sha256:abc AS Build\n', 'From');
    const img = from.image!;
    expect([img.registry, img.name, img.tag, img.digest, img.hasVariables]).toEqual(['registry.example.com:5000', 'team/app', '1.2', 'sha256:abc', false]);
    expect([at(img.range), at(img.nameRange), at(img.tagRange), at(img.digestRange)]).toEqual(['1:29-1:78', '1:55-1:63', '1:64-1:67', '1:68-1:78']);
    expect(from.flags.map((f) => [f.name, f.value, at(f.range), at(f.nameRange), at(f.valueRange)])).toEqual([
      ['platform', 'linux/amd64', '1:6-1:28', '1:8-1:16', '1:17-1:28'],
    ]);
    expect([from.asKeyword!.value, at(from.asKeyword!.range), from.stageName!.value, at(from.stageName!.range)]).toEqual(['AS', '1:79-1:81', 'Build', '1:82-1:87']);
  });

  it('keeps simple names, localhost registries and variables', () => {
    expect(only('FROM node\n', 'From').image).toMatchObject({ registry: null, name: 'node', tag: null, digest: null });
    expect(only('FROM localhost/app:v1\n', 'From').image).toMatchObject({ registry: 'localhost', name: 'app', tag: 'v1' });
    expect(only('FROM library/node:22\n', 'From').image).toMatchObject({ registry: null, name: 'library/node', tag: '22' });
    expect(only('FROM ${IMG:-alpine}\n', 'From').image).toMatchObject({ name: '${IMG:-alpine}', tag: null, hasVariables: true });
    expect(only('FROM $BASE:$TAG\n', 'From').image).toMatchObject({ name: '$BASE', tag: '$TAG', hasVariables: true });
  });

  it('reports a missing image, extra words and a wrong AS', () => {
    expect(parse('FROM\n').diagnostics.map((d) => [d.code, at(d.range)])).toEqual([['missing-arguments', '1:1-1:5']]);
    expect(codes('FROM a b\n')).toEqual(['invalid-syntax']);
    expect(parse('FROM a AT b\n').diagnostics.map((d) => [d.code, at(d.range), d.message])).toEqual([['invalid-syntax', '1:8-1:10', 'Expected "AS" before the stage name, found "AT"']]);
    // A word other than AS is not the AS keyword, and the word after it names no stage.
    expect(only('FROM a AT b\n', 'From')).toMatchObject({ asKeyword: null, stageName: null });
    expect(only('FROM a as b\n', 'From').stageName!.value).toBe('b');
    expect(codes('FROM a as b\n')).toEqual([]);
  });
});

describe('RUN, CMD, ENTRYPOINT, SHELL', () => {
  it('takes a valid JSON array of strings as exec form with decoded args', () => {
    const cmd = only('CMD [ "echo", "a\\"b", "\\u0041" ]\n', 'Cmd');
    expect(cmd.command!.type).toBe('ExecForm');
    if (cmd.command!.type !== 'ExecForm') return;
    expect(cmd.command!.args.map((w) => [w.value, at(w.range)])).toEqual([
      ['echo', '1:7-1:13'],
      ['a"b', '1:15-1:21'],
      ['A', '1:23-1:31'],
    ]);
    expect(at(cmd.command!.range)).toBe('1:5-1:33');
  });

  it('falls back to shell form and says why', () => {
    const reason = (text: string) => {
      const c = only(text, 'Run').command!;
      return c.type === 'ShellForm' ? (c.jsonFallback ?? 'none') : 'exec';
    };
    expect(reason("RUN ['echo', 'hi']\n")).toBe('single-quotes');
    expect(reason('RUN ["echo", "hi"\n')).toBe('unterminated-array');
    expect(reason('RUN ["echo" "hi"]\n')).toBe('invalid-json');
    expect(reason('RUN ["echo", "hi]\n')).toBe('unterminated-string');
    expect(reason('RUN ["echo"] && ls\n')).toBe('trailing-text');
    expect(reason('RUN ["a",]\n')).toBe('invalid-json');
    expect(reason('RUN echo [x]\n')).toBe('none');
    // Shell tests that merely start with `[` are not JSON gone wrong.
    expect(reason('RUN [ -f /x ] && echo yes\n')).toBe('none');
    expect(reason('RUN [ "$A" = 1 ] || exit 1\n')).toBe('none');
    expect(reason('RUN [[ -n "$A" ]]\n')).toBe('none');
    expect(reason('RUN []\n')).toBe('exec');
  });

  it('reports a JSON array holding a non-string at the element', () => {
    const ast = parse('CMD ["a", 1, "b"]\n');
    expect(ast.diagnostics.map((d) => [d.code, at(d.range)])).toEqual([['json-non-string', '1:11-1:12']]);
    expect(parse('ENTRYPOINT [["a"]]\n').diagnostics.map((d) => [d.code, at(d.range)])).toEqual([['json-non-string', '1:13-1:18']]);
  });

  it('keeps the shell form trimmed with its range', () => {
    const run = only('RUN   apt-get update   \n', 'Run');
    expect(run.command).toMatchObject({ type: 'ShellForm', value: 'apt-get update' });
    expect(at(run.command!.range)).toBe('1:7-1:21');
    expect(at(run.range)).toBe('1:1-1:24');
  });

  it('requires SHELL in JSON form', () => {
    expect(codes('SHELL ["/bin/bash", "-c"]\n')).toEqual([]);
    expect(parse('SHELL /bin/bash -c\n').diagnostics.map((d) => [d.code, at(d.range)])).toEqual([['invalid-syntax', '1:7-1:19']]);
  });

  it('accepts a RUN with nothing after it, as BuildKit does', () => {
    expect(codes('FROM a\nRUN\n')).toEqual([]);
    expect(only('FROM a\nRUN\n', 'Run').command).toBeNull();
  });
});

describe('builder flags', () => {
  it('reads leading --flag words, raw and parsed, and stops at --', () => {
    const copy = only('COPY --from=build --chown="app user" --link -- --weird /dst/\n', 'Copy');
    expect(copy.flags.map((f) => [f.name, f.value, f.raw, at(f.range)])).toEqual([
      ['from', 'build', '--from=build', '1:6-1:18'],
      ['chown', 'app user', '--chown="app user"', '1:19-1:37'],
      ['link', null, '--link', '1:38-1:44'],
    ]);
    expect(copy.sources.map((w) => w.value)).toEqual(['--weird']);
    expect(copy.destination!.value).toBe('/dst/');
    expect(at(copy.args!.range)).toBe('1:48-1:61');
  });

  it('reports unknown flags, missing values and bad booleans', () => {
    const ast = parse('COPY --form=x --chmod --link=maybe a b\nCMD --x echo\nRUN --mount=type=cache,target=/a --mount=type=tmpfs,target=/b ls\n');
    expect(ast.diagnostics.map((d) => [d.code, at(d.range), d.message])).toEqual([
      ['invalid-flag', '1:8-1:12', 'Unknown flag --form: COPY accepts --from, --chown, --chmod, --link, --parents, --exclude'],
      ['invalid-flag', '1:15-1:22', '--chmod needs a value: --chmod=<value>'],
      ['invalid-flag', '1:30-1:35', '--link expects true or false, not "maybe"'],
      ['invalid-flag', '2:7-2:8', 'Unknown flag --x: CMD takes no flags'],
    ]);
  });

  it('reports RUN option values BuildKit refuses, and leaves those with variables to the builder', () => {
    const ast = parse(
      'RUN --network=bogus --security=Insecure true\n' +
        'RUN --mount=type=bogus,target=/x --mount=type=cache,target=/c,sharing=lock,foo=1,b true\n' +
        'RUN --network=none --security=sandbox --mount=type=Cache,target=/c,sharing=Locked,ro --mount=type=secret,id=x,required --mount=type=$T true\n' +
        'RUN --mount="type=bind,source=a b",target=/x --mount=type=secret,id=t,env=TOKEN --mount=type=bind,target=/y,z true\n',
    );
    expect(ast.diagnostics.map((d) => [d.code, at(d.range), d.message])).toEqual([
      ['invalid-flag', '1:15-1:20', '--network expects default, none or host, not "bogus"'],
      ['invalid-flag', '1:32-1:40', '--security expects sandbox or insecure, not "Insecure"'],
      ['invalid-flag', '2:13-2:33', '--mount type must be bind, cache, tmpfs, secret or ssh, not "bogus"'],
      ['invalid-flag', '2:42-2:83', '--mount sharing must be shared, private or locked, not "lock"'],
    ]);
  });

  it('reports a single-valued flag given twice', () => {
    expect(parse('COPY --from=a --from=b x y\n').diagnostics.map((d) => [d.code, at(d.range)])).toEqual([['invalid-flag', '1:15-1:23']]);
  });
});

describe('COPY and ADD', () => {
  it('splits sources and destination in both forms', () => {
    const copy = only('COPY a.txt  b.txt\t/app/\n', 'Copy');
    expect([copy.form, copy.sources.map((w) => [w.value, at(w.range)]), at(copy.destination!.range)]).toEqual(['shell', [['a.txt', '1:6-1:11'], ['b.txt', '1:13-1:18']], '1:19-1:24']);
    const add = only('ADD ["a b", "/c d/"]\n', 'Add');
    expect([add.form, add.sources.map((w) => w.value), add.destination!.value, at(add.destination!.range)]).toEqual(['exec', ['a b'], '/c d/', '1:13-1:20']);
  });

  it('requires a source and a destination', () => {
    expect(codes('COPY onlyone\n')).toEqual(['missing-arguments']);
    expect(codes('ADD\n')).toEqual(['missing-arguments']);
  });
});

describe('heredocs', () => {
  it('reads the body, the marker, the terminator and extends the instruction range', () => {
    const text = 'RUN <<EOF\necho a\necho b\nEOF\nCMD x\n';
    const run = only(text, 'Run');
    expect(run.heredocs).toHaveLength(1);
    const h = run.heredocs[0];
    expect([h.delimiter, h.body, h.stripTabs, h.quoted, h.fd]).toEqual(['EOF', 'echo a\necho b\n', false, false, null]);
    expect([at(h.markerRange), at(h.bodyRange), at(h.terminatorRange), at(h.range), at(run.range)]).toEqual(['1:5-1:10', '2:1-3:7', '4:1-4:4', '1:5-4:4', '1:1-4:4']);
    expect(parse(text).instructions.map((n) => n.keyword)).toEqual(['RUN', 'CMD']);
  });

  it('strips leading tabs with <<- (body and terminator) and notes quoted delimiters', () => {
    const run = only('RUN <<-"END"\n\techo $HOME\n\t\tEND\n', 'Run');
    expect([run.heredocs[0].body, run.heredocs[0].quoted, run.heredocs[0].stripTabs, at(run.heredocs[0].bodyRange)]).toEqual(['echo $HOME\n', true, true, '2:1-2:12']);
    expect(only("RUN <<'X'\nx\nX\n", 'Run').heredocs[0]).toMatchObject({ delimiter: 'X', quoted: true });
  });

  it('reads several heredocs on one line, in order, with file descriptors', () => {
    const copy = only('COPY <<A 3<<B /dst/\na body\nA\nb body\nB\n', 'Copy');
    expect(copy.heredocs.map((h) => [h.delimiter, h.fd, h.body, at(h.range)])).toEqual([
      ['A', null, 'a body\n', '1:6-3:2'],
      ['B', 3, 'b body\n', '1:10-5:2'],
    ]);
    expect(copy.sources.map((w) => w.value)).toEqual(['<<A', '3<<B']);
  });

  it('maps the body back to the file, CRLF included', () => {
    const text = 'RUN <<EOF\r\nab\r\nEOF\r\n';
    const h = only(text, 'Run').heredocs[0];
    expect(h.body).toBe('ab\n');
    expect(h.bodySegments.map((s) => text.slice(s.fileOffset, s.fileOffset + s.length))).toEqual(['ab', '\n']);
  });

  it('ignores << inside quotes, here-strings and words that only contain <<', () => {
    expect(only('RUN echo "<<EOF"\n', 'Run').heredocs).toEqual([]);
    expect(only('RUN cat <<<EOF\n', 'Run').heredocs).toEqual([]);
    expect(only('RUN cat<<EOF\n', 'Run').heredocs).toEqual([]);
    expect(only('RUN ["cat", "<<EOF"]\n', 'Run').heredocs).toEqual([]);
  });

  it('attaches heredocs to an ONBUILD trigger', () => {
    const onbuild = only('ONBUILD RUN <<EOF\nx\nEOF\n', 'Onbuild');
    expect(onbuild.trigger!.heredocs.map((h) => h.body)).toEqual(['x\n']);
    expect([at(onbuild.range), at(onbuild.trigger!.range)]).toEqual(['1:1-3:4', '1:9-3:4']);
  });

  it('reports a heredoc that never ends at its marker', () => {
    const ast = parse('RUN <<EOF\necho a\n');
    expect(ast.diagnostics.map((d) => [d.code, at(d.range), d.message])).toEqual([
      ['unterminated-heredoc', '1:5-1:10', 'Heredoc <<EOF is never closed: add a line "EOF" after its body'],
    ]);
    expect(ast.instructions[0].heredocs[0]).toMatchObject({ body: 'echo a\n', terminatorRange: null });
  });
});

describe('ENV and LABEL', () => {
  it('reads key=value pairs with quotes and escapes', () => {
    const env = only('ENV A=1 B="two words" C=it\\ works D=\'$x\' E=\n', 'Env');
    expect(env.pairs.map((p) => [p.key.value, p.value?.value, p.unquoted, p.separator, at(p.range)])).toEqual([
      ['A', '1', '1', '=', '1:5-1:8'],
      ['B', '"two words"', 'two words', '=', '1:9-1:22'],
      ['C', 'it\\ works', 'it works', '=', '1:23-1:34'],
      ['D', "'$x'", '$x', '=', '1:35-1:41'],
      ['E', '', '', '=', '1:42-1:44'],
    ]);
    expect(at(env.pairs[1].value!.range)).toBe('1:11-1:22');
  });

  it('reads the legacy ENV key value form', () => {
    const env = only('ENV GREETING  hello  "world"\n', 'Env');
    expect(env.pairs.map((p) => [p.key.value, p.value?.value, p.unquoted, p.separator, at(p.value!.range)])).toEqual([['GREETING', 'hello  "world"', 'hello  world', ' ', '1:15-1:29']]);
  });

  it('reports ENV with a name and no value', () => {
    const ast = parse('ENV PATH\n');
    expect(ast.diagnostics.map((d) => [d.code, at(d.range)])).toEqual([['missing-arguments', '1:5-1:9']]);
    expect((ast.instructions[0] as { pairs: unknown[] }).pairs).toHaveLength(1);
  });

  it('reports a word without = after key=value pairs', () => {
    expect(parse('LABEL a=b c\n').diagnostics.map((d) => [d.code, at(d.range)])).toEqual([['invalid-syntax', '1:11-1:12']]);
  });

  it('reports an entry with no name before = and leaves it out, as BuildKit refuses it', () => {
    const ast = parse('ENV a=1 =2 b=3\n');
    expect(ast.diagnostics.map((d) => [d.code, at(d.range), d.message])).toEqual([
      ['invalid-syntax', '1:9-1:11', '"=2" has no name before "=": ENV entries have the form name=value'],
    ]);
    expect((ast.instructions[0] as { pairs: Array<{ key: { value: string } }> }).pairs.map((p) => p.key.value)).toEqual(['a', 'b']);
    expect(parse('LABEL =x\n').diagnostics.map((d) => [d.code, at(d.range)])).toEqual([['invalid-syntax', '1:7-1:9']]);
    // A quoted empty name is not blank until the builder expands it: BuildKit's parser takes it.
    expect(parse('LABEL ""=x\n').diagnostics).toEqual([]);
  });

  it('reads LABEL pairs across continuation lines', () => {
    const label = only('LABEL a="x" \\\n      b=y\n', 'Label');
    expect(label.pairs.map((p) => [p.key.value, p.unquoted, at(p.range)])).toEqual([
      ['a', 'x', '1:7-1:12'],
      ['b', 'y', '2:7-2:10'],
    ]);
  });
});

describe('ARG', () => {
  it('reads several declarations with quoted defaults', () => {
    const arg = only('ARG A B=1 C="x y" D=\n', 'Arg');
    expect(arg.declarations.map((d) => [d.name.value, d.defaultValue?.value ?? null, d.unquoted, at(d.range)])).toEqual([
      ['A', null, null, '1:5-1:6'],
      ['B', '1', '1', '1:7-1:10'],
      ['C', '"x y"', 'x y', '1:11-1:18'],
      ['D', '', '', '1:19-1:21'],
    ]);
  });

  it('reports a declaration with no name before = and leaves it out', () => {
    const ast = parse('ARG =x y=1\n');
    expect(ast.diagnostics.map((d) => [d.code, at(d.range), d.message])).toEqual([
      ['invalid-syntax', '1:5-1:7', '"=x" has no name before "=": ARG entries have the form name or name=value'],
    ]);
    expect((ast.instructions[0] as { declarations: Array<{ name: { value: string } }> }).declarations.map((d) => d.name.value)).toEqual(['y']);
  });
});

describe('EXPOSE, USER, VOLUME, STOPSIGNAL, WORKDIR, MAINTAINER', () => {
  it('reads ports, ranges and protocols', () => {
    const expose = only('EXPOSE 80 443/tcp 8000-8010/UDP $PORT 80:80\n', 'Expose');
    expect(expose.ports.map((p) => [p.raw, p.start, p.end, p.protocol, p.hasVariables, at(p.range)])).toEqual([
      ['80', 80, 80, null, false, '1:8-1:10'],
      ['443/tcp', 443, 443, 'tcp', false, '1:11-1:18'],
      ['8000-8010/UDP', 8000, 8010, 'UDP', false, '1:19-1:32'],
      ['$PORT', null, null, null, true, '1:33-1:38'],
      ['80:80', null, null, null, false, '1:39-1:44'],
    ]);
  });

  it('splits USER into user and group', () => {
    const user = only('USER app:staff\n', 'User');
    expect([user.user!.value, at(user.user!.range), user.group!.value, at(user.group!.range)]).toEqual(['app', '1:6-1:9', 'staff', '1:10-1:15']);
    expect(only('USER 1000\n', 'User').group).toBeNull();
    const vars = only('USER ${UID:-1000}:${GID:-1000}\n', 'User');
    expect([vars.user!.value, vars.group!.value]).toEqual(['${UID:-1000}', '${GID:-1000}']);
  });

  it('reads VOLUME as JSON or words', () => {
    expect(only('VOLUME ["/a", "/b c"]\n', 'Volume')).toMatchObject({ form: 'exec', paths: [{ value: '/a' }, { value: '/b c' }] });
    expect(only('VOLUME /a /b\n', 'Volume').paths.map((w) => at(w.range))).toEqual(['1:8-1:10', '1:11-1:13']);
  });

  it('keeps the rest of the line for STOPSIGNAL, WORKDIR and MAINTAINER', () => {
    expect(only('STOPSIGNAL SIGKILL\n', 'Stopsignal').signal!.value).toBe('SIGKILL');
    expect(at(only('WORKDIR /my app\n', 'Workdir').path!.range)).toBe('1:9-1:16');
    expect(only('MAINTAINER Jane <j@example.com>\n', 'Maintainer').value!.value).toBe('Jane <j@example.com>');
    expect(codes('WORKDIR\n')).toEqual(['missing-arguments']);
  });
});

describe('HEALTHCHECK', () => {
  it('reads NONE, CMD with options, exec and shell forms', () => {
    expect(only('HEALTHCHECK NONE\n', 'Healthcheck')).toMatchObject({ kind: 'NONE', command: null });
    const hc = only('HEALTHCHECK --interval=5s --retries=3 \\\n  CMD curl -f http://x/\n', 'Healthcheck');
    expect([hc.kind, at(hc.kindWord!.range), hc.flags.map((f) => f.name), hc.command]).toMatchObject(['CMD', '2:3-2:6', ['interval', 'retries'], { type: 'ShellForm', value: 'curl -f http://x/' }]);
    expect(only('HEALTHCHECK cmd ["a", "b"]\n', 'Healthcheck')).toMatchObject({ kind: 'CMD', command: { type: 'ExecForm' } });
  });

  it('reports unknown types, NONE with arguments and CMD without a command', () => {
    expect(parse('HEALTHCHECK CONNECT tcp\n').diagnostics.map((d) => [d.code, at(d.range)])).toEqual([['invalid-syntax', '1:13-1:20']]);
    expect(codes('HEALTHCHECK NONE x\n')).toEqual(['invalid-syntax']);
    expect(codes('HEALTHCHECK CMD\n')).toEqual(['missing-arguments']);
    expect(codes('HEALTHCHECK\n')).toEqual(['missing-arguments']);
    expect(codes('HEALTHCHECK --bogus=1 CMD x\n')).toEqual(['invalid-flag']);
  });

  it('checks option values as BuildKit does', () => {
    expect(codes('HEALTHCHECK --interval=1m30s --timeout=0 --start-period=1.5s --retries=3 CMD x\n')).toEqual([]);
    expect(parse('HEALTHCHECK --interval=30 --retries=-1 --timeout=-5s CMD x\n').diagnostics.map((d) => [at(d.range), d.message])).toEqual([
      ['1:24-1:26', '--interval expects a duration such as 30s or 1m30s, not "30"'],
      ['1:37-1:39', '--retries cannot be negative'],
      ['1:50-1:53', '--timeout cannot be negative'],
    ]);
  });
});

describe('ONBUILD', () => {
  it('wraps a parsed trigger marked inOnbuild', () => {
    const onbuild = only('ONBUILD COPY --chown=app . /src\n', 'Onbuild');
    const trigger = onbuild.trigger!;
    expect([trigger.type, trigger.inOnbuild, onbuild.inOnbuild, at(trigger.keywordRange), at(trigger.range), at(trigger.flags[0].range)]).toEqual([
      'Copy',
      true,
      false,
      '1:9-1:13',
      '1:9-1:32',
      '1:14-1:25',
    ]);
  });

  it('parses triggers BuildKit refuses (the rule invalid-onbuild-trigger reports them) and rejects a bare ONBUILD', () => {
    const ast = parse('ONBUILD FROM x\n');
    expect(ast.diagnostics).toEqual([]);
    const onbuild = ast.instructions[0];
    expect(onbuild.type === 'Onbuild' && onbuild.trigger ? [onbuild.trigger.type, at(onbuild.trigger.keywordRange)] : null).toEqual(['From', '1:9-1:13']);
    expect(codes('ONBUILD ONBUILD RUN x\n')).toEqual([]);
    expect(codes('ONBUILD\n')).toEqual(['missing-arguments']);
  });
});

describe('unknown instructions and recovery', () => {
  it('parses an unknown instruction, reports it with a suggestion, and goes on', () => {
    const ast = parse('FROM a\nRUNN echo hi\nBOGUS bar\nRUN ok\n');
    expect(ast.instructions.map((n) => [n.type, n.keyword, n.args?.value])).toEqual([
      ['From', 'FROM', 'a'],
      ['Unknown', 'RUNN', 'echo hi'],
      ['Unknown', 'BOGUS', 'bar'],
      ['Run', 'RUN', 'ok'],
    ]);
    expect(ast.diagnostics.map((d) => [d.code, at(d.range), d.message])).toEqual([
      ['unknown-instruction', '2:1-2:5', 'Unknown instruction "RUNN" (did you mean RUN?)'],
      ['unknown-instruction', '3:1-3:6', 'Unknown instruction "BOGUS"'],
    ]);
  });

  it('names merge conflict markers for what they are', () => {
    const ast = parse('FROM alpine:3.20\n<<<<<<< HEAD\nRUN a\n=======\nRUN b\n>>>>>>> feature\n');
    expect(ast.diagnostics.map((d) => [d.code, at(d.range), d.message])).toEqual([
      ['unknown-instruction', '2:1-2:8', 'Unresolved merge conflict: "<<<<<<<" is a conflict marker, not an instruction'],
      ['unknown-instruction', '4:1-4:8', 'Unresolved merge conflict: "=======" is a conflict marker, not an instruction'],
      ['unknown-instruction', '6:1-6:8', 'Unresolved merge conflict: ">>>>>>>" is a conflict marker, not an instruction'],
    ]);
  });

  it('keeps keyword casing and accepts lower-case keywords', () => {
    const run = only('from a\nrun echo\n', 'Run');
    expect([run.keyword, run.keywordRaw]).toEqual(['RUN', 'run']);
  });

  it('never throws on arbitrary input', () => {
    const alphabet = ['\\', '`', '"', "'", '[', ']', '<<', 'EOF', '-', '--', '=', ' ', '\t', '\n', '\r\n', '#', 'RUN ', 'FROM ', 'ENV ', 'COPY ', 'ONBUILD ', 'HEALTHCHECK ', 'x', '\uFEFF', '$', '{', '}', ',', '1'];
    const rand = seededRandom(7);
    for (let k = 0; k < 2000; k++) {
      let text = '';
      const len = rand(40);
      for (let i = 0; i < len; i++) text += alphabet[rand(alphabet.length)];
      const ast = parse(text);
      expect(ast.diagnostics.some((d) => d.message.startsWith('Internal parser error'))).toBe(false);
      for (const n of ast.instructions) expect(n.range.end.offset).toBeGreaterThanOrEqual(n.range.start.offset);
    }
  });
});
