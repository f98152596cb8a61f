import { ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF214-expose-proto-casing';

ruleTester(rule, {
  valid: ['FROM alpine:3.20\nEXPOSE 80/tcp 53/udp 8080\n', { code: '# check=skip=ExposeProtoCasing\nFROM alpine\nEXPOSE 80/TCP\n', name: 'skipped with the BuildKit name' }],
  invalid: [
    {
      code: 'FROM alpine:3.20\nEXPOSE 80/TCP 53/Udp 8080\n',
      errors: [
        { messageId: 'casing', line: 2, column: 11, endLine: 2, endColumn: 14, message: "Defined protocol '80/TCP' in EXPOSE instruction should be lowercase" },
        { messageId: 'casing', line: 2, column: 18, endLine: 2, endColumn: 21 },
      ],
      output: 'FROM alpine:3.20\nEXPOSE 80/tcp 53/udp 8080\n',
    },
  ],
});
