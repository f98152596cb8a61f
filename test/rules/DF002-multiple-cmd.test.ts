import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF002-multiple-cmd';

ruleTester(rule, {
  valid: [
    dedent`
      FROM node:22-alpine
      CMD ["node", "server.js"]
    `,
    dedent`
      FROM node:22-alpine AS test
      CMD ["npm", "test"]
      FROM node:22-alpine
      CMD ["node", "server.js"]
    `,
    dedent`
      FROM node:22-alpine
      ONBUILD CMD ["npm", "start"]
      CMD ["node", "server.js"]
    `,
  ],
  invalid: [
    {
      code: dedent`
        FROM node:22-alpine
        CMD ["npm", "run", "migrate"]
        RUN echo between
        CMD ["node", "server.js"]
      `,
      errors: [
        {
          messageId: 'overridden',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 4,
          message: 'This CMD has no effect: the CMD on line 4 replaces it (only the last CMD in a stage counts)',
        },
      ],
    },
    {
      name: 'three CMDs in the second stage',
      code: dedent`
        FROM alpine:3.20 AS base
        CMD ["a"]
        FROM base
        cmd b
        CMD c
        CMD ["d"]
      `,
      errors: [
        { messageId: 'overridden', line: 4, column: 1, endLine: 4, endColumn: 4 },
        { messageId: 'overridden', line: 5, column: 1, endLine: 5, endColumn: 4 },
      ],
    },
  ],
});
