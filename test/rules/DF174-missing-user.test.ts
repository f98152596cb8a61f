import { ruleTester, dedent } from '../helpers/rule-tester';
import rule from '../../rules/DF174-missing-user';

ruleTester(rule, {
  valid: [
    'FROM node:22-alpine\nUSER node\n',
    'FROM alpine:3.20\nUSER 1000:1000\n',
    dedent`
      FROM node:22-alpine AS base
      USER node

      FROM base
      COPY . /app
    `,
  ],
  invalid: [
    {
      code: 'FROM node:22-alpine\nCOPY . /app\n',
      errors: [{ messageId: 'missing', line: 1, column: 6, endLine: 1, endColumn: 20 }],
    },
    {
      code: dedent`
        FROM alpine:3.20 AS builder
        USER app

        FROM alpine:3.20
        COPY --from=builder /x /x
      `,
      errors: [{ messageId: 'missing', line: 4, column: 6, endLine: 4, endColumn: 17 }],
    },
  ],
});
