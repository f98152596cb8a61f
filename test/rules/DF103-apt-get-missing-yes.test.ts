import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF103-apt-get-missing-yes';

ruleTester(rule, {
  valid: [
    {
      name: '-y after the subcommand',
      code: dedent`
        FROM debian:12
        RUN apt-get install -y curl=7.88.1-10+deb12u5
      `,
    },
    {
      name: 'combined short flags before the subcommand',
      code: dedent`
        FROM debian:12
        RUN apt-get -qy install curl=7.88.1-10+deb12u5
      `,
    },
    {
      name: 'long forms and quiet level 2',
      code: dedent`
        FROM debian:12
        RUN apt-get --yes install a=1 && apt-get --assume-yes install b=1 && apt-get -qq install c=1 && apt-get -q=2 install d=1 && apt-get -q -q install e=1
      `,
    },
    {
      name: 'Assume-Yes given with -o',
      code: dedent`
        FROM debian:12
        RUN apt-get -o APT::Get::Assume-Yes=true install curl=7.88.1-10+deb12u5
      `,
    },
    {
      name: 'Assume-Yes set by an earlier RUN',
      code: dedent`
        FROM debian:12
        RUN echo 'APT::Get::Assume-Yes "true";' > /etc/apt/apt.conf.d/90yes
        RUN apt-get install curl=7.88.1-10+deb12u5
      `,
    },
    {
      name: 'input from yes',
      code: dedent`
        FROM debian:12
        RUN yes | apt-get install curl=7.88.1-10+deb12u5
      `,
    },
    {
      name: 'options in an unknown variable',
      code: dedent`
        FROM debian:12
        RUN apt-get install $APT_OPTS curl=7.88.1-10+deb12u5
      `,
    },
    {
      name: 'options in a known ARG',
      code: dedent`
        FROM debian:12
        ARG APT_OPTS="-y --no-install-recommends"
        RUN apt-get install $APT_OPTS curl=7.88.1-10+deb12u5
      `,
    },
    {
      name: 'subcommands that do not prompt',
      code: dedent`
        FROM debian:12
        RUN apt-get update && apt-get clean && apt-get download curl
      `,
    },
    {
      name: 'Assume-Yes written earlier in the same RUN',
      code: dedent`
        FROM debian:12
        RUN echo 'APT::Get::Assume-Yes "true";' > /etc/apt/apt.conf.d/90yes && apt-get install curl=7.88.1-10+deb12u5
      `,
    },
    {
      name: 'dry run',
      code: dedent`
        FROM debian:12
        RUN apt-get install -s curl
      `,
    },
  ],
  invalid: [
    {
      name: 'missing -y',
      code: dedent`
        FROM debian:12
        RUN apt-get install curl=7.88.1-10+deb12u5
      `,
      errors: [
        { messageId: 'missingYes', line: 2, column: 5, endLine: 2, endColumn: 12 },
      ],
      output: dedent`
        FROM debian:12
        RUN apt-get install -y curl=7.88.1-10+deb12u5
      `,
    },
    {
      name: 'single -q does not answer the prompt',
      code: dedent`
        FROM debian:12
        RUN apt-get -q update && apt-get -q install curl=7.88.1-10+deb12u5
      `,
      errors: [
        { messageId: 'missingYes', line: 2, column: 26, endLine: 2, endColumn: 33 },
      ],
      output: dedent`
        FROM debian:12
        RUN apt-get -q update && apt-get -q install -y curl=7.88.1-10+deb12u5
      `,
    },
    {
      name: 'upgrade and remove prompt too',
      code: dedent`
        FROM debian:12
        RUN apt-get upgrade && apt-get purge curl
      `,
      errors: [
        { messageId: 'missingYes', line: 2, column: 5, endLine: 2, endColumn: 12 },
        { messageId: 'missingYes', line: 2, column: 24, endLine: 2, endColumn: 31 },
      ],
      output: dedent`
        FROM debian:12
        RUN apt-get upgrade -y && apt-get purge -y curl
      `,
    },
    {
      name: 'behind sudo',
      code: dedent`
        FROM debian:12
        RUN sudo apt-get install curl=7.88.1-10+deb12u5
      `,
      errors: [
        { messageId: 'missingYes', line: 2, column: 10, endLine: 2, endColumn: 17 },
      ],
      output: dedent`
        FROM debian:12
        RUN sudo apt-get install -y curl=7.88.1-10+deb12u5
      `,
    },
    {
      name: 'exec form',
      code: dedent`
        FROM debian:12
        RUN ["apt-get", "install", "curl=7.88.1-10+deb12u5"]
      `,
      errors: [
        { messageId: 'missingYes', line: 2, column: 6, endLine: 2, endColumn: 15 },
      ],
      output: dedent`
        FROM debian:12
        RUN ["apt-get", "install", "-y", "curl=7.88.1-10+deb12u5"]
      `,
    },
    {
      name: 'exec form running sh -c',
      code: dedent`
        FROM debian:12
        RUN ["/bin/sh", "-c", "apt-get install curl=7.88.1-10+deb12u5"]
      `,
      errors: [
        { messageId: 'missingYes', line: 2, column: 24, endLine: 2, endColumn: 31 },
      ],
      output: dedent`
        FROM debian:12
        RUN ["/bin/sh", "-c", "apt-get install -y curl=7.88.1-10+deb12u5"]
      `,
    },
    {
      name: 'ONBUILD trigger',
      code: dedent`
        FROM debian:12
        ONBUILD RUN apt-get install curl=7.88.1-10+deb12u5
      `,
      errors: [
        { messageId: 'missingYes', line: 2, column: 13, endLine: 2, endColumn: 20 },
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
        apt-get install curl=7.88.1-10+deb12u5
        EOF
      `,
      errors: [
        { messageId: 'missingYes', line: 3, column: 1, endLine: 3, endColumn: 8 },
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
