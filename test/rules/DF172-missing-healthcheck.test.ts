import { ruleTester, dedent } from '../helpers/rule-tester';
import rule from '../../rules/DF172-missing-healthcheck';

ruleTester(rule, {
  valid: [
    'FROM nginx:1.27\nHEALTHCHECK CMD ["curl", "-f", "http://localhost/"]\n',
    'FROM nginx:1.27\nHEALTHCHECK NONE\n',
    dedent`
      FROM nginx:1.27 AS base
      HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]

      FROM base
      COPY site /usr/share/nginx/html
    `,
  ],
  invalid: [
    {
      code: 'FROM nginx:1.27\nCOPY site /usr/share/nginx/html\n',
      errors: [{ messageId: 'missing', line: 1, column: 6, endLine: 1, endColumn: 16 }],
    },
    {
      code: dedent`
        FROM nginx:1.27 AS build
        HEALTHCHECK CMD ["true"]

        FROM nginx:1.27
        COPY --from=build /x /x
      `,
      errors: [{ messageId: 'missing', line: 4, column: 6, endLine: 4, endColumn: 16 }],
    },
  ],
});
