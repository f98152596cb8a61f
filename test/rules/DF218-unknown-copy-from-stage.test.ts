import { ruleTester, dedent } from '../helpers/rule-tester';
import rule from '../../rules/DF218-unknown-copy-from-stage';

ruleTester(rule, {
  valid: [
    'FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=build /app /app\n',
    'FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=BUILD /app /app\n',
    'FROM alpine:3.20\nCOPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/\n',
    'FROM alpine:3.20\nCOPY --from=ghcr.io/org/tool /bin/tool /bin/\n',
    'FROM alpine:3.20\nFROM alpine:3.20\nCOPY --from=0 /x /y\n',
    'FROM alpine:3.20 AS a\nCOPY --from=a /x /y\n',
    { code: 'ARG FIRST=first\nFROM alpine:3.20 AS ${FIRST}\nFROM alpine:3.20\nCOPY --from=first /x /y\n', name: 'after a stage named by a variable (Buildah)' },
    { code: 'FROM alpine:3.20\n# hadolint ignore=DL3022\nCOPY --from=biuld /x /y\n', name: 'skipped with the hadolint code' },
  ],
  invalid: [
    {
      code: dedent`
        FROM golang:1.23 AS build
        FROM alpine:3.20
        COPY --from=biuld /app /app
      `,
      errors: [{ messageId: 'unknownName', line: 3, column: 13, endLine: 3, endColumn: 18, message: '"biuld" is not a stage defined before this instruction (did you mean "build"?); if it is an image, give it a tag' }],
    },
    {
      code: 'FROM alpine:3.20 AS a\nCOPY --from=first /x /y\nFROM alpine:3.20 AS ${LATER}\n',
      errors: [{ messageId: 'unknownName', line: 2, column: 13, endLine: 2, endColumn: 18 }],
      name: 'a stage named by a variable later in the file cannot be the one meant',
    },
    {
      code: 'FROM alpine:3.20\nCOPY --from=2 /app /app\nRUN --mount=from=later,target=/x ls\nFROM alpine:3.20 AS later\n',
      errors: [
        { messageId: 'badIndex', line: 2, column: 13, endLine: 2, endColumn: 14, message: '--from=2 is not the index of an earlier stage (this is stage 0)' },
        { messageId: 'unknownName', line: 3, column: 18, endLine: 3, endColumn: 23 },
      ],
    },
    {
      code: dedent`
        ARG SRC=build
        FROM golang:1.23 AS build
        FROM alpine:3.20
        ARG SRC
        COPY --from=$SRC /app /app
        RUN --mount=from=\${SRC},target=/m ls /m
      `,
      errors: [
        { messageId: 'variable', line: 5, column: 13, endLine: 5, endColumn: 17, message: 'BuildKit does not expand variables in --from ("$SRC") and fails the build; add a stage `FROM $SRC AS name` and use --from=name' },
        { messageId: 'variable', line: 6, column: 18, endLine: 6, endColumn: 24 },
      ],
    },
  ],
});
