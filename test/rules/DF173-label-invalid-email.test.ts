import { ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF173-label-invalid-email';

const settings = { labelSchema: { maintainer: 'email' } };

ruleTester(rule, {
  valid: [
    { code: 'FROM alpine:3.20\nLABEL maintainer=jane@example.com\n', settings },
    { code: 'FROM alpine:3.20\nLABEL maintainer="jane.doe+docker@sub.example.co.uk"\n', settings },
    'FROM alpine:3.20\nLABEL maintainer="Jane Doe"\n',
    { code: 'FROM alpine:3.20\nLABEL maintainer="Jane Doe <jane@example.com>"\n', settings },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nLABEL maintainer="Jane Doe"\n',
      settings,
      errors: [{ messageId: 'invalid', line: 2, column: 18, endLine: 2, endColumn: 28, message: 'Label "maintainer" = "Jane Doe" is not a valid email address (RFC 5322, e.g. jane@example.com)' }],
    },
    {
      code: 'FROM alpine:3.20\nLABEL maintainer="Jane Doe <jane at example.com>" other=x\n',
      settings,
      errors: [{ messageId: 'invalid', line: 2, column: 18, endLine: 2, endColumn: 50 }],
    },
  ],
});
