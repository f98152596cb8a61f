import { ruleTester, dedent } from '../helpers/rule-tester';
import rule from '../../rules/DF203-duplicate-stage-name';

ruleTester(rule, {
  valid: [
    'FROM alpine:3.20 AS build\nFROM alpine:3.20 AS test\nFROM alpine:3.20\nFROM alpine:3.20\n',
    { code: '# check=skip=DuplicateStageName\nFROM alpine:3.20 AS a\nFROM alpine:3.20 AS a\n', name: 'skipped with the BuildKit name' },
    { code: '# hadolint ignore=DL3024\nFROM alpine:3.20 AS a\n# hadolint ignore=DL3024\nFROM alpine:3.20 AS a\n', name: 'skipped with the hadolint code' },
  ],
  invalid: [
    {
      code: dedent`
        FROM alpine:3.20 AS build
        RUN echo one
        FROM alpine:3.20 AS Build
        FROM alpine:3.20 AS BUILD
      `,
      errors: [
        { messageId: 'duplicate', line: 3, column: 21, endLine: 3, endColumn: 26, message: 'Duplicate stage name "Build": a stage with this name is already defined on line 1' },
        { messageId: 'duplicate', line: 4, column: 21, endLine: 4, endColumn: 26 },
      ],
    },
  ],
});
