import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF021-instruction-casing';

ruleTester(rule, {
  valid: [
    dedent`
      FROM alpine:3.20 as base
      RUN echo hello
      ONBUILD RUN echo child
    `,
    {
      name: 'consistent lower case with style "consistent"',
      code: dedent`
        from alpine:3.20
        run echo hello
      `,
      options: { style: 'consistent' },
    },
  ],
  invalid: [
    {
      code: dedent`
        FROM alpine:3.20
        run echo hello
        Copy . /app
        ONBUILD run echo child
      `,
      errors: [
        { messageId: 'notUpper', line: 2, column: 1, endLine: 2, endColumn: 4, message: 'Instruction "run" should be written "RUN"' },
        { messageId: 'notUpper', line: 3, column: 1, endLine: 3, endColumn: 5 },
        { messageId: 'notUpper', line: 4, column: 9, endLine: 4, endColumn: 12 },
      ],
      output: dedent`
        FROM alpine:3.20
        RUN echo hello
        COPY . /app
        ONBUILD RUN echo child
      `,
    },
    {
      name: 'consistent: the majority is lower case',
      code: dedent`
        from alpine:3.20
        run echo hello
        WORKDIR /app
        Cmd ["sh"]
      `,
      options: { style: 'consistent' },
      errors: [
        { messageId: 'inconsistent', line: 3, column: 1, endLine: 3, endColumn: 8, message: 'Instruction "WORKDIR" does not match the file\'s lower casing; write "workdir"' },
        { messageId: 'inconsistent', line: 4, column: 1, endLine: 4, endColumn: 4 },
      ],
      output: dedent`
        from alpine:3.20
        run echo hello
        workdir /app
        cmd ["sh"]
      `,
    },
    {
      name: 'consistent: a tie goes to upper case',
      code: dedent`
        FROM alpine:3.20
        run echo hello
      `,
      options: { style: 'consistent' },
      errors: [{ messageId: 'inconsistent', line: 2, column: 1, endLine: 2, endColumn: 4 }],
      output: dedent`
        FROM alpine:3.20
        RUN echo hello
      `,
    },
  ],
});
