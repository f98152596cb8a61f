import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF019-maintainer-deprecated';

ruleTester(rule, {
  valid: [
    dedent`
      FROM alpine:3.20
      LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"
    `,
  ],
  invalid: [
    {
      code: dedent`
        FROM alpine:3.20
        MAINTAINER Jane Doe <jane@example.com>
        RUN echo hi
      `,
      errors: [
        {
          messageId: 'deprecated',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 11,
          message: 'MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors="…" instead',
        },
      ],
      output: dedent`
        FROM alpine:3.20
        LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"
        RUN echo hi
      `,
    },
    {
      name: 'quotes, $ and backslashes are escaped; lower case is kept',
      code: dedent`
        FROM alpine:3.20
        maintainer "Jo" O'Neil $USER \ <jo@example.com>
      `,
      errors: [{ messageId: 'deprecated', line: 2, column: 1, endLine: 2, endColumn: 11 }],
      output: dedent`
        FROM alpine:3.20
        label org.opencontainers.image.authors="\"Jo\" O'Neil \$USER \\ <jo@example.com>"
      `,
    },
    {
      name: 'the backtick escape character',
      code: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nMAINTAINER "Jo" `x\n',
      errors: [{ messageId: 'deprecated', line: 3, column: 1, endLine: 3, endColumn: 11 }],
      output: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nLABEL org.opencontainers.image.authors="`"Jo`" ``x"\n',
    },
  ],
});
