import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF107-apk-missing-no-cache';

ruleTester(rule, {
  valid: [
    {
      name: '--no-cache',
      code: dedent`
        FROM alpine:3.20
        RUN apk add --no-cache curl=8.9.1-r2
      `,
    },
    {
      name: 'option before the subcommand',
      code: dedent`
        FROM alpine:3.20
        RUN apk --no-cache add curl=8.9.1-r2
      `,
    },
    {
      name: 'cache mount',
      code: dedent`
        FROM alpine:3.20
        RUN --mount=type=cache,target=/var/cache/apk apk add curl=8.9.1-r2
      `,
    },
    {
      name: 'cache removed later in the same RUN',
      code: dedent`
        FROM alpine:3.20
        RUN apk update && apk add curl=8.9.1-r2 && rm -rf /var/cache/apk/*
      `,
    },
    {
      name: 'build stage that is only copied from',
      code: dedent`
        FROM alpine:3.20 AS build
        RUN apk add gcc=13.2.1_git20240309-r0
        FROM alpine:3.20
        COPY --from=build /out /out
      `,
    },
    {
      name: 'apk update alone',
      code: dedent`
        FROM alpine:3.20
        RUN apk update
      `,
    },
    {
      name: '--no-network fetches nothing',
      code: dedent`
        FROM alpine:3.20
        RUN apk add --no-network --virtual .rundeps so:libc.musl-x86_64.so.1
      `,
    },
  ],
  invalid: [
    {
      name: 'missing --no-cache',
      code: dedent`
        FROM alpine:3.20
        RUN apk add curl=8.9.1-r2
      `,
      errors: [
        { messageId: 'noCache', line: 2, column: 5, endLine: 2, endColumn: 8 },
      ],
      output: dedent`
        FROM alpine:3.20
        RUN apk add --no-cache curl=8.9.1-r2
      `,
    },
    {
      name: 'with --update',
      code: dedent`
        FROM alpine:3.20
        RUN apk --update add curl=8.9.1-r2
      `,
      errors: [
        { messageId: 'noCache', line: 2, column: 5, endLine: 2, endColumn: 8 },
      ],
      output: dedent`
        FROM alpine:3.20
        RUN apk --update add --no-cache curl=8.9.1-r2
      `,
    },
    {
      name: 'behind sudo',
      code: dedent`
        FROM alpine:3.20
        RUN sudo apk add curl=8.9.1-r2
      `,
      errors: [
        { messageId: 'noCache', line: 2, column: 10, endLine: 2, endColumn: 13 },
      ],
      output: dedent`
        FROM alpine:3.20
        RUN sudo apk add --no-cache curl=8.9.1-r2
      `,
    },
    {
      name: 'exec form',
      code: dedent`
        FROM alpine:3.20
        RUN ["apk", "add", "curl=8.9.1-r2"]
      `,
      errors: [
        { messageId: 'noCache', line: 2, column: 6, endLine: 2, endColumn: 11 },
      ],
      output: dedent`
        FROM alpine:3.20
        RUN ["apk", "add", "--no-cache", "curl=8.9.1-r2"]
      `,
    },
    {
      name: 'ONBUILD trigger',
      code: dedent`
        FROM alpine:3.20
        ONBUILD RUN apk add curl=8.9.1-r2
      `,
      errors: [
        { messageId: 'noCache', line: 2, column: 13, endLine: 2, endColumn: 16 },
      ],
      output: dedent`
        FROM alpine:3.20
        ONBUILD RUN apk add --no-cache curl=8.9.1-r2
      `,
    },
    {
      name: 'heredoc body',
      code: dedent`
        FROM alpine:3.20
        RUN <<EOF
        apk add curl=8.9.1-r2
        EOF
      `,
      errors: [
        { messageId: 'noCache', line: 3, column: 1, endLine: 3, endColumn: 4 },
      ],
      output: dedent`
        FROM alpine:3.20
        RUN <<EOF
        apk add --no-cache curl=8.9.1-r2
        EOF
      `,
    },
    {
      name: 'cache removed before the install',
      code: dedent`
        FROM alpine:3.20
        RUN rm -rf /var/cache/apk/* && apk add curl=8.9.1-r2
      `,
      errors: [
        { messageId: 'noCache', line: 2, column: 32, endLine: 2, endColumn: 35 },
      ],
      output: dedent`
        FROM alpine:3.20
        RUN rm -rf /var/cache/apk/* && apk add --no-cache curl=8.9.1-r2
      `,
    },
    {
      name: 'allStages checks build stages too',
      code: dedent`
        FROM alpine:3.20 AS build
        RUN apk add gcc=13.2.1_git20240309-r0
        FROM alpine:3.20
      `,
      options: { allStages: true },
      errors: [
        { messageId: 'noCache', line: 2, column: 5, endLine: 2, endColumn: 8 },
      ],
      output: dedent`
        FROM alpine:3.20 AS build
        RUN apk add --no-cache gcc=13.2.1_git20240309-r0
        FROM alpine:3.20
      `,
    },
  ],
});
