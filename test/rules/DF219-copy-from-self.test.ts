import { ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF219-copy-from-self';

ruleTester(rule, {
  valid: ['FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=build /a /b\n', { code: 'FROM alpine AS a\n# hadolint ignore=DL3023\nCOPY --from=a /x /y\n', name: 'skipped with the hadolint code' }],
  invalid: [
    {
      code: 'FROM alpine:3.20 AS build\nRUN echo hi > /a\nCOPY --from=Build /a /b\nRUN --mount=from=0,target=/m ls\n',
      errors: [
        { messageId: 'self', line: 3, column: 13, endLine: 3, endColumn: 18, message: '--from=Build refers to the stage this instruction is in' },
        { messageId: 'self', line: 4, column: 18, endLine: 4, endColumn: 19 },
      ],
    },
  ],
});
