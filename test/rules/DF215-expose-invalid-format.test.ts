import { ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF215-expose-invalid-format';

ruleTester(rule, {
  valid: [
    'FROM alpine:3.20\nEXPOSE 80\n',
    'FROM alpine:3.20\nEXPOSE 8000-8010/tcp\n',
    'FROM alpine:3.20\nARG PORT=80\nEXPOSE $PORT\n',
    { code: '# check=skip=ExposeInvalidFormat\nFROM alpine\nEXPOSE 80:80\n', name: 'skipped with the BuildKit name' },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nEXPOSE 127.0.0.1:80:80 80:80/udp\n',
      errors: [
        { messageId: 'mapping', line: 2, column: 8, endLine: 2, endColumn: 23, message: "EXPOSE instruction should not define an IP address or host-port mapping, found '127.0.0.1:80:80'" },
        { messageId: 'mapping', line: 2, column: 24, endLine: 2, endColumn: 33 },
      ],
    },
    {
      code: 'FROM alpine:3.20\nARG MAP=8080:80\nEXPOSE $MAP\n',
      errors: [{ messageId: 'mapping', line: 3, column: 8, endLine: 3, endColumn: 12, message: "EXPOSE instruction should not define an IP address or host-port mapping, found '8080:80'" }],
    },
  ],
});
