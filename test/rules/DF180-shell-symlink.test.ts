import { ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF180-shell-symlink';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\n',
    'FROM debian:12\nRUN ln -s /bin/sh /usr/local/bin/posix-sh\n',
    'FROM debian:12\nRUN ln -s /opt/app/bin/app /usr/local/bin/app\n',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN ln -sf /bin/bash /bin/sh\n',
      errors: [{ messageId: 'useShell', line: 2, column: 22, endLine: 2, endColumn: 29 }],
    },
    {
      code: 'FROM debian:12\nRUN rm /bin/sh && ln -s bash /bin/sh\n',
      errors: [{ messageId: 'useShell', line: 2, column: 30, endLine: 2, endColumn: 37 }],
    },
  ],
});
