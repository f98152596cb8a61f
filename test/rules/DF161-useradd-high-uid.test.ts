import { ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF161-useradd-high-uid';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN useradd -l -u 123456 app\n',
    'FROM debian:12\nRUN useradd --no-log-init --uid=123456 app\n',
    'FROM debian:12\nRUN useradd -lmu 123456 app\n',
    'FROM debian:12\nRUN useradd -u 1000 app\n',
    'FROM debian:12\nRUN useradd -u 99999 app\n',
    'FROM debian:12\nARG UID=123456\nRUN useradd -u "$UID" app\n',
    'FROM debian:12\nRUN useradd app\n',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN useradd -u 123456 app\n',
      errors: [{ messageId: 'noLogInit', line: 2, column: 5, endLine: 2, endColumn: 12, message: 'useradd with UID 123456 and without -l bloats the image with lastlog/faillog; add -l' }],
      output: 'FROM debian:12\nRUN useradd -l -u 123456 app\n',
    },
    {
      code: 'FROM debian:12\nRUN groupadd -g 2000000 g && useradd -m --uid 2000000 -g g app\n',
      errors: [{ messageId: 'noLogInit', line: 2, column: 30, endLine: 2, endColumn: 37 }],
      output: 'FROM debian:12\nRUN groupadd -g 2000000 g && useradd -l -m --uid 2000000 -g g app\n',
    },
    {
      code: 'FROM debian:12\nRUN sudo useradd -u 123456 app\n',
      errors: [{ messageId: 'noLogInit', line: 2, column: 10, endLine: 2, endColumn: 17 }],
      output: 'FROM debian:12\nRUN sudo useradd -l -u 123456 app\n',
    },
    {
      code: 'FROM debian:12\nRUN /usr/sbin/useradd -mu123456 app\n',
      errors: [{ messageId: 'noLogInit', line: 2, column: 5, endLine: 2, endColumn: 22 }],
      output: 'FROM debian:12\nRUN /usr/sbin/useradd -l -mu123456 app\n',
    },
    {
      code: 'FROM debian:12\nRUN ["useradd", "-u", "123456", "app"]\n',
      errors: [{ messageId: 'noLogInit', line: 2, column: 6, endLine: 2, endColumn: 15 }],
    },
  ],
});
