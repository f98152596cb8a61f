import { ruleTester, dedent } from '../helpers/rule-tester';
import rule from '../../rules/DF179-wget-and-curl';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN curl -fsSLO https://example.com/a.tgz && curl -fsSLO https://example.com/b.tgz\n',
    'FROM debian:12\nRUN curl -fsSL https://example.com/i.sh -o i.sh || wget -q https://example.com/i.sh\n',
    'FROM debian:12\nRUN if command -v curl; then curl -fsSLO https://x/a; else wget -q https://x/a; fi\n',
    'FROM debian:12\nRUN apt-get install -y curl wget\n',
    'FROM debian:12\nRUN curl -fsSLO https://x/a\nONBUILD RUN wget -q https://x/b\n',
    dedent`
      FROM debian:12 AS a
      RUN wget -q https://example.com/a.tgz

      FROM debian:12 AS b
      RUN curl -fsSLO https://example.com/b.tgz
    `,
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN wget -q https://example.com/a.tgz\nRUN curl -fsSLO https://example.com/b.tgz\nRUN curl -fsSLO https://example.com/c.tgz\n',
      errors: [{ messageId: 'both', line: 3, column: 5, endLine: 3, endColumn: 9, message: 'This stage already uses wget (line 2); use either wget or curl, not both (curl here)' }],
    },
    {
      code: 'FROM debian:12\nRUN curl -fsSLO https://x/a && wget -q https://x/b\n',
      errors: [{ messageId: 'both', line: 2, column: 32, endLine: 2, endColumn: 36 }],
    },
  ],
});
