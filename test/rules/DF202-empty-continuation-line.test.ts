import { ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF202-empty-continuation-line';

ruleTester(rule, {
  valid: [
    'FROM alpine:3.20\nRUN apk add --no-cache \\\n    curl\n',
    'FROM alpine:3.20\nRUN apk add --no-cache \\\n# comment\n    curl\n',
    'FROM alpine:3.20\n\nRUN echo hi\n',
    { code: '# check=skip=NoEmptyContinuation\nFROM alpine:3.20\nRUN a \\\n\n  b\n', name: 'skipped with the BuildKit name' },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nRUN apk add --no-cache \\\n\n    curl\n',
      errors: [{ messageId: 'empty', line: 3, column: 1, endLine: 3, endColumn: 1 }],
      output: 'FROM alpine:3.20\nRUN apk add --no-cache \\\n    curl\n',
    },
    {
      code: 'FROM alpine:3.20\nRUN a \\\n\n  && b \\\n\n  && c\n',
      errors: [
        { messageId: 'empty', line: 3, column: 1, endLine: 3, endColumn: 1 },
        { messageId: 'empty', line: 5, column: 1, endLine: 5, endColumn: 1 },
      ],
      output: 'FROM alpine:3.20\nRUN a \\\n  && b \\\n  && c\n',
    },
  ],
});
