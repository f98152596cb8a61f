import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF004-multiple-healthcheck';

ruleTester(rule, {
  valid: [
    dedent`
      FROM nginx:1.27
      HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]
    `,
    dedent`
      FROM nginx:1.27 AS base
      HEALTHCHECK NONE
      FROM base
      HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]
    `,
    dedent`
      FROM nginx:1.27
      ONBUILD HEALTHCHECK NONE
      HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]
    `,
  ],
  invalid: [
    {
      code: dedent`
        FROM nginx:1.27
        HEALTHCHECK NONE
        HEALTHCHECK --interval=5s CMD curl -f http://localhost/ || exit 1
        HEALTHCHECK CMD ["curl", "-f", "http://localhost/health"]
      `,
      errors: [
        { messageId: 'overridden', line: 2, column: 1, endLine: 2, endColumn: 12, message: 'This HEALTHCHECK has no effect: the HEALTHCHECK on line 3 replaces it' },
        { messageId: 'overridden', line: 3, column: 1, endLine: 3, endColumn: 12 },
      ],
    },
  ],
});
