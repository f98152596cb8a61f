import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF008-shell-form-entrypoint';

ruleTester(rule, {
  valid: [
    dedent`
      FROM node:22-alpine
      ENTRYPOINT ["node", "server.js"]
      CMD node server.js
    `,
    dedent`
      FROM node:22-alpine
      ENTRYPOINT ["/bin/sh", "-c", "exec node server.js \"$@\"", "--"]
    `,
    dedent`
      FROM node:22-alpine
      ENTRYPOINT ['node', 'server.js']
    `,
  ],
  invalid: [
    {
      code: dedent`
        FROM node:22-alpine
        ENTRYPOINT node server.js
      `,
      errors: [
        {
          messageId: 'shellForm',
          line: 2,
          column: 12,
          endLine: 2,
          endColumn: 26,
          message:
            'Shell-form ENTRYPOINT ignores CMD and docker run arguments and runs under /bin/sh -c, which does not forward signals; use exec form',
        },
      ],
    },
    {
      code: dedent`
        FROM alpine:3.20
        entrypoint /docker-entrypoint.sh \
          --verbose
      `,
      errors: [{ messageId: 'shellForm', line: 2, column: 12, endLine: 3, endColumn: 12 }],
    },
  ],
});
