import { ruleTester, dedent } from '../helpers/rule-tester';
import rule from '../../rules/DF160-env-self-reference';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nENV APP_HOME=/opt/app\nENV PATH=$APP_HOME/bin:$PATH\n',
    'FROM debian:12\nENV PATH=/opt/bin:$PATH\n',
    "FROM debian:12\nENV A=1 B='$A'\n",
    'FROM debian:12\nENV A=1\nENV A=2 B=$A\n',
    'FROM debian:12\nARG VERSION=1\nENV VERSION=$VERSION URL=https://x/$VERSION\n',
    'FROM debian:12\nENV A=1 B=$AB\n',
    'FROM debian:12\nENV B=$A A=1\n',
    'FROM debian:12\nENV GSM_PATH=$GSM_HOME/bin:$PATH PATH=/opt/bin:$PATH GSM_HOME=/opt/gsm\n',
    'FROM debian:12\nENV DOMAIN_ROOT=/u01 DOMAIN_HOME="${DOMAIN_ROOT:-/u01}/domains"\n',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nENV APP_HOME=/opt/app PATH=$APP_HOME/bin:$PATH\n',
      errors: [{ messageId: 'sameEnv', line: 2, column: 28, endLine: 2, endColumn: 37 }],
    },
    {
      code: 'FROM debian:12\nENV A=1 B="${A}-x"\n',
      errors: [{ messageId: 'sameEnv', line: 2, column: 12, endLine: 2, endColumn: 16, message: '$A is defined in this same ENV; it expands to its previous value here. Define it in an earlier ENV' }],
    },
    {
      code: dedent`
        FROM debian:12
        ENV JAVA_HOME=/opt/jdk \
            PATH=$JAVA_HOME/bin:$PATH
      `,
      errors: [{ messageId: 'sameEnv', line: 3, column: 10, endLine: 3, endColumn: 20 }],
    },
  ],
});
