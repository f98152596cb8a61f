import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF012-cd-in-run';

ruleTester(rule, {
  valid: [
    dedent`
      FROM node:22-alpine
      WORKDIR /app
      RUN npm ci
    `,
    {
      name: 'subshells, substitutions, loops, conditionals and functions scope the cd',
      code: dedent`
        FROM alpine:3.20
        RUN (cd /tmp && wget -q https://example.com/x.tar.gz) && tar -xzf /tmp/x.tar.gz -C /opt
        RUN echo "$(cd /opt && pwd)"
        RUN for d in a b; do cd /src/$d && make; done
        RUN if [ -d /src ]; then cd /src && make; fi
        RUN build() { cd "$1" && make; }; build /src
      `,
    },
    {
      name: 'cd as an argument or in a string is not a command',
      code: dedent`
        FROM alpine:3.20
        RUN echo cd /app && grep -r "cd " /etc/profile
      `,
    },
    {
      name: 'a RUN under a PowerShell SHELL is not parsed as POSIX shell',
      code: dedent`
        FROM mcr.microsoft.com/powershell:7.4-ubuntu-22.04
        SHELL ["pwsh", "-Command"]
        RUN cd /app; Get-ChildItem
      `,
    },
  ],
  invalid: [
    {
      code: dedent`
        FROM node:22-alpine
        COPY . /app
        RUN cd /app && npm ci
      `,
      errors: [
        {
          messageId: 'cd',
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 7,
          message: 'cd in RUN only lasts for this RUN; use WORKDIR to set the directory for following instructions',
        },
      ],
    },
    {
      name: 'an sh -c script in exec form',
      code: dedent`
        FROM alpine:3.20
        RUN ["sh", "-c", "cd /src && make"]
      `,
      errors: [{ messageId: 'cd', line: 2, column: 19, endLine: 2, endColumn: 21 }],
    },
    {
      name: 'every top-level cd, across continuation lines',
      code: dedent`
        FROM alpine:3.20
        RUN wget -q https://example.com/src.tar.gz \
         && tar -xzf src.tar.gz \
         && cd src; make \
         && cd .. && rm -rf src
      `,
      errors: [
        { messageId: 'cd', line: 4, column: 5, endLine: 4, endColumn: 7 },
        { messageId: 'cd', line: 5, column: 5, endLine: 5, endColumn: 7 },
      ],
    },
  ],
});
