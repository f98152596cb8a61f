import { ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF204-reserved-stage-name';

ruleTester(rule, {
  valid: ['FROM alpine:3.20 AS builder\n', 'FROM scratch\n', { code: '# check=skip=ReservedStageName\nFROM alpine AS scratch\n', name: 'skipped with the BuildKit name' }],
  invalid: [
    {
      code: 'FROM alpine:3.20 AS scratch\nFROM alpine:3.20 AS Context\n',
      errors: [
        { messageId: 'reserved', line: 1, column: 21, endLine: 1, endColumn: 28, message: '"scratch" is reserved and should not be used as a stage name' },
        { messageId: 'reserved', line: 2, column: 21, endLine: 2, endColumn: 28 },
      ],
    },
  ],
});
