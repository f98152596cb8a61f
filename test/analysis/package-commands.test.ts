import { invocations, parseArgs, resolveArgs, type Arg } from '../../src/analysis/commands';
import {
  apkPinned,
  aptPinned,
  gemPinned,
  goPinned,
  isRemoteGoPackage,
  npmPinned,
  pipPinned,
  rpmPinned,
  zypperPinned,
} from '../../src/analysis/packages';
import type { RunInstruction } from '../../src/ast/nodes';
import { parseDockerfile } from '../../src/parser';
import { SemanticModel } from '../../src/semantic/model';
import type { ShellScript, ShellWord } from '../../src/shell/types';

/** The shell parse of the only RUN in `FROM scratch\nRUN <script>`. */
function script(run: string): ShellScript {
  const { ast, source } = parseDockerfile(`FROM scratch\nRUN ${run}\n`);
  const node = ast.instructions.find((i): i is RunInstruction => i.type === 'Run');
  const analysis = new SemanticModel(ast, source).shell(node!);
  if (analysis?.kind !== 'parsed') throw new Error('not parsed');
  return analysis.script;
}

function args(words: string[]): Arg[] {
  return words.map((text) => ({ text, word: { value: text } as ShellWord, expanded: false, unresolved: false }));
}

describe('invocations', () => {
  it.each([
    ['sudo -u app -E apt-get install x', 'apt-get', ['install', 'x']],
    ['sudo --user=app HOME=/root pip install x', 'pip', ['install', 'x']],
    ['env -i PATH=/bin DEBIAN_FRONTEND=noninteractive apt-get -y install x', 'apt-get', ['-y', 'install', 'x']],
    ['cat list | xargs -n1 -I{} apk add {}', 'apk', ['add', '{}']],
    ['nice -n 10 timeout -s KILL 60 npm ci', 'npm', ['ci']],
    ['gosu app /usr/local/bin/gem install x', 'gem', ['install', 'x']],
    ['command yum install -y x', 'yum', ['install', '-y', 'x']],
  ])('%s', (run, name, rest) => {
    const found = invocations(script(run)).filter((i) => i.name === name);
    expect(found).toHaveLength(1);
    expect(found[0].args.map((a) => a.value)).toEqual(rest);
  });

  it('`command -v` looks a program up without running it', () => {
    expect(invocations(script('command -v apt-get')).map((i) => i.name)).toEqual([]);
  });

  it('keeps the variables a wrapper sets', () => {
    const [inv] = invocations(script('env PIP_NO_CACHE_DIR=1 pip install x'));
    expect(inv.env.get('PIP_NO_CACHE_DIR')).toBe('1');
  });

  it('takes a command named like an Object property (constructor, toString) as itself, not a wrapper', () => {
    const found = invocations(script('constructor apt-get install x && toString --help'));
    expect(found.map((i) => [i.name, i.args.map((a) => a.value)])).toEqual([
      ['constructor', ['apt-get', 'install', 'x']],
      ['toString', ['--help']],
    ]);
  });

  it('knows which commands read from `yes`', () => {
    const found = invocations(script('yes | apt-get install x && apt-get install y'));
    expect(found.filter((i) => i.name === 'apt-get').map((i) => i.fedByYes)).toEqual([true, false]);
  });
});

describe('parseArgs', () => {
  const spec = { shortWithValue: 'to', longWithValue: ['target-release', 'option'] };

  it('splits combined short flags', () => {
    expect(parseArgs(args(['-yq', 'install'])).options.map((o) => o.name)).toEqual(['y', 'q']);
  });

  it('reads values attached or in the next word', () => {
    const parsed = parseArgs(args(['-tbookworm', '--option=A=1', '--target-release', 'sid', '-o', 'B=2', 'install', 'x']), spec);
    expect(parsed.options.map((o) => [o.name, o.value])).toEqual([
      ['t', 'bookworm'],
      ['option', 'A=1'],
      ['target-release', 'sid'],
      ['o', 'B=2'],
    ]);
    expect(parsed.operands.map((a) => a.text)).toEqual(['install', 'x']);
  });

  it('takes `-q=2` as a flag with a level', () => {
    expect(parseArgs(args(['-q=2'])).options).toMatchObject([{ name: 'q', value: '2' }]);
  });

  it('stops at `--`', () => {
    const parsed = parseArgs(args(['install', '--', '-not-an-option']));
    expect(parsed.options).toEqual([]);
    expect(parsed.operands.map((a) => a.text)).toEqual(['install', '-not-an-option']);
  });

  it('can stop at the first operand', () => {
    expect(parseArgs(args(['-v', 'pkg', '-x']), { stopAtOperand: true }).operands.map((a) => a.text)).toEqual(['pkg', '-x']);
  });
});

describe('resolveArgs', () => {
  const words = script('apt-get install $PKGS foo=$VER $UNKNOWN').commands[0].args;

  it('splits a known variable into words and sets unknown ones aside', () => {
    const resolve = (w: ShellWord) => (w.value === '$PKGS' ? ['a', 'b'] : null);
    const { args: resolved, opaque } = resolveArgs(words, resolve);
    expect(resolved.map((a) => [a.text, a.expanded, a.unresolved])).toEqual([
      ['install', false, false],
      ['a', true, false],
      ['b', true, false],
      ['foo=$VER', false, true],
    ]);
    expect(opaque.map((w) => w.value)).toEqual(['$UNKNOWN']);
  });
});

describe('version pins', () => {
  it.each<[string, (t: string) => boolean, string[], string[]]>([
    ['apt', aptPinned, ['curl=7.88', 'curl/bookworm', './x.deb'], ['curl', 'libc6:i386']],
    ['apk', apkPinned, ['curl=8.9', 'curl~8', 'a>1', 'a<2', '/tmp/x.apk'], ['curl', 'mkcert@testing']],
    ['rpm', rpmPinned, ['httpd-2.4.6', 'httpd-$V', 'x.rpm', '@base', 'perl(DBI)'], ['httpd', 'python3-devel']],
    ['zypper', zypperPinned, ['curl=8', 'git>=2', 'x.rpm'], ['curl']],
    ['pip', pipPinned, ['a==1', 'a>=1,<2', 'a~=1.0', 'git+https://h/r.git@v1', '.', './x', 'x.whl', 'https://h/a.tar.gz'], ['a', 'a[extra]', 'git+https://h/r.git']],
    ['npm', npmPinned, ['a@1', '@s/a@1', './x', 'x.tgz', 'git+https://h/r.git#v1', 'user/repo#v1'], ['a', '@s/a', 'a@latest', 'git+https://h/r.git']],
    ['gem', gemPinned, ['rake:13', 'x.gem', './x'], ['rake']],
    ['go', goPinned, ['example.com/x@v1.2.3', 'example.com/x@abc123'], ['example.com/x', 'example.com/x@latest', 'example.com/x@upgrade']],
  ])('%s', (_name, pinned, yes, no) => {
    for (const t of yes) expect([t, pinned(t)]).toEqual([t, true]);
    for (const t of no) expect([t, pinned(t)]).toEqual([t, false]);
  });

  it('tells remote Go packages from local ones', () => {
    expect(['github.com/a/b', 'golang.org/x/tools/...'].map(isRemoteGoPackage)).toEqual([true, true]);
    expect(['./cmd/...', '.', 'main.go', 'std', 'tool', 'cmd/go'].map(isRemoteGoPackage)).toEqual([false, false, false, false, false, false]);
  });
});
