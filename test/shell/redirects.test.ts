import { commandWords, loc, parseScript, words } from './helpers';

describe('shell redirections', () => {
  it('reads every operator with its fd and target', () => {
    const [cmd] = parseScript('cmd >out 2>&1 >>log <in 2>/dev/null &>all >|clob 3<>rw <<<"here $x" 1>&- {fd}>f &>>both').commands;
    expect(words(cmd)).toEqual(['cmd']);
    expect(cmd.redirects.map((r) => [r.fd, r.op, r.target?.value])).toEqual([
      [null, '>', 'out'],
      [2, '>&', '1'],
      [null, '>>', 'log'],
      [null, '<', 'in'],
      [2, '>', '/dev/null'],
      [null, '&>', 'all'],
      [null, '>|', 'clob'],
      [3, '<>', 'rw'],
      [null, '<<<', 'here $x'],
      [1, '>&', '-'],
      [null, '>', 'f'],
      [null, '&>>', 'both'],
    ]);
    expect(loc(cmd.redirects[1].range)).toBe('1:10-1:14');
  });

  it('redirections may come before the name and between arguments', () => {
    const [cmd] = parseScript('>x A=1 cmd a 2>y b').commands;
    expect(words(cmd)).toEqual(['cmd', 'a', 'b']);
    expect(cmd.assignments.map((a) => a.name)).toEqual(['A']);
    expect(cmd.redirects.map((r) => r.target?.value)).toEqual(['x', 'y']);
  });

  it('a bare redirection is a command without a name', () => {
    const [cmd] = parseScript('> /etc/motd').commands;
    expect(cmd.name).toBeNull();
    expect(cmd.redirects[0].target?.value).toBe('/etc/motd');
  });

  it('a digit glued to a word is not an fd', () => {
    expect(commandWords('echo a2>b 2 >c').map((w) => w)).toEqual([['echo', 'a2', '2']]);
  });
});

describe('shell heredocs inside a script', () => {
  it('skips the body: it is data for the command, not commands', () => {
    const script = parseScript('cat <<EOF > /etc/x\nrm -rf /\nEOF\necho done');
    expect(script.commands.map(words)).toEqual([['cat'], ['echo', 'done']]);
    expect(script.commands[0].redirects.map((r) => [r.op, r.target?.value])).toEqual([
      ['<<', 'EOF'],
      ['>', '/etc/x'],
    ]);
    expect(loc(script.commands[1].range)).toBe('4:1-4:10');
  });

  it('handles <<-, quoted delimiters and two heredocs on one line', () => {
    const script = parseScript("a <<-'X' && b <<\"Y\"\n\tone\n\tX\ntwo $(no)\nY\nc");
    expect(script.commands.map(words)).toEqual([['a'], ['b'], ['c']]);
    expect(script.errors).toEqual([]);
  });

  it('runs substitutions of a body whose delimiter is unquoted', () => {
    const script = parseScript('cat <<EOF\nversion: $(git describe)\nEOF');
    expect(script.commands.map(words)).toEqual([['cat'], ['git', 'describe']]);
    expect(loc(script.commands[1].range)).toBe('2:12-2:24');
  });

  it('reports a heredoc that is never terminated, and one with no body', () => {
    expect(parseScript('cat <<EOF\nabc').errors.map((e) => [e.message, loc(e.range)])).toEqual([
      ['heredoc "EOF" is not terminated', '2:1-2:4'],
    ]);
    expect(parseScript('cat <<EOF').errors.map((e) => [e.message, loc(e.range)])).toEqual([
      ['heredoc "EOF" has no body', '1:5-1:7'],
    ]);
  });
});
