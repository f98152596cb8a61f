import { ruleTester, dedent } from '../helpers/rule-tester';
import rule from '../../rules/DF181-missing-pipefail';

const pipe = 'RUN wget -qO- https://example.com/app.tgz | tar xz -C /opt\n';

ruleTester(rule, {
  valid: [
    `FROM debian:12\nRUN wget -qO- https://example.com/app.tgz && tar xzf app.tgz\n`,
    `FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\n${pipe}`,
    `FROM debian:12\nSHELL ["/bin/bash", "-eo", "pipefail", "-c"]\n${pipe}`,
    `FROM alpine:3.20\nSHELL ["/bin/ash", "-eo", "pipefail", "-c"]\n${pipe}`,
    `FROM debian:12\nSHELL ["/usr/bin/zsh", "-o", "errexit", "-o", "pipefail", "-c"]\n${pipe}`,
    `FROM debian:12\nRUN set -o pipefail && wget -qO- https://example.com/app.tgz | tar xz -C /opt\n`,
    `FROM debian:12\nRUN set -euo pipefail; wget -qO- https://example.com/app.tgz | tar xz -C /opt\n`,
    `FROM debian:12 AS base\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\n\nFROM base\n${pipe}`,
    'FROM mcr.microsoft.com/powershell:lts-ubuntu-22.04\nSHELL ["pwsh", "-Command"]\nRUN Get-ChildItem | Select-Object Name\n',
    'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell.exe", "-Command"]\nRUN Get-ChildItem | Select-Object Name\n',
    'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir | findstr foo\n',
    '# hadolint shell=powershell\nFROM mcr.microsoft.com/powershell:lts-ubuntu-22.04\nRUN Get-ChildItem | Select-Object Name\n',
    'FROM debian:12\nRUN ["/bin/bash", "-o", "pipefail", "-c", "wget -qO- https://x | tar xz"]\n',
    'FROM archlinux:base\nRUN yes | pacman -Scc\n',
    'FROM debian:12\nARG V=1.2\nRUN MAJOR=$(echo "$V" | cut -d. -f1) && printf "%s\\n" a b | sort\n',
    dedent`
      FROM debian:12
      RUN <<EOF
      set -eu -o pipefail
      wget -qO- https://example.com/app.tgz | tar xz -C /opt
      EOF
    `,
  ],
  invalid: [
    {
      code: `FROM debian:12\n${pipe}`,
      errors: [
        {
          messageId: 'pipefail',
          line: 2,
          column: 43,
          endLine: 2,
          endColumn: 44,
          message: 'Pipe without pipefail: a failure before the last command is ignored. Use SHELL ["/bin/bash", "-o", "pipefail", "-c"] or set -o pipefail',
        },
      ],
    },
    {
      name: 'an Alpine stage, and one built on it (no bash there): the message suggests ash',
      code: `FROM node:22-alpine AS base\n${pipe}FROM base\n${pipe}`,
      errors: [2, 4].map((line) => ({
        messageId: 'pipefail',
        line,
        column: 43,
        endLine: line,
        endColumn: 44,
        message: 'Pipe without pipefail: a failure before the last command is ignored. Use SHELL ["/bin/ash", "-o", "pipefail", "-c"] or set -o pipefail',
      })),
    },
    {
      code: `FROM debian:12\nSHELL ["/bin/sh", "-o", "pipefail", "-c"]\n${pipe}`,
      errors: [{ messageId: 'pipefail', line: 3, column: 43, endLine: 3, endColumn: 44 }],
    },
    {
      code: `FROM debian:12 AS a\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\n${pipe}FROM debian:12\n${pipe}`,
      errors: [{ messageId: 'pipefail', line: 5, column: 43, endLine: 5, endColumn: 44 }],
    },
    {
      code: 'FROM debian:12\nRUN ["/bin/bash", "-c", "wget -qO- https://x | tar xz"]\n',
      errors: [{ messageId: 'pipefail', line: 2, column: 46, endLine: 2, endColumn: 47 }],
    },
    {
      code: 'FROM debian:12\nONBUILD RUN wget -qO- https://x | tar xz\n',
      errors: [{ messageId: 'pipefail', line: 2, column: 33, endLine: 2, endColumn: 34 }],
    },
    {
      code: 'FROM debian:12\nRUN echo "$(curl -fsSL https://x/v)" | tr -d v > /v\n',
      errors: [{ messageId: 'pipefail', line: 2, column: 38, endLine: 2, endColumn: 39 }],
    },
    {
      code: 'FROM debian:12\nRUN ps aux |& grep x; set -o pipefail; a | b\n',
      errors: [{ messageId: 'pipefail', line: 2, column: 12, endLine: 2, endColumn: 14 }],
    },
    {
      code: dedent`
        FROM debian:12
        RUN apt-get update && \
            curl -fsSL https://deb.nodesource.com/setup_22.x \
              | bash -
      `,
      errors: [{ messageId: 'pipefail', line: 4, column: 7, endLine: 4, endColumn: 8 }],
    },
  ],
});
