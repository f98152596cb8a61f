import { ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF201-from-as-casing';

ruleTester(rule, {
  valid: [
    'FROM alpine:3.20 AS builder\n',
    'from alpine:3.20 as builder\n',
    'From alpine:3.20 as builder\n',
    'FROM alpine:3.20\n',
    { code: 'FROM alpine:3.20 foo builder\n', name: 'a word that is not AS (a syntax error of its own)' },
    { code: '# check=skip=FromAsCasing\nFROM alpine:3.20 as builder\n', name: 'skipped with the BuildKit name' },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20 as builder\n',
      errors: [{ messageId: 'mismatch', line: 1, column: 18, endLine: 1, endColumn: 20, message: "'as' and 'FROM' keywords' casing do not match" }],
      output: 'FROM alpine:3.20 AS builder\n',
    },
    {
      code: 'from alpine:3.20 As builder\n',
      errors: [{ messageId: 'mismatch', line: 1, column: 18, endLine: 1, endColumn: 20 }],
      output: 'from alpine:3.20 as builder\n',
    },
  ],
});
