import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF108-apt-in-run';

ruleTester(rule, {
  valid: [
    {
      name: 'apt-get and apt-cache',
      code: dedent`
        FROM debian:12
        RUN apt-get update && apt-cache policy curl
      `,
    },
    {
      name: 'apt as a word, not a command',
      code: dedent`
        FROM debian:12
        RUN echo apt && ls /etc/apt
      `,
    },
  ],
  invalid: [
    {
      name: 'apt install',
      code: dedent`
        FROM debian:12
        RUN apt update && apt install -y curl=7.88.1-10+deb12u5
      `,
      errors: [
        { messageId: 'apt', line: 2, column: 5, endLine: 2, endColumn: 8 },
        { messageId: 'apt', line: 2, column: 19, endLine: 2, endColumn: 22 },
      ],
      output: dedent`
        FROM debian:12
        RUN apt-get update && apt-get install -y curl=7.88.1-10+deb12u5
      `,
    },
    {
      name: 'apt search becomes apt-cache',
      code: dedent`
        FROM debian:12
        RUN apt search curl
      `,
      errors: [
        { messageId: 'apt', line: 2, column: 5, endLine: 2, endColumn: 8 },
      ],
      output: dedent`
        FROM debian:12
        RUN apt-cache search curl
      `,
    },
    {
      name: 'no fix without an equivalent',
      code: dedent`
        FROM debian:12
        RUN apt list --installed
      `,
      errors: [
        { messageId: 'apt', line: 2, column: 5, endLine: 2, endColumn: 8 },
      ],
    },
    {
      name: 'behind sudo, by path',
      code: dedent`
        FROM debian:12
        RUN sudo /usr/bin/apt -y install curl=7.88.1-10+deb12u5
      `,
      errors: [
        { messageId: 'apt', line: 2, column: 10, endLine: 2, endColumn: 22 },
      ],
      output: dedent`
        FROM debian:12
        RUN sudo /usr/bin/apt-get -y install curl=7.88.1-10+deb12u5
      `,
    },
    {
      name: 'exec form',
      code: dedent`
        FROM debian:12
        RUN ["apt", "install", "-y", "curl=7.88.1-10+deb12u5"]
      `,
      errors: [
        { messageId: 'apt', line: 2, column: 6, endLine: 2, endColumn: 11 },
      ],
      output: dedent`
        FROM debian:12
        RUN ["apt-get", "install", "-y", "curl=7.88.1-10+deb12u5"]
      `,
    },
    {
      name: 'ONBUILD trigger',
      code: dedent`
        FROM debian:12
        ONBUILD RUN apt install -y curl=7.88.1-10+deb12u5
      `,
      errors: [
        { messageId: 'apt', line: 2, column: 13, endLine: 2, endColumn: 16 },
      ],
      output: dedent`
        FROM debian:12
        ONBUILD RUN apt-get install -y curl=7.88.1-10+deb12u5
      `,
    },
    {
      name: 'heredoc body',
      code: dedent`
        FROM debian:12
        RUN <<EOF
        apt install -y curl=7.88.1-10+deb12u5
        EOF
      `,
      errors: [
        { messageId: 'apt', line: 3, column: 1, endLine: 3, endColumn: 4 },
      ],
      output: dedent`
        FROM debian:12
        RUN <<EOF
        apt-get install -y curl=7.88.1-10+deb12u5
        EOF
      `,
    },
  ],
});
