import { ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF209-redundant-target-platform';

ruleTester(rule, {
  valid: [
    'FROM alpine:3.20 AS builder\n',
    'FROM --platform=$BUILDPLATFORM alpine:3.20\n',
    'FROM --platform=linux/amd64 alpine:3.20\n',
    { code: '# check=skip=RedundantTargetPlatform\nFROM --platform=$TARGETPLATFORM alpine\n', name: 'skipped with the BuildKit name' },
  ],
  invalid: [
    {
      code: 'FROM --platform=$TARGETPLATFORM alpine:3.20 AS builder\n',
      errors: [{ messageId: 'redundant', line: 1, column: 6, endLine: 1, endColumn: 32, message: 'Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior' }],
      output: 'FROM alpine:3.20 AS builder\n',
    },
    {
      code: 'FROM --platform=${TARGETPLATFORM} alpine:3.20\n',
      errors: [{ messageId: 'redundant', line: 1, column: 6, endLine: 1, endColumn: 34 }],
      output: 'FROM alpine:3.20\n',
    },
  ],
});
