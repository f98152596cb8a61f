import { ruleTester, dedent } from '../helpers/rule-tester';
import rule from '../../rules/DF150-inline-ignore-pragma';

ruleTester(rule, {
  valid: [
    dedent`
      FROM alpine:3.20
      # install tools
      RUN apk add --no-cache curl
    `,
    dedent`
      # hadolint global ignore=DL3018
      FROM alpine:3.20
      RUN apk add curl
    `,
    dedent`
      # dflint ignore-file=DF100
      FROM alpine:3.20
    `,
  ],
  invalid: [
    {
      code: dedent`
        FROM alpine:3.20
        # hadolint ignore=DL3018,DL3019
        RUN apk add curl
      `,
      errors: [{ messageId: 'pragma', line: 2, column: 1, endLine: 2, endColumn: 32 }],
    },
    {
      code: dedent`
        FROM alpine:3.20
        #dflint ignore=sudo-in-run
        RUN sudo true
      `,
      errors: [{ messageId: 'pragma', line: 2, column: 1, endLine: 2, endColumn: 27, message: 'Inline "dflint ignore" comment; move the exception into the configuration' }],
    },
  ],
});
