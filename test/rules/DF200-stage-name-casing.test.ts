import { ruleTester, dedent } from '../helpers/rule-tester';
import rule from '../../rules/DF200-stage-name-casing';

ruleTester(rule, {
  valid: [
    dedent`
      FROM alpine:3.20 AS builder-base
      FROM builder-base
    `,
    'FROM alpine:3.20\n',
    { code: '# check=skip=StageNameCasing\nFROM alpine:3.20 AS Builder\n', name: 'skipped with the BuildKit name' },
    { code: 'ARG STAGE=build\nFROM alpine:3.20 AS ${STAGE}\n', name: 'a variable: lower-casing it would rename the variable' },
  ],
  invalid: [
    {
      code: dedent`
        FROM alpine:3.20 AS BuilderBase
        RUN echo hi
        FROM builderbase
      `,
      errors: [{ messageId: 'notLower', line: 1, column: 21, endLine: 1, endColumn: 32, message: 'Stage name "BuilderBase" should be lowercase' }],
      output: dedent`
        FROM alpine:3.20 AS builderbase
        RUN echo hi
        FROM builderbase
      `,
    },
    {
      code: 'FROM alpine:3.20 AS A\nFROM alpine:3.20 AS b\nFROM alpine:3.20 AS C\n',
      errors: [
        { messageId: 'notLower', line: 1, column: 21, endLine: 1, endColumn: 22 },
        { messageId: 'notLower', line: 3, column: 21, endLine: 3, endColumn: 22 },
      ],
      output: 'FROM alpine:3.20 AS a\nFROM alpine:3.20 AS b\nFROM alpine:3.20 AS c\n',
    },
  ],
});
