import { ruleTester, dedent } from '../helpers/rule-tester';
import rule from '../../rules/DF164-missing-label';

const settings = { labelSchema: { 'org.opencontainers.image.source': 'url', maintainer: 'email' } };

ruleTester(rule, {
  valid: [
    'FROM alpine:3.20\n',
    {
      code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source=https://github.com/acme/app maintainer=a@b.co\n',
      settings,
    },
    {
      code: dedent`
        FROM alpine:3.20 AS base
        LABEL maintainer=a@b.co

        FROM golang:1.23 AS build
        RUN go build ./...

        FROM base
        LABEL org.opencontainers.image.source=https://github.com/acme/app
      `,
      settings,
    },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nLABEL maintainer=a@b.co\n',
      settings,
      errors: [{ messageId: 'missing', line: 1, column: 6, endLine: 1, endColumn: 17, message: 'Label "org.opencontainers.image.source" is missing' }],
    },
    {
      code: dedent`
        FROM golang:1.23 AS build
        LABEL maintainer=a@b.co org.opencontainers.image.source=https://github.com/acme/app

        FROM alpine:3.20
        COPY --from=build /app /app
      `,
      settings,
      errors: [
        { messageId: 'missing', line: 4, column: 6, endLine: 4, endColumn: 17 },
        { messageId: 'missing', line: 4, column: 6, endLine: 4, endColumn: 17 },
      ],
    },
  ],
});
