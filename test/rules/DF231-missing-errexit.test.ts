import { dedent, ruleTester } from '../helpers/rule-tester';
import rule, { setsErrexit } from '../../rules/DF231-missing-errexit';
import type { ShellCommand } from '../../src/shell/types';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n',
    { code: 'FROM debian:12\nRUN make\n', name: 'one command' },
    { code: 'FROM debian:12\nRUN set -e; a; b\nRUN set -o errexit; a; b\nRUN set -euxo pipefail\nRUN a && set -e; b; c\n', name: 'set -e before' },
    { code: 'FROM debian:12\nSHELL ["/bin/bash", "-e", "-c"]\nRUN a; b\n', name: 'a SHELL with -e' },
    { code: 'FROM debian:12\nRUN ["/bin/sh", "-ec", "a; b"]\n', name: 'an exec-form shell with -e' },
    { code: 'FROM debian:12\nRUN <<EOF\n#!/bin/bash -e\na\nb\nEOF\n', name: 'a heredoc shebang with -e' },
    { code: 'FROM debian:12\nRUN a || echo failed; b\nRUN a & b\nRUN rm /x; exit 0\nRUN rm /x; true\nRUN make; if [ $? -ne 0 ]; then cat log; fi\n', name: 'failure handled' },
    { code: 'FROM debian:12\nRUN echo start; export A=1; A=2; sleep 5; b\nRUN [ -f /done ] && exit 0; make\n', name: 'builtins, sleep, assignments and tests' },
    { code: 'FROM debian:12\nRUN for f in a b; do c "$f"; done; d\nRUN (cd /x; make); e\nRUN if a; then b; fi; c\n', name: 'compound commands' },
    { code: 'FROM debian:12\nRUN a && b $(c; d)\n', name: 'the script of a substitution does not count as statements of the RUN' },
    { code: 'FROM debian:12\nRUN a; "unterminated\n', name: 'a syntax error is shell-syntax-error\'s' },
    { code: 'FROM mcr.microsoft.com/powershell:lts\nSHELL ["pwsh", "-Command"]\nRUN a; b\n', name: 'PowerShell' },
    { code: 'FROM debian:12\nCMD a; b\n', name: 'CMD is not a build step' },
    { code: 'FROM debian:12\nRUN cat <<EOF > /etc/motd\nline one\nline two\nEOF\n', name: 'the lines of a heredoc that is data' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt-get update; apt-get install -y curl; rm -rf /var/lib/apt/lists/*\n',
      errors: [
        {
          messageId: 'unseen',
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 19,
          message: 'A failure of "apt-get" would not fail the build: it is followed by ";", and a RUN fails only when its last command does; start with "set -e" or join the commands with &&',
        },
      ],
    },
    {
      name: 'the lines of a RUN <<EOF script; reported once per RUN',
      code: dedent`
        FROM debian:12
        RUN <<EOF
        set -x
        pyenv install 3.12 | tee /log
        rm -rf /tmp/*
        ln -s a b
        EOF
      `,
      errors: [{ messageId: 'unseen', line: 4, column: 1, endLine: 4, endColumn: 30, message: expect.stringContaining('"pyenv" would not fail the build: it is followed by a new line') }],
    },
    {
      name: 'a list joined by && before a ";", in an ONBUILD trigger too, and an exec-form sh -c',
      code: 'FROM debian:12\nRUN cd / && rm -rf /src; rm -rf /tmp/*\nONBUILD RUN make; make install\nRUN ["sh", "-c", "make; make install"]\n',
      errors: [
        { messageId: 'unseen', line: 2, column: 5, endLine: 2, endColumn: 24, message: expect.stringContaining('"cd"') },
        { messageId: 'unseen', line: 3, column: 13, endLine: 3, endColumn: 17 },
        { messageId: 'unseen', line: 4, column: 19, endLine: 4, endColumn: 23 },
      ],
    },
  ],
});

describe('setsErrexit', () => {
  const set = (...args: string[]) => ({ name: { value: 'set' }, args: args.map((value) => ({ value })) }) as unknown as ShellCommand;
  it.each([[['-e']], [['-eux']], [['-euo', 'pipefail']], [['-o', 'errexit']], [['-x', '-e']]])('set %j turns errexit on', (args) => {
    expect(setsErrexit(set(...args))).toBe(true);
  });
  it.each([[['-x']], [['+e']], [['-o', 'pipefail']], [['--', '-e']], [[]]])('set %j does not', (args) => {
    expect(setsErrexit(set(...args))).toBe(false);
  });
});
