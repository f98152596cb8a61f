import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF003-multiple-entrypoint';

ruleTester(rule, {
  valid: [
    dedent`
      FROM alpine:3.20
      ENTRYPOINT ["/app"]
      CMD ["--help"]
    `,
    dedent`
      FROM alpine:3.20 AS debug
      ENTRYPOINT ["/bin/sh"]
      FROM alpine:3.20
      ENTRYPOINT ["/app"]
    `,
    dedent`
      FROM alpine:3.20
      ONBUILD ENTRYPOINT ["/child"]
      ENTRYPOINT ["/app"]
    `,
  ],
  invalid: [
    {
      code: dedent`
        FROM alpine:3.20
        ENTRYPOINT ["/bin/sh"]
        ENTRYPOINT ["/app"]
      `,
      errors: [
        { messageId: 'overridden', line: 2, column: 1, endLine: 2, endColumn: 11, message: 'This ENTRYPOINT has no effect: the ENTRYPOINT on line 3 replaces it' },
      ],
    },
  ],
});
