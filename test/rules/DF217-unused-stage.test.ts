import { ruleTester, dedent } from '../helpers/rule-tester';
import rule from '../../rules/DF217-unused-stage';

ruleTester(rule, {
  valid: [
    dedent`
      FROM alpine:3.20 AS tools
      RUN apk add --no-cache curl
      FROM alpine:3.20
      COPY --from=tools /usr/bin/curl /usr/bin/curl
    `,
    'FROM alpine:3.20\n',
    dedent`
      FROM alpine:3.20 AS base
      FROM base AS deps
      FROM alpine:3.20
      RUN --mount=type=bind,from=deps,target=/d ls /d
    `,
    { code: 'FROM alpine:3.20 AS test\nRUN echo test\nFROM alpine:3.20\n', options: { targets: ['test'] } },
    'ARG SRC\nFROM alpine:3.20 AS a\nFROM alpine:3.20\nCOPY --from=$SRC /x /y\n',
    { code: 'ARG FIRST=first\nFROM alpine:3.20 AS ${FIRST}\nFROM alpine:3.20\nCOPY --from=first /x /y\n', name: 'a stage named by a variable (Buildah) may be the one used' },
  ],
  invalid: [
    {
      code: dedent`
        FROM alpine:3.20 AS tools
        RUN apk add --no-cache curl
        FROM alpine:3.20
        FROM alpine:3.20 AS final
      `,
      errors: [
        { messageId: 'unused', line: 1, column: 21, endLine: 1, endColumn: 26, message: 'Stage "tools" is not needed to build "final"; docker build skips it' },
        { messageId: 'unused', line: 3, column: 1, endLine: 3, endColumn: 5, message: 'Stage 1 is not needed to build "final"; docker build skips it' },
      ],
    },
  ],
});
