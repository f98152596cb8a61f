import { ruleTester, dedent } from '../helpers/rule-tester';
import rule from '../../rules/DF152-root-user';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN id\n',
    'FROM debian:12\nUSER root\nRUN apt-get update\nUSER app\n',
    'FROM debian:12\nUSER 1000:1000\n',
    dedent`
      FROM golang:1.23 AS build
      USER root
      RUN go build -o /app .

      FROM gcr.io/distroless/static
      COPY --from=build /app /app
      USER nonroot
    `,
    dedent`
      FROM debian:12 AS build
      USER root

      FROM alpine:3.20
      COPY --from=build /etc/hostname /x
    `,
    dedent`
      FROM debian:12 AS base
      USER root

      FROM base
      USER app
    `,
    'FROM debian:12\nARG RUN_AS\nUSER $RUN_AS\n',
    'FROM debian:12\nUSER app\nONBUILD USER root\n',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nUSER app\nRUN id\nUSER root\n',
      errors: [{ messageId: 'root', line: 4, column: 6, endLine: 4, endColumn: 10 }],
    },
    {
      code: 'FROM debian:12\nUSER 0:0\n',
      errors: [{ messageId: 'root', line: 2, column: 6, endLine: 2, endColumn: 7 }],
    },
    {
      code: dedent`
        FROM debian:12 AS base
        USER root

        FROM base
        RUN id
      `,
      errors: [{ messageId: 'root', line: 2, column: 6, endLine: 2, endColumn: 10 }],
    },
    {
      code: dedent`
        FROM debian:12 AS build
        USER app

        FROM alpine:3.20
        ARG RUN_AS=root
        USER \${RUN_AS}
      `,
      errors: [{ messageId: 'root', line: 6, column: 6, endLine: 6, endColumn: 15 }],
    },
  ],
});
