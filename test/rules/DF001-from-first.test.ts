import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF001-from-first';

ruleTester(rule, {
  valid: [
    dedent`
      FROM alpine:3.20
      RUN echo hi
    `,
    dedent`
      # syntax=docker/dockerfile:1
      # escape=\
      # A comment before anything
      ARG BASE=alpine
      ARG TAG=3.20
      FROM \${BASE}:\${TAG}
    `,
    '',
  ],
  invalid: [
    {
      code: dedent`
        LABEL maintainer=me
        FROM alpine:3.20
      `,
      errors: [{ messageId: 'beforeFrom', line: 1, column: 1, endLine: 1, endColumn: 6, message: 'LABEL before the first FROM; only ARG may come before FROM' }],
    },
    {
      code: dedent`
        ARG TAG=3.20
        ENV A=1
        run echo hi
        FROM alpine:\${TAG}
        RUN echo ok
      `,
      errors: [
        { messageId: 'beforeFrom', line: 2, column: 1, endLine: 2, endColumn: 4 },
        { messageId: 'beforeFrom', line: 3, column: 1, endLine: 3, endColumn: 4 },
      ],
    },
    {
      name: 'no FROM at all: one diagnostic on the first instruction',
      code: dedent`
        # just a comment
        RUN echo hi
        CMD ["sh"]
      `,
      errors: [{ messageId: 'noFrom', line: 2, column: 1, endLine: 2, endColumn: 4 }],
    },
    {
      name: 'only ARGs',
      code: 'ARG A=1\n',
      errors: [{ messageId: 'noFrom', line: 1, column: 1, endLine: 1, endColumn: 4 }],
    },
  ],
});
