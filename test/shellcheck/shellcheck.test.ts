import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDockerfile } from '../../src/parser';
import { SemanticModel } from '../../src/semantic/model';
import { findShellcheck, resolveShellcheck, shellcheckFindings, ShellcheckMemo } from '../../src/shellcheck';
import { batchesOf, runPooled, runShellcheck } from '../../src/shellcheck/run';
import { collectScripts, dialectOf } from '../../src/shellcheck/scripts';
import { dedent } from '../helpers/rule-tester';
import { dflint, ensureBuilt, expectOneLineError, tempTree } from '../cli/helpers';

const shellcheck = findShellcheck();
if (!shellcheck) console.log('shellcheck is not on PATH: the tests that run it are skipped (apt-get install shellcheck)');
const withShellcheck = shellcheck ? it : it.skip;

async function findings(text: string) {
  return (await shellcheckFindings(shellcheck!, [{ parsed: parseDockerfile(text), text }]))[0].map((d) => ({
    id: d.ruleId,
    severity: d.severity,
    at: [d.range.start.line, d.range.start.column, d.range.end.line, d.range.end.column],
  })).sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1] || a.id.localeCompare(b.id));
}

describe('dialectOf', () => {
  it('maps POSIX shells to ShellCheck dialects and refuses the rest', () => {
    expect(dialectOf(['/bin/sh', '-c'])).toBe('sh');
    expect(dialectOf(['/bin/ash', '-eo', 'pipefail', '-c'])).toBe('sh');
    expect(dialectOf(['/usr/bin/bash', '-c'])).toBe('bash');
    expect(dialectOf(['dash'])).toBe('dash');
    expect(dialectOf(['/bin/mksh', '-c'])).toBe('ksh');
    expect(dialectOf(['pwsh', '-Command'])).toBeNull();
    expect(dialectOf(['cmd', '/S', '/C'])).toBeNull();
    expect(dialectOf(['/bin/zsh', '-c'])).toBeNull();
  });
});

describe('collectScripts', () => {
  const scripts = (text: string) => {
    const { ast, source } = parseDockerfile(text);
    const model = new SemanticModel(ast, source);
    return collectScripts(model, text, (node) => model.variables.scopeAt(node).bindings().map((b) => b.name));
  };

  it('declares the ARG and ENV names in scope before the script', () => {
    const [script] = scripts('FROM alpine:3.20\nARG VERSION=1\nENV APP_HOME=/app\nRUN echo "$VERSION $APP_HOME"\n');
    expect(script.text).toContain('export VERSION=\n');
    expect(script.text).toContain('export APP_HOME=\n');
    expect(script.text.endsWith('echo "$VERSION $APP_HOME"\n')).toBe(true);
    expect(script.dialect).toBe('sh');
  });

  it('declares only the names the script mentions (not the ten predefined proxy ARGs every stage has)', () => {
    const [script] = scripts('FROM alpine:3.20\nARG VERSION=1\nARG UNUSED=2\nRUN echo "$VERSION" && curl "$HTTP_PROXY"\n');
    expect(script.text).toBe('export HTTP_PROXY=\nexport VERSION=\necho "$VERSION" && curl "$HTTP_PROXY"\n');
    expect(script.preludeLines).toBe(2);
    const [plain] = scripts('FROM alpine:3.20\nARG VERSION=1\nRUN apk add curl\n');
    expect(plain.text).toBe('apk add curl\n');
    expect(plain.preludeLines).toBe(0);
  });

  it('follows SHELL and skips exec form, PowerShell and the # hadolint shell= pragma', () => {
    expect(scripts('FROM alpine:3.20\nRUN ["echo", "hi"]\n')).toHaveLength(0);
    expect(scripts('FROM alpine:3.20\nSHELL ["/bin/bash", "-c"]\nRUN echo hi\n')[0].dialect).toBe('bash');
    expect(scripts('FROM mcr.microsoft.com/powershell:7.4\nSHELL ["pwsh", "-Command"]\nRUN Write-Host hi\n')).toHaveLength(0);
    expect(scripts('# hadolint shell=powershell\nFROM mcr.microsoft.com/powershell:7.4\nRUN Write-Host hi\n')).toHaveLength(0);
  });

  it('takes the body of RUN <<EOF as the script and skips non-shell interpreters', () => {
    const [script] = scripts('FROM alpine:3.20\nRUN <<EOF\necho one\necho two\nEOF\n');
    expect(script.text).toBe('echo one\necho two\n');
    expect(scripts('FROM python:3.12\nRUN <<EOF\n#!/usr/bin/env python3\nprint("hi")\nEOF\n')).toHaveLength(0);
  });

  it('includes ONBUILD RUN triggers', () => {
    expect(scripts('FROM alpine:3.20\nONBUILD RUN echo hi\n')).toHaveLength(1);
  });
});

describe('ShellCheck findings', () => {
  withShellcheck('maps positions back into the Dockerfile, across continuations', async () => {
    const text = dedent`
      FROM alpine:3.20
      ARG NAME
      RUN echo $NAME && \
          echo $undefined_thing; \
          cd /tmp
    `;
    expect(await findings(text)).toEqual([
      { id: 'SC2086', severity: 'info', at: [3, 10, 3, 15] },
      { id: 'SC2086', severity: 'info', at: [4, 10, 4, 26] },
      { id: 'SC2154', severity: 'warning', at: [4, 10, 4, 26] },
      { id: 'SC2164', severity: 'warning', at: [5, 5, 5, 12] },
    ]);
  });

  withShellcheck('maps heredoc script lines to their own lines', async () => {
    const text = 'FROM alpine:3.20\nRUN <<EOF\necho start\ncd /tmp\nEOF\n';
    expect(await findings(text)).toEqual([{ id: 'SC2164', severity: 'warning', at: [4, 1, 4, 8] }]);
  });

  withShellcheck('keeps shell heredocs inside a RUN so ShellCheck sees them as data', async () => {
    const text = 'FROM alpine:3.20\nRUN cat <<EOF > /etc/motd\n$HOME is not expanded by the builder\nEOF\n';
    expect(await findings(text)).toEqual([]);
  });

  withShellcheck('checks many files with one call and keeps their findings apart', async () => {
    const a = 'FROM alpine:3.20\nRUN cd /a\n';
    const b = 'FROM alpine:3.20\nRUN echo ok\n';
    const c = 'FROM alpine:3.20\n\nRUN cd /c\n';
    const out = await shellcheckFindings(shellcheck!, [a, b, c].map((text) => ({ parsed: parseDockerfile(text), text })));
    expect(out.map((list) => list.map((d) => `${d.ruleId}@${d.range.start.line}`))).toEqual([['SC2164@2'], [], ['SC2164@3']]);
  });
});

describe('ShellCheck on repeated scripts', () => {
  // The stand-in is a shell script.
  (shellcheck && process.platform !== 'win32' ? it : it.skip)('checks a script that several RUNs share once, and reports it at each RUN', async () => {
    // A stand-in for shellcheck that records the script files it is given, then runs the real one.
    const tree = tempTree({ 'shellcheck': `#!/bin/sh\nfor a in "$@"; do case "$a" in *.sh) echo "$a" >> "$(dirname "$0")/scripts.log";; esac; done\nexec "${shellcheck}" "$@"\n` });
    try {
      fs.chmodSync(path.join(tree.dir, 'shellcheck'), 0o755);
      const run = 'RUN cd /a && echo $HOME\n';
      const texts = [`FROM alpine:3.20\n${run}${run}`, `FROM alpine:3.20\nWORKDIR /w\n\n${run}RUN cd /b\n`, 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\n' + run];
      const out = await shellcheckFindings(path.join(tree.dir, 'shellcheck'), texts.map((text) => ({ parsed: parseDockerfile(text), text })));
      expect(out.map((list) => list.map((d) => `${d.ruleId}@${d.range.start.line}:${d.range.start.column}-${d.range.end.line}:${d.range.end.column}`).sort())).toEqual([
        ['SC2086@2:19-2:24', 'SC2086@3:19-3:24'],
        ['SC2086@4:19-4:24', 'SC2164@5:5-5:10'],
        ['SC2086@3:19-3:24'],
      ]);
      // Three distinct scripts: the shared RUN for sh, `cd /b` for sh, and the shared RUN for bash.
      expect(fs.readFileSync(path.join(tree.dir, 'scripts.log'), 'utf8').trim().split('\n')).toHaveLength(3);
    } finally {
      tree.cleanup();
    }
  });
});

describe('ShellCheck with a memo', () => {
  (shellcheck && process.platform !== 'win32' ? it : it.skip)('checks only the scripts it has not seen, and reports the known ones as before', async () => {
    const tree = tempTree({ 'shellcheck': `#!/bin/sh\nfor a in "$@"; do case "$a" in *.sh) cat "$a" >> "$(dirname "$0")/scripts.log";; esac; done\nexec "${shellcheck}" "$@"\n` });
    try {
      const exe = path.join(tree.dir, 'shellcheck');
      fs.chmodSync(exe, 0o755);
      const log = path.join(tree.dir, 'scripts.log');
      const checked = () => fs.readFileSync(log, 'utf8').split('\n').filter(Boolean);
      const memo = new ShellcheckMemo(2);
      const lint = async (text: string) =>
        (await shellcheckFindings(exe, [{ parsed: parseDockerfile(text), text }], memo))[0].map((d) => `${d.ruleId}@${d.range.start.line}:${d.range.start.column}`).sort();
      const first = 'FROM alpine:3.20\nRUN cd /a\nRUN echo $HOME\n';
      expect(await lint(first)).toEqual(['SC2086@3:10', 'SC2164@2:5']);
      expect(checked()).toEqual(['cd /a', 'echo $HOME']);
      // Lines moved and one script changed: only that one is checked; the others' findings follow them.
      fs.writeFileSync(log, '');
      expect(await lint('FROM alpine:3.20\nWORKDIR /w\nRUN echo $HOME\nRUN cd /a\nRUN ls $X\n')).toEqual(['SC2086@3:10', 'SC2086@5:8', 'SC2164@4:5']);
      expect(checked()).toEqual(['ls $X']);
      // The memo keeps the two scripts used last (`cd /a`, then `ls $X`): `echo $HOME` is checked again.
      expect(memo.size).toBe(2);
      fs.writeFileSync(log, '');
      expect(await lint(first)).toEqual(['SC2086@3:10', 'SC2164@2:5']);
      expect(checked()).toEqual(['echo $HOME']);
    } finally {
      tree.cleanup();
    }
  });
});

describe('ShellCheck processes', () => {
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);

  it('splits scripts into equal batches, one per core (two rounds past 2,000 each), none under 20', () => {
    expect(batchesOf(range(0), 2)).toEqual([]);
    expect(batchesOf(range(2), 2).map((b) => b.length)).toEqual([2]);
    expect(batchesOf(range(30), 2).map((b) => b.length)).toEqual([30]);
    expect(batchesOf(range(45), 2).map((b) => b.length)).toEqual([23, 22]);
    expect(batchesOf(range(1000), 2).map((b) => b.length)).toEqual([500, 500]);
    expect(batchesOf(range(5000), 2).map((b) => b.length)).toEqual([1250, 1250, 1250, 1250]);
    expect(batchesOf(range(5000), 4).map((b) => b.length)).toEqual([1250, 1250, 1250, 1250]);
    expect(batchesOf(range(5000), 2).flat()).toEqual(range(5000));
  });

  it('runs at most `limit` tasks at once and returns their results in task order', async () => {
    let running = 0;
    let most = 0;
    const task = (value: number, ms: number) => async () => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, ms));
      running--;
      return value;
    };
    await expect(runPooled([task(1, 30), task(2, 5), task(3, 10), task(4, 1), task(5, 1)], 2)).resolves.toEqual([1, 2, 3, 4, 5]);
    expect(most).toBe(2);
  });

  it('starts nothing new after a failure, lets the running ones end, and throws the first failure', async () => {
    const started: number[] = [];
    let settled = 0;
    const task = (i: number, fail: boolean) => async () => {
      started.push(i);
      await new Promise((resolve) => setTimeout(resolve, 10));
      settled++;
      if (fail) throw new Error(`task ${i} failed`);
      return i;
    };
    await expect(runPooled([task(0, true), task(1, false), task(2, false), task(3, false)], 2)).rejects.toThrow('task 0 failed');
    expect(started).toEqual([0, 1]);
    expect(settled).toBe(2);
  });

  it('reports an executable that cannot start, and one that prints no JSON, as ShellCheck errors', async () => {
    const text = 'FROM alpine:3.20\nRUN cd /a\n';
    const { ast, source } = parseDockerfile(text);
    const [script] = collectScripts(new SemanticModel(ast, source), text, () => []);
    const queued = [{ owner: 0, script, source }];
    await expect(runShellcheck('/nonexistent/shellcheck', queued)).rejects.toThrow(/^could not run \/nonexistent\/shellcheck: .*ENOENT/);
    await expect(runShellcheck('/bin/false', queued)).rejects.toThrow('/bin/false failed: exit 1');
  });

  withShellcheck('gives the same findings, in the same order, whether scripts share a process or not', async () => {
    // 45 files: two ShellCheck processes on two cores or more (20 scripts each at least); lines and columns vary.
    const texts = range(45).map((i) => `FROM alpine:3.20\n${'\n'.repeat(i % 3)}RUN cd /d${i}; echo $X${i}\n`);
    const files = texts.map((text) => ({ parsed: parseDockerfile(text), text }));
    const out = await shellcheckFindings(shellcheck!, files);
    expect(out.map((list) => list.map((d) => `${d.ruleId}@${d.range.start.line}:${d.range.start.column}`))).toEqual(
      texts.map((_, i) => [`SC2164@${2 + (i % 3)}:5`, `SC2086@${2 + (i % 3)}:${i < 10 ? 18 : 19}`]),
    );
  });
});

describe('resolveShellcheck', () => {
  it('is off when asked, silent in auto without the tool, and an error in on without it', () => {
    expect(resolveShellcheck('off')).toBeNull();
    expect(resolveShellcheck('auto', { PATH: '/nonexistent' })).toBeNull();
    expect(() => resolveShellcheck('on', { PATH: '/nonexistent' })).toThrow(/shellcheck is not on PATH/);
  });
});

describe('dflint --shellcheck', () => {
  beforeAll(() => ensureBuilt());
  const file = 'FROM alpine:3.20\nWORKDIR /app\n# hadolint ignore=SC2086\nRUN echo $HOME\nRUN echo $PATH\n';

  it('exits 2 with one line when on and ShellCheck is missing', () => {
    const { dir, cleanup } = tempTree({ Dockerfile: file });
    try {
      const r = dflint(['--shellcheck', 'on', 'Dockerfile'], { cwd: dir, env: { PATH: '/nonexistent' } });
      expect(r.code).toBe(2);
      expectOneLineError(r.stderr, /^dflint: --shellcheck: shellcheck is not on PATH/);
    } finally {
      cleanup();
    }
  });

  it('rejects an unknown mode', () => {
    const r = dflint(['--shellcheck', 'sometimes', 'Dockerfile']);
    expect(r.code).toBe(2);
    expectOneLineError(r.stderr, /--shellcheck: "sometimes": expected one of auto, on, off/);
  });

  withShellcheck('reports SC codes with locations, honours ignore pragmas and .hadolint.yaml exclusions', () => {
    const { dir, cleanup } = tempTree({ Dockerfile: file });
    try {
      const r = dflint(['--shellcheck', 'on', '-f', 'json', 'Dockerfile'], { cwd: dir });
      const sc = JSON.parse(r.stdout).results.filter((x: { ruleId: string }) => x.ruleId.startsWith('SC'));
      expect(sc.map((x: { ruleId: string; line: number; column: number }) => [x.ruleId, x.line, x.column])).toEqual([['SC2086', 5, 10]]);
    } finally {
      cleanup();
    }
    const second = tempTree({ Dockerfile: file, '.hadolint.yaml': 'ignored:\n  - SC2086\n' });
    try {
      const r = dflint(['--shellcheck', 'on', '-f', 'json', 'Dockerfile'], { cwd: second.dir });
      expect(JSON.parse(r.stdout).results.filter((x: { ruleId: string }) => x.ruleId.startsWith('SC'))).toEqual([]);
    } finally {
      second.cleanup();
    }
  });
});
