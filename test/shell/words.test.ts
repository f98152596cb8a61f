import { commandWords, loc, parseScript } from './helpers';

describe('shell words: quoting and expansions', () => {
  it('removes single and double quotes and applies backslash escapes', () => {
    expect(commandWords(`echo 'a b' "c d" e\\ f "g\\"h" 'i\\j' "k\\l"`)).toEqual([
      ['echo', 'a b', 'c d', 'e f', 'g"h', 'i\\j', 'k\\l'],
    ]);
  });

  it('concatenates the parts of one word', () => {
    expect(commandWords(`echo a'b'"c"\\d`)).toEqual([['echo', 'abcd']]);
  });

  it("decodes $'…' (ANSI-C quoting)", () => {
    const [cmd] = parseScript(`printf $'a\\tb\\n\\x41\\'' x`).commands;
    expect(cmd.args[0].value).toBe("a\tb\nA'");
    expect(cmd.args[0].quoted).toBe(true);
    expect(cmd.args[1].quoted).toBe(false);
  });

  it('keeps parameter expansions, substitutions and arithmetic as written', () => {
    const [cmd] = parseScript('echo $HOME "${A:-x y}" $(id -u) `date` $((1 + 2)) "$1" $@ ~/x').commands;
    expect(cmd.args.map((a) => a.value)).toEqual(['$HOME', '${A:-x y}', '$(id -u)', '`date`', '$((1 + 2))', '$1', '$@', '~/x']);
    expect(cmd.args.map((a) => a.hasExpansion)).toEqual([true, true, true, true, true, true, true, false]);
  });

  it('keeps the raw text and the range of each word', () => {
    const [cmd] = parseScript(`ls -l "my dir"`).commands;
    expect(cmd.args[1].raw).toBe('"my dir"');
    expect(loc(cmd.name!.range)).toBe('1:1-1:3');
    expect(loc(cmd.args[0].range)).toBe('1:4-1:6');
    expect(loc(cmd.args[1].range)).toBe('1:7-1:15');
    expect(loc(cmd.range)).toBe('1:1-1:15');
  });

  it('handles ${…} forms with quotes, braces and operators inside', () => {
    expect(commandWords('echo ${A#*/} ${B//x/y} ${#C} "${D:-"}"}" ${E[@]} ${F:+a b}')).toEqual([
      ['echo', '${A#*/}', '${B//x/y}', '${#C}', '${D:-"}"}', '${E[@]}', '${F:+a b}'],
    ]);
  });

  it('special parameters do not start quotes: "$$" and $?', () => {
    expect(commandWords(`export pid="$$"; echo $? $#`)).toEqual([
      ['export', 'pid=$$'],
      ['echo', '$?', '$#'],
    ]);
  });

  it('a line continuation inside the script joins the word', () => {
    const script = parseScript('echo ab\\\ncd \\\n  ef');
    expect(script.commands.map((c) => c.args.map((a) => a.value))).toEqual([['abcd', 'ef']]);
    expect(loc(script.commands[0].args[1].range)).toBe('3:3-3:5');
  });

  it('reserved words are plain arguments after a command name', () => {
    expect(commandWords('echo if then done { } ! in')).toEqual([['echo', 'if', 'then', 'done', '{', '}', '!', 'in']]);
  });

  it('keeps glob and brace-expansion characters', () => {
    expect(commandWords('rm -rf /var/lib/apt/lists/* /tmp/{a,b} file?.txt [ab]')).toEqual([
      ['rm', '-rf', '/var/lib/apt/lists/*', '/tmp/{a,b}', 'file?.txt', '[ab]'],
    ]);
  });

  it('process substitution is one word whose commands are parsed', () => {
    const script = parseScript('diff <(sort a) >(tee b)');
    expect(script.commands.map((c) => c.name?.value)).toEqual(['diff', 'sort', 'tee']);
    expect(script.commands[0].args.map((a) => a.value)).toEqual(['<(sort a)', '>(tee b)']);
  });
});

describe('shell words: comments', () => {
  it('a # at a word start begins a comment; inside a word it does not', () => {
    expect(commandWords('echo a#b # c d\necho e;# f\necho "#g"')).toEqual([
      ['echo', 'a#b'],
      ['echo', 'e'],
      ['echo', '#g'],
    ]);
  });
});
