import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF011-layer-count';

const runs = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `RUN echo ${from + i}\n`).join('');

ruleTester(rule, {
  valid: [
    'FROM alpine:3.20\n' + runs(20),
    { name: 'a raised maximum', code: 'FROM alpine:3.20\n' + runs(30), options: { max: 30 } },
    {
      name: 'other instructions and ONBUILD triggers do not count',
      code: 'FROM alpine:3.20\n' + runs(20) + 'ENV A=1\nWORKDIR /x\nONBUILD RUN echo child\nCMD ["sh"]\n',
    },
    {
      name: 'counted per stage',
      code: 'FROM alpine:3.20 AS a\n' + runs(15) + 'FROM alpine:3.20\n' + runs(15),
    },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\n' + runs(19) + 'COPY a /a\nADD b /b\n',
      errors: [
        {
          messageId: 'tooMany',
          line: 22,
          column: 1,
          endLine: 22,
          endColumn: 4,
          message: 'This stage has 21 layer-creating instructions (RUN/COPY/ADD); more than the configured maximum of 20',
        },
      ],
    },
    {
      name: 'layers of the base stage count; the base itself is under the limit',
      code: 'FROM alpine:3.20 AS base\n' + runs(3) + 'FROM base\n' + runs(2),
      options: { max: 4 },
      errors: [{ messageId: 'tooMany', line: 7, column: 1, endLine: 7, endColumn: 4 }],
    },
    {
      name: 'the hard limit of 127',
      code: 'FROM alpine:3.20\n' + runs(128),
      errors: [
        { messageId: 'tooMany', line: 22, column: 1, endLine: 22, endColumn: 4 },
        {
          messageId: 'hardLimit',
          line: 129,
          column: 1,
          endLine: 129,
          endColumn: 4,
          message: 'Layer 128 of 128: an image cannot have more than 127 layers, so this build will fail',
        },
      ],
    },
    {
      name: 'a stage whose base already crossed the line is not reported again',
      code: dedent`
        FROM alpine:3.20 AS base
        RUN echo 1
        RUN echo 2
        FROM base
        RUN echo 3
      `,
      options: { max: 1 },
      errors: [{ messageId: 'tooMany', line: 3, column: 1, endLine: 3, endColumn: 4 }],
    },
  ],
});
