import { parseDockerfile } from '../../src/parser';
import { SemanticModel } from '../../src/semantic/model';
import { findShellcheck, resolveShellcheck, shellcheckFindings } from '../../src/shellcheck';
import { collectScripts, dialectOf } from '../../src/shellcheck/scripts';
import { dedent } from '../helpers/rule-tester';
import { dflint, ensureBuilt, expectOneLineError, tempTree } from '../cli/helpers';

const shellcheck = findShellcheck();
if (!shellcheck) console.log('shellcheck is not on PATH: the tests that run it are skipped (apt-get install shellcheck)');
const withShellcheck = shellcheck ? it : it.skip;

function findings(text: string) {
  return shellcheckFindings(shellcheck!, [{ parsed: parseDockerfile(text), text }])[0].map((d) => ({
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
  withShellcheck('maps positions back into the Dockerfile, across continuations', () => {
    const text = dedent`
      FROM alpine:3.20
      ARG NAME
      RUN echo $NAME && \
          echo $undefined_thing; \
          cd /tmp
    `;
    expect(findings(text)).toEqual([
      { id: 'SC2086', severity: 'info', at: [3, 10, 3, 15] },
      { id: 'SC2086', severity: 'info', at: [4, 10, 4, 26] },
      { id: 'SC2154', severity: 'warning', at: [4, 10, 4, 26] },
      { id: 'SC2164', severity: 'warning', at: [5, 5, 5, 12] },
    ]);
  });

  withShellcheck('maps heredoc script lines to their own lines', () => {
    const text = 'FROM alpine:3.20\nRUN <<EOF\necho start\ncd /tmp\nEOF\n';
    expect(findings(text)).toEqual([{ id: 'SC2164', severity: 'warning', at: [4, 1, 4, 8] }]);
  });

  withShellcheck('keeps shell heredocs inside a RUN so ShellCheck sees them as data', () => {
    const text = 'FROM alpine:3.20\nRUN cat <<EOF > /etc/motd\n$HOME is not expanded by the builder\nEOF\n';
    expect(findings(text)).toEqual([]);
  });

  withShellcheck('checks many files with one call and keeps their findings apart', () => {
    const a = 'FROM alpine:3.20\nRUN cd /a\n';
    const b = 'FROM alpine:3.20\nRUN echo ok\n';
    const c = 'FROM alpine:3.20\n\nRUN cd /c\n';
    const out = shellcheckFindings(shellcheck!, [a, b, c].map((text) => ({ parsed: parseDockerfile(text), text })));
    expect(out.map((list) => list.map((d) => `${d.ruleId}@${d.range.start.line}`))).toEqual([['SC2164@2'], [], ['SC2164@3']]);
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
