import { parseDockerfile } from '../../src/parser';
import { SemanticModel } from '../../src/semantic/model';
import { analyzeShell } from '../../src/shell';
import type { ShellAnalysis, ShellScript } from '../../src/shell/types';
import { loc, words } from './helpers';

/** The shell analysis of every instruction that runs a command, through the semantic model. */
function analyses(dockerfile: string): (ShellAnalysis | null)[] {
  const { ast, source } = parseDockerfile(dockerfile);
  const model = new SemanticModel(ast, source);
  return ast.instructions.filter((i) => i.type !== 'From').map((i) => model.shell(i));
}

function script(a: ShellAnalysis | null): ShellScript {
  if (!a || a.kind !== 'parsed') throw new Error(`expected a parsed script, got ${JSON.stringify(a)}`);
  return a.script;
}

describe('analyzeShell: RUN shell form', () => {
  it('maps commands back to the Dockerfile across backslash continuations', () => {
    const [run] = analyses('FROM alpine\nRUN apk add --no-cache \\\n      curl \\\n  && rm -rf /var/cache/apk/*\n');
    const s = script(run);
    expect(s.commands.map(words)).toEqual([
      ['apk', 'add', '--no-cache', 'curl'],
      ['rm', '-rf', '/var/cache/apk/*'],
    ]);
    expect(loc(s.commands[0].name!.range)).toBe('2:5-2:8');
    expect(loc(s.commands[0].args[2].range)).toBe('3:7-3:11');
    expect(loc(s.commands[0].range)).toBe('2:5-3:11');
    expect(loc(s.commands[1].range)).toBe('4:6-4:29');
    expect(s.commands[1].context.connector).toBe('&&');
  });

  it('a word split by a continuation keeps its pieces on both lines', () => {
    const [run] = analyses('FROM alpine\nRUN echo ab\\\ncd\n');
    const [cmd] = script(run).commands;
    expect(cmd.args[0].value).toBe('abcd');
    expect(loc(cmd.args[0].range)).toBe('2:10-3:3');
  });

  it('records the shell and its options from SHELL', () => {
    const [, run] = analyses('FROM debian\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl x | sh\n');
    expect(run).toMatchObject({ kind: 'parsed', shell: 'bash', shellOptions: ['pipefail'], origin: 'shell-form' });
    expect(script(run).pipelines).toHaveLength(1);
  });

  it('skips PowerShell and cmd with a reason', () => {
    const [, run] = analyses('FROM mcr.microsoft.com/windows/servercore\nSHELL ["powershell", "-Command"]\nRUN Get-ChildItem\n');
    expect(run).toEqual({ kind: 'skipped', shell: 'powershell', reason: 'PowerShell scripts are not parsed' });
    const [cmdRun] = analyses('# escape=`\nFROM mcr.microsoft.com/windows/nanoserver\nRUN dir\n');
    expect(cmdRun).toEqual({ kind: 'skipped', shell: 'cmd', reason: 'cmd.exe scripts are not parsed' });
  });

  it('instructions that run no command give null', () => {
    expect(analyses('FROM a\nENV A=1\nWORKDIR /x\nHEALTHCHECK NONE\n')).toEqual([null, null, null]);
  });
});

describe('analyzeShell: heredocs', () => {
  it('RUN <<EOF: the body is the script', () => {
    const [run] = analyses('FROM alpine\nRUN <<EOF\napk add curl\nrm -rf /tmp/*\nEOF\n');
    expect(run).toMatchObject({ kind: 'parsed', origin: 'heredoc-script' });
    const s = script(run);
    expect(s.commands.map(words)).toEqual([['apk', 'add', 'curl'], ['rm', '-rf', '/tmp/*']]);
    expect(loc(s.commands[1].range)).toBe('4:1-4:14');
  });

  it('RUN <<EOF with a shell shebang is parsed with that shell; another interpreter is skipped', () => {
    const [bash] = analyses('FROM alpine\nRUN <<EOF\n#!/bin/bash\nset -e\nEOF\n');
    expect(bash).toMatchObject({ kind: 'parsed', shell: 'bash' });
    expect(script(bash).commands.map(words)).toEqual([['set', '-e']]);
    const [py] = analyses('FROM python\nRUN <<EOF\n#!/usr/bin/env python3\nprint("hi")\nEOF\n');
    expect(py).toEqual({ kind: 'skipped', shell: 'python3', reason: 'heredoc script runs "python3", not a shell' });
  });

  it('RUN cat <<EOF > file: the body is data, commands after it are on their lines', () => {
    const [run] = analyses('FROM alpine\nRUN cat <<EOF > /etc/app.conf && chmod 600 /etc/app.conf\nrm -rf /\nEOF\n');
    const s = script(run);
    expect(s.commands.map(words)).toEqual([['cat'], ['chmod', '600', '/etc/app.conf']]);
    expect(s.commands[0].redirects.map((r) => r.op)).toEqual(['<<', '>']);
    expect(loc(s.commands[1].range)).toBe('2:34-2:57');
    expect(s.errors).toEqual([]);
  });

  it('a heredoc script keeps its own continuations and heredocs; ranges stay on the body lines', () => {
    const [run] = analyses('FROM alpine\nRUN <<EOF\napk add \\\n  curl\ncat <<X >/f\ndata\nX\necho ok\nEOF\n');
    const s = script(run);
    expect(s.commands.map(words)).toEqual([['apk', 'add', 'curl'], ['cat'], ['echo', 'ok']]);
    expect(loc(s.commands[0].args[1].range)).toBe('4:3-4:7');
    expect(loc(s.commands[2].range)).toBe('8:1-8:8');
    expect(s.errors).toEqual([]);
  });

  it('RUN <<-EOF strips the tabs of the body; ranges point past them', () => {
    const [run] = analyses('FROM alpine\nRUN <<-EOF\n\techo a\n\tEOF\n');
    const s = script(run);
    expect(s.commands.map(words)).toEqual([['echo', 'a']]);
    expect(loc(s.commands[0].range)).toBe('3:2-3:8');
  });

  it('CRLF line endings', () => {
    const [run, heredoc] = analyses('FROM alpine\r\nRUN apk add \\\r\n  curl && echo ok\r\nRUN <<EOF\r\necho hi\r\nEOF\r\n');
    expect(script(run).commands.map(words)).toEqual([['apk', 'add', 'curl'], ['echo', 'ok']]);
    expect(loc(script(run).commands[1].range)).toBe('3:11-3:18');
    expect(script(heredoc).commands.map(words)).toEqual([['echo', 'hi']]);
    expect(loc(script(heredoc).commands[0].range)).toBe('5:1-5:8');
    expect(script(heredoc).errors).toEqual([]);
  });

  it('substitutions in an unquoted heredoc body run, mapped to the body line', () => {
    const [run] = analyses('FROM alpine\nRUN cat <<EOF > /v\n$(date)\nEOF\n');
    const s = script(run);
    expect(s.commands.map(words)).toEqual([['cat'], ['date']]);
    expect(loc(s.commands[1].range)).toBe('3:3-3:7');
  });
});

describe('analyzeShell: exec form and other instructions', () => {
  it('exec form is one command; ranges are the JSON literals', () => {
    const [run] = analyses('FROM a\nRUN ["apt-get", "install", "-y", "curl"]\n');
    expect(run).toMatchObject({ kind: 'parsed', origin: 'exec-form' });
    const [cmd] = script(run).commands;
    expect(words(cmd)).toEqual(['apt-get', 'install', '-y', 'curl']);
    expect(loc(cmd.name!.range)).toBe('2:6-2:15');
    expect(cmd.name!.raw).toBe('"apt-get"');
  });

  it('["sh", "-c", script]: the script is parsed too, mapped inside the JSON string', () => {
    const [run] = analyses('FROM a\nRUN ["/bin/sh", "-ec", "cd /x && make \\"all\\""]\n');
    expect(run).toMatchObject({ kind: 'parsed', shell: 'sh', shellOptions: ['errexit'] });
    const s = script(run);
    expect(s.commands.map(words)).toEqual([['/bin/sh', '-ec', 'cd /x && make "all"'], ['cd', '/x'], ['make', 'all']]);
    expect(loc(s.commands[1].range)).toBe('2:25-2:30');
    // A word that starts and ends with a JSON escape covers both escapes whole.
    expect(loc(s.commands[2].args[0].range)).toBe('2:39-2:46');
    expect(loc(s.commands[2].range)).toBe('2:34-2:46');
  });

  it('a \\u escape at the end of a word: its range covers all six characters', () => {
    const text = 'FROM a\nCMD ["sh", "-c", "echo b\\u0021 \\u0063d"]\n';
    const [cmd] = analyses(text);
    const s = script(cmd);
    expect(s.commands.map(words)).toEqual([['sh', '-c', 'echo b! cd'], ['echo', 'b!', 'cd']]);
    const [bang, cd] = s.commands[1].args;
    expect(text.slice(bang.range.start.offset, bang.range.end.offset)).toBe('b\\u0021');
    expect(text.slice(cd.range.start.offset, cd.range.end.offset)).toBe('\\u0063d');
    expect(loc(bang.range)).toBe('2:24-2:31');
  });

  it('shell-form CMD, ENTRYPOINT and HEALTHCHECK CMD are parsed; ONBUILD RUN through its trigger', () => {
    const [cmd, entry, health, onbuild] = analyses(
      'FROM a\nCMD node server.js\nENTRYPOINT exec nginx -g "daemon off;"\nHEALTHCHECK --interval=5s CMD curl -f http://localhost/ || exit 1\nONBUILD RUN make\n',
    );
    expect(script(cmd).commands.map(words)).toEqual([['node', 'server.js']]);
    expect(script(entry).commands.map(words)).toEqual([['exec', 'nginx', '-g', 'daemon off;']]);
    expect(script(health).commands.map(words)).toEqual([['curl', '-f', 'http://localhost/'], ['exit', '1']]);
    expect(loc(script(health).commands[1].range)).toBe('4:60-4:66');
    expect(script(onbuild).commands.map(words)).toEqual([['make']]);
    expect(loc(script(onbuild).commands[0].range)).toBe('5:13-5:17');
  });

  it('analyzeShell can be called directly with a SHELL argv', () => {
    const { ast, source } = parseDockerfile('FROM a\nRUN echo hi\n');
    const run = ast.instructions[1];
    expect(analyzeShell(run, ['/usr/bin/env', 'zsh', '-c'], source)).toMatchObject({ kind: 'parsed', shell: 'zsh' });
    expect(analyzeShell(run, ['fish', '-c'], source)).toEqual({ kind: 'skipped', shell: 'fish', reason: '"fish" is not a POSIX shell' });
  });
});
