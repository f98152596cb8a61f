import { ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF159-invalid-onbuild-trigger';

ruleTester(rule, {
  valid: ['FROM node:22\nONBUILD COPY . /app\nONBUILD RUN npm ci\n', 'FROM node:22\nMAINTAINER jane\n'],
  invalid: [
    {
      code: 'FROM node:22\nONBUILD FROM alpine:3.20\n',
      errors: [{ messageId: 'forbidden', line: 2, column: 9, endLine: 2, endColumn: 13, message: 'FROM is not allowed as an ONBUILD trigger' }],
    },
    {
      code: 'FROM node:22\nonbuild maintainer jane\n',
      errors: [{ messageId: 'forbidden', line: 2, column: 9, endLine: 2, endColumn: 19 }],
    },
    {
      code: 'FROM node:22\nONBUILD ONBUILD RUN true\n',
      errors: [{ messageId: 'forbidden', line: 2, column: 9, endLine: 2, endColumn: 16 }],
    },
  ],
});
