import { ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF163-invalid-label-key';

ruleTester(rule, {
  valid: [
    'FROM alpine:3.20\nLABEL org.opencontainers.image.title="My app" maintainer=jane@example.com\n',
    'FROM alpine:3.20\nLABEL "com.example.vendor"="ACME" version=1.0\n',
    'FROM alpine:3.20\nARG K=x\nLABEL ${K}=y\n',
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nLABEL Maintainer=jane@example.com\n',
      errors: [{ messageId: 'invalid', line: 2, column: 7, endLine: 2, endColumn: 17, message: 'Label key "Maintainer" must start with a lower-case letter' }],
    },
    {
      code: 'FROM alpine:3.20\nLABEL com.docker.foo=bar org..x=1 a_b=2 x-=3\n',
      errors: [
        { messageId: 'invalid', line: 2, column: 7, endLine: 2, endColumn: 21, message: 'Label key "com.docker.foo" uses the reserved namespace "com.docker."' },
        { messageId: 'invalid', line: 2, column: 26, endLine: 2, endColumn: 32, message: 'Label key "org..x" must not contain consecutive "." or "-"' },
        { messageId: 'invalid', line: 2, column: 35, endLine: 2, endColumn: 38, message: 'Label key "a_b" may only contain lower-case letters, digits, "." and "-"' },
        { messageId: 'invalid', line: 2, column: 41, endLine: 2, endColumn: 43, message: 'Label key "x-" must end with a lower-case letter or digit' },
      ],
    },
  ],
});
