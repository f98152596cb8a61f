import { ruleTester, dedent } from '../helpers/rule-tester';
import rule from '../../rules/DF153-sudo-in-run';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nUSER root\nRUN apt-get update\n',
    'FROM debian:12\nRUN apt-get install -y --no-install-recommends sudo\n',
    'FROM debian:12\nRUN echo "app ALL=(ALL) NOPASSWD: ALL" > /etc/sudoers.d/app\n',
    dedent`
      FROM debian:12
      RUN cat <<'EOF' > /usr/local/bin/admin
      #!/bin/sh
      sudo -l
      EOF
    `,
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN sudo apt-get update && sudo apt-get install -y curl\n',
      errors: [
        { messageId: 'sudo', line: 2, column: 5, endLine: 2, endColumn: 9 },
        { messageId: 'sudo', line: 2, column: 28, endLine: 2, endColumn: 32 },
      ],
    },
    {
      code: dedent`
        FROM debian:12
        RUN <<EOF
        set -e
        sudo make install
        EOF
      `,
      errors: [{ messageId: 'sudo', line: 4, column: 1, endLine: 4, endColumn: 5 }],
    },
    {
      code: 'FROM debian:12\nRUN if true; then /usr/bin/sudo -u app id; fi\n',
      errors: [{ messageId: 'sudo', line: 2, column: 19, endLine: 2, endColumn: 32 }],
    },
  ],
});
