import { dedent, ruleTester } from '../helpers/rule-tester';
import rule, { plainCommandWords } from '../../rules/DF005-shell-form-cmd';

ruleTester(rule, {
  valid: [
    dedent`
      FROM node:22-alpine
      CMD ["node", "server.js"]
      ENTRYPOINT ["docker-entrypoint.sh"]
      HEALTHCHECK CMD ["wget", "-qO-", "http://localhost:3000/"]
    `,
    dedent`
      FROM node:22-alpine
      HEALTHCHECK NONE
    `,
    {
      name: 'an explicit SHELL makes the shell a choice',
      code: dedent`
        FROM mcr.microsoft.com/powershell:7.4-ubuntu-22.04
        SHELL ["pwsh", "-Command"]
        CMD Get-Date
      `,
    },
    {
      name: 'SHELL inherited from a base stage',
      code: dedent`
        FROM alpine:3.20 AS base
        SHELL ["/bin/ash", "-eo", "pipefail", "-c"]
        FROM base
        CMD echo hi | cat
      `,
    },
    {
      name: 'broken JSON is left to malformed-exec-form',
      code: dedent`
        FROM node:22-alpine
        CMD ['node', 'server.js']
      `,
    },
  ],
  invalid: [
    {
      name: 'no fix when a comment line sits inside the continued command (the rewrite would lose it); comments around it do not matter',
      code: '# before\nFROM node:22-alpine\n# just before\nCMD node \\\n  # the script\n  server.js\n# after\nHEALTHCHECK CMD wget -qO- http://localhost/\n',
      errors: [
        { messageId: 'shellForm', line: 4, column: 5, endLine: 6, endColumn: 12 },
        { messageId: 'healthcheckShellForm', line: 8, column: 17, endLine: 8, endColumn: 44 },
      ],
      output: '# before\nFROM node:22-alpine\n# just before\nCMD node \\\n  # the script\n  server.js\n# after\nHEALTHCHECK CMD ["wget", "-qO-", "http://localhost/"]\n',
    },
    {
      code: dedent`
        FROM node:22-alpine
        CMD node server.js
      `,
      errors: [
        {
          messageId: 'shellForm',
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 19,
          message: 'CMD in shell form runs under /bin/sh -c, which does not pass signals to the process; use the JSON exec form',
        },
      ],
      output: dedent`
        FROM node:22-alpine
        CMD ["node", "server.js"]
      `,
    },
    {
      name: 'a leading exec is dropped',
      code: dedent`
        FROM node:22-alpine
        ENTRYPOINT exec node --max-old-space-size=512 app.js
      `,
      errors: [{ messageId: 'shellForm', line: 2, column: 12, endLine: 2, endColumn: 53 }],
      output: dedent`
        FROM node:22-alpine
        ENTRYPOINT ["node", "--max-old-space-size=512", "app.js"]
      `,
    },
    {
      name: 'shell syntax: reported without a fix',
      code: dedent`
        FROM node:22-alpine
        HEALTHCHECK --interval=5s CMD curl -f http://localhost/ || exit 1
        CMD node server.js --port $PORT
        ENTRYPOINT cd /app
      `,
      errors: [
        { messageId: 'healthcheckShellForm', line: 2, column: 31, endLine: 2, endColumn: 66 },
        { messageId: 'shellForm', line: 3, column: 5, endLine: 3, endColumn: 32 },
        { messageId: 'shellForm', line: 4, column: 12, endLine: 4, endColumn: 19 },
      ],
    },
    {
      name: 'continued over two lines',
      code: dedent`
        FROM python:3.13-slim
        CMD python -m http.server \
            8000
      `,
      errors: [{ messageId: 'shellForm', line: 2, column: 5, endLine: 3, endColumn: 9 }],
      output: dedent`
        FROM python:3.13-slim
        CMD ["python", "-m", "http.server", "8000"]
      `,
    },
    {
      name: 'unsafe when arguments change: CMD under an ENTRYPOINT, ENTRYPOINT with a CMD',
      code: dedent`
        FROM alpine:3.20 AS base
        ENTRYPOINT ["/docker-entrypoint.sh"]
        FROM base
        CMD nginx -g daemon-off
        FROM alpine:3.20
        ENTRYPOINT /usr/local/bin/app
        CMD ["--verbose"]
      `,
      errors: [
        { messageId: 'shellForm', line: 4, column: 5, endLine: 4, endColumn: 24 },
        { messageId: 'shellForm', line: 6, column: 12, endLine: 6, endColumn: 30 },
      ],
      outputUnsafe: dedent`
        FROM alpine:3.20 AS base
        ENTRYPOINT ["/docker-entrypoint.sh"]
        FROM base
        CMD ["nginx", "-g", "daemon-off"]
        FROM alpine:3.20
        ENTRYPOINT ["/usr/local/bin/app"]
        CMD ["--verbose"]
      `,
    },
    {
      name: 'Windows default shell: no fix',
      code: dedent`
        FROM mcr.microsoft.com/windows/servercore:ltsc2022
        CMD ping localhost
      `,
      errors: [
        {
          messageId: 'shellForm',
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 19,
          message: 'CMD in shell form runs under cmd /S /C, which does not pass signals to the process; use the JSON exec form',
        },
      ],
    },
  ],
});

describe('plainCommandWords', () => {
  it.each([
    ['node server.js', ['node', 'server.js']],
    ['exec nginx -g daemon', ['nginx', '-g', 'daemon']],
    ['java -Xmx1g -jar /app/app.jar', ['java', '-Xmx1g', '-jar', '/app/app.jar']],
  ])('%s is plain', (text, words) => expect(plainCommandWords(text)).toEqual(words));

  it.each(['echo $HOME', 'a && b', 'a; b', 'a > log', 'ls *.js', "echo 'x'", 'FOO=1 node x', 'cd /app', 'a | b', 'exec', '~/bin/x', 'a\\ b'])(
    '%s needs a shell',
    (text) => expect(plainCommandWords(text)).toBeNull(),
  );
});
