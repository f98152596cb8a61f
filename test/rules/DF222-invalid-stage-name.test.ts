import { ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF222-invalid-stage-name';

ruleTester(rule, {
  valid: [
    'FROM alpine:3.20 AS build\n',
    'FROM alpine:3.20 AS Build\n',
    'FROM alpine:3.20 AS build.v1_x-2\n',
    'FROM alpine:3.20 AS b\n',
    'FROM alpine:3.20\n',
    { code: 'FROM alpine:3.20 foo 1bar\n', name: 'no AS: no stage name (a syntax error of its own)' },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20 AS 1build\n',
      errors: [{ messageId: 'invalid', line: 1, column: 21, endLine: 1, endColumn: 27, message: 'Stage name "1build" is invalid: it must start with a letter, then letters, digits, "-", "_" or "."' }],
    },
    {
      code: 'FROM alpine:3.20 AS platform-arm/v7\nFROM alpine:3.20 AS ${NAME}\nFROM alpine:3.20 as "quoted"\nFROM alpine:3.20 AS _x\n',
      errors: [
        { messageId: 'invalid', line: 1, column: 21, endLine: 1, endColumn: 36 },
        { messageId: 'invalid', line: 2, column: 21, endLine: 2, endColumn: 28 },
        { messageId: 'invalid', line: 3, column: 21, endLine: 3, endColumn: 29 },
        { messageId: 'invalid', line: 4, column: 21, endLine: 4, endColumn: 23 },
      ],
    },
  ],
});
