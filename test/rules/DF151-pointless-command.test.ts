import { ruleTester, dedent } from '../helpers/rule-tester';
import rule from '../../rules/DF151-pointless-command';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get install -y --no-install-recommends vim procps openssh-client\n',
    'FROM debian:12\nRUN echo kill && printf "%s\\n" top\n',
    'FROM debian:12\nRUN pkill -f x || true\n',
    'FROM alpine:3.20\nRUN --mount=type=ssh ssh -T git@github.com || true\n',
    'FROM debian:12\nRUN vim -es -c PlugInstall -c qa\n',
    'FROM debian:12\nRUN vim +PlugInstall +qall\n',
    'FROM debian:12\nRUN ssh-keyscan github.com >> /etc/ssh/ssh_known_hosts\n',
    'FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt apt-get update\n',
    dedent`
      FROM debian:12
      RUN cat <<'EOF' > /usr/local/bin/stop
      kill -TERM 1
      EOF
    `,
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN service nginx start && nginx -t\n',
      errors: [{ messageId: 'pointless', line: 2, column: 5, endLine: 2, endColumn: 12 }],
    },
    {
      code: 'FROM debian:12\nRUN ps aux | grep nginx && /usr/bin/top -b -n1\n',
      errors: [
        { messageId: 'pointless', line: 2, column: 5, endLine: 2, endColumn: 7 },
        { messageId: 'pointless', line: 2, column: 28, endLine: 2, endColumn: 40 },
      ],
    },
    {
      code: dedent`
        FROM debian:12
        RUN apt-get update && \
            ssh user@host uptime
      `,
      errors: [{ messageId: 'pointless', line: 3, column: 5, endLine: 3, endColumn: 8, message: '"ssh" makes no sense in a Docker build; remove it' }],
    },
    {
      code: 'FROM debian:12\nRUN sudo service ssh start; pgrep sshd | xargs kill\n',
      errors: [
        { messageId: 'pointless', line: 2, column: 10, endLine: 2, endColumn: 17 },
        { messageId: 'pointless', line: 2, column: 48, endLine: 2, endColumn: 52 },
      ],
    },
    {
      code: 'FROM debian:12\nONBUILD RUN mount /dev/sda1 /mnt\n',
      errors: [{ messageId: 'pointless', line: 2, column: 13, endLine: 2, endColumn: 18 }],
    },
  ],
});
