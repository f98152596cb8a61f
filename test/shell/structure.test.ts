import { commandWords, loc, parseScript, words } from './helpers';

describe('shell structure: lists and pipelines', () => {
  it('splits and-or lists and records each connector and statement', () => {
    const script = parseScript('a && b || c; d & e\nf');
    expect(script.commands.map(words)).toEqual([['a'], ['b'], ['c'], ['d'], ['e'], ['f']]);
    expect(script.commands.map((c) => c.context.connector)).toEqual([null, '&&', '||', ';', '&', '\n']);
    expect(script.commands.map((c) => c.context.statement)).toEqual([0, 0, 0, 1, 2, 3]);
    expect(script.errors).toEqual([]);
  });

  it('allows newlines after && and |', () => {
    const script = parseScript('a &&\n  b |\n  c');
    expect(script.commands.map(words)).toEqual([['a'], ['b'], ['c']]);
    expect(script.commands.map((c) => c.context.statement)).toEqual([0, 0, 0]);
    expect(loc(script.commands[2].range)).toBe('3:3-3:4');
  });

  it('records pipelines of two or more commands, |& and negation', () => {
    const script = parseScript('! curl -s x | tar xz |& cat; echo');
    expect(script.pipelines).toHaveLength(1);
    const [p] = script.pipelines;
    expect(p.negated).toBe(true);
    expect(p.commands.map((c) => c.name?.value)).toEqual(['curl', 'tar', 'cat']);
    expect(loc(p.range)).toBe('1:1-1:28');
    expect(p.size).toBe(3);
    expect(p.operators.map(loc)).toEqual(['1:13-1:14', '1:22-1:24']);
    expect(script.commands.map((c) => c.context.inPipeline)).toEqual([true, true, true, false]);
    expect(script.commands.map((c) => c.context.connector)).toEqual([null, '|', '|', ';']);
  });

  it('time and its -p option are not commands', () => {
    expect(commandWords('time -p make all')).toEqual([['make', 'all']]);
  });
});

describe('shell structure: compound commands', () => {
  it('subshells and brace groups', () => {
    const script = parseScript('(cd /x && make) ; { echo a; echo b; } >log');
    expect(script.commands.map(words)).toEqual([['cd', '/x'], ['make'], ['echo', 'a'], ['echo', 'b']]);
    expect(script.commands.map((c) => c.context.subshellDepth)).toEqual([1, 1, 0, 0]);
    expect(script.commands.map((c) => c.context.statement)).toEqual([0, 0, 1, 1]);
  });

  it('if / elif / else', () => {
    const script = parseScript('if [ -f a ]; then x; elif test b; then y; else z; fi; w');
    expect(script.commands.map(words)).toEqual([['[', '-f', 'a', ']'], ['x'], ['test', 'b'], ['y'], ['z'], ['w']]);
    expect(script.commands.map((c) => c.context.inCompound)).toEqual([true, true, true, true, true, false]);
  });

  it('for, for ((…)), select, while and until loops', () => {
    const script = parseScript(
      'for f in a "b c" $(ls); do rm $f; done; for ((i=0;i<3;i++)); do j; done\nwhile read l; do k; done < f; until false; do u; done; select s in x; do v; done',
    );
    expect(script.commands.map(words)).toEqual([['ls'], ['rm', '$f'], ['j'], ['read', 'l'], ['k'], ['false'], ['u'], ['v']]);
    expect(script.commands[0].context.inSubstitution).toBe(true);
    expect(script.commands[1].context.inCompound).toBe(true);
  });

  it('a loop piped into a command is a pipeline of two elements, one of them simple', () => {
    const script = parseScript('for f in *; do echo $f; done | sort');
    expect(script.pipelines.map((p) => [p.size, p.commands.map((c) => c.name?.value)])).toEqual([[2, ['sort']]]);
    expect(script.commands.map((c) => c.context.inPipeline)).toEqual([true, true]);
  });

  it('for with newlines and no in-list', () => {
    expect(commandWords('for x\ndo\n  echo $x\ndone')).toEqual([['echo', '$x']]);
  });

  it('case with patterns, alternatives and fall-through terminators', () => {
    const script = parseScript('case "$ARCH" in\n  amd64|x86_64) a=1; echo x ;;\n  (arm*) echo y ;&\n  *) echo z ;;\nesac');
    expect(script.commands.map(words)).toEqual([[''], ['echo', 'x'], ['echo', 'y'], ['echo', 'z']]);
    expect(script.commands[0].assignments[0].name).toBe('a');
    expect(loc(script.commands[1].range)).toBe('2:22-2:28');
    expect(script.errors).toEqual([]);
  });

  it('functions in both syntaxes', () => {
    const script = parseScript('f() { echo in f; }\nfunction g { echo in g; }\nfunction h() ( echo h )\nf; g');
    expect(script.commands.map(words)).toEqual([['echo', 'in', 'f'], ['echo', 'in', 'g'], ['echo', 'h'], ['f'], ['g']]);
    expect(script.commands.map((c) => c.context.inFunction)).toEqual([true, true, true, false, false]);
  });

  it('[[ … ]] and (( … )) are not simple commands, but substitutions inside them are', () => {
    const script = parseScript('if [[ $(uname -m) =~ ^(x86|amd)64$ && -n "$A" ]]; then ((n++)); echo ok; fi');
    expect(script.commands.map(words)).toEqual([['uname', '-m'], ['echo', 'ok']]);
    expect(script.errors).toEqual([]);
  });

  it('commands inside substitutions, nested, with their context', () => {
    const script = parseScript('echo "$(dirname "$(readlink -f `which java`)")"');
    expect(script.commands.map(words)).toEqual([
      ['echo', '$(dirname "$(readlink -f `which java`)")'],
      ['dirname', '$(readlink -f `which java`)'],
      ['readlink', '-f', '`which java`'],
      ['which', 'java'],
    ]);
    expect(script.commands.map((c) => c.context.subshellDepth)).toEqual([0, 1, 2, 3]);
    expect(script.commands.map((c) => c.context.inSubstitution)).toEqual([false, true, true, true]);
    expect(loc(script.commands[3].range)).toBe('1:33-1:43');
  });

  it('nested backquotes are unescaped before the inner script is read, ranges stay in the file', () => {
    const script = parseScript('a=`dirname \\`which java\\``');
    expect(script.commands.map(words)).toEqual([[''], ['dirname', '`which java`'], ['which', 'java']]);
    expect(loc(script.commands[2].range)).toBe('1:14-1:24');
  });

  it('coproc prefixes a command like time does', () => {
    expect(commandWords('coproc cat; time -p ls')).toEqual([['cat'], ['ls']]);
  });

  it('a heredoc inside $(…) whose body holds a ")"', () => {
    const script = parseScript('x=$(cat <<EOF\n(a) b)\nEOF\n); echo "$x"');
    expect(script.commands.map(words)).toEqual([[''], ['cat'], ['echo', '$x']]);
    expect(script.errors).toEqual([]);
  });

  it('a case inside $(…) does not end the substitution at its pattern', () => {
    expect(commandWords('x=$(case a in a) echo 1;; esac); echo $x')).toEqual([[''], ['echo', '1'], ['echo', '$x']]);
  });
});

describe('shell structure: assignments', () => {
  it('assignment prefixes, bare assignments, arrays and +=', () => {
    const script = parseScript('A=1 B="x y" make install; C=(a "b c"); D+=z; E[1]=2');
    const [make, c, d, e] = script.commands;
    expect(make.assignments.map((a) => [a.name, a.value?.value])).toEqual([
      ['A', '1'],
      ['B', 'x y'],
    ]);
    expect(words(make)).toEqual(['make', 'install']);
    expect(loc(make.assignments[1].range)).toBe('1:5-1:12');
    expect(loc(make.assignments[1].value!.range)).toBe('1:7-1:12');
    expect(c.name).toBeNull();
    expect(c.assignments[0]).toMatchObject({ name: 'C', value: { value: '(a "b c")' } });
    expect(d.assignments[0].name).toBe('D');
    expect(e.assignments[0].name).toBe('E[1]');
  });

  it('an assignment after the command name is an argument', () => {
    expect(commandWords('export A=1 B')).toEqual([['export', 'A=1', 'B']]);
  });

  it('an empty assignment has no value', () => {
    expect(parseScript('A= b').commands[0].assignments[0].value).toBeNull();
  });
});
