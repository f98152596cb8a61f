import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF104-apt-get-install-recommends';

ruleTester(rule, {
  valid: [
    {
      name: '--no-install-recommends',
      code: dedent`
        FROM debian:12
        RUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5
      `,
    },
    {
      name: 'option before the subcommand',
      code: dedent`
        FROM debian:12
        RUN apt-get --no-install-recommends -y install curl=7.88.1-10+deb12u5
      `,
    },
    {
      name: 'APT::Install-Recommends given with -o',
      code: dedent`
        FROM debian:12
        RUN apt-get install -y -o APT::Install-Recommends=false a=1 && apt-get install -y -oAPT::Install-Recommends=0 b=1 && apt-get install -y --install-recommends=no c=1
      `,
    },
    {
      name: 'configured by an earlier RUN',
      code: dedent`
        FROM debian:12
        RUN echo 'APT::Install-Recommends "0";' > /etc/apt/apt.conf.d/99norecommends
        RUN apt-get install -y curl=7.88.1-10+deb12u5
      `,
    },
    {
      name: 'not an install',
      code: dedent`
        FROM debian:12
        RUN apt-get update && apt-get upgrade -y
      `,
    },
  ],
  invalid: [
    {
      name: 'recommends installed',
      code: dedent`
        FROM debian:12
        RUN apt-get install -y curl=7.88.1-10+deb12u5
      `,
      errors: [
        { messageId: 'recommends', line: 2, column: 5, endLine: 2, endColumn: 12 },
      ],
      outputUnsafe: dedent`
        FROM debian:12
        RUN apt-get install --no-install-recommends -y curl=7.88.1-10+deb12u5
      `,
    },
    {
      name: 'behind sudo',
      code: dedent`
        FROM debian:12
        RUN sudo -E apt-get -y install curl=7.88.1-10+deb12u5
      `,
      errors: [
        { messageId: 'recommends', line: 2, column: 13, endLine: 2, endColumn: 20 },
      ],
      outputUnsafe: dedent`
        FROM debian:12
        RUN sudo -E apt-get -y install --no-install-recommends curl=7.88.1-10+deb12u5
      `,
    },
    {
      name: 'exec form',
      code: dedent`
        FROM debian:12
        RUN ["apt-get", "install", "-y", "curl=7.88.1-10+deb12u5"]
      `,
      errors: [
        { messageId: 'recommends', line: 2, column: 6, endLine: 2, endColumn: 15 },
      ],
      outputUnsafe: dedent`
        FROM debian:12
        RUN ["apt-get", "install", "--no-install-recommends", "-y", "curl=7.88.1-10+deb12u5"]
      `,
    },
    {
      name: 'ONBUILD trigger',
      code: dedent`
        FROM debian:12
        ONBUILD RUN apt-get install -y curl=7.88.1-10+deb12u5
      `,
      errors: [
        { messageId: 'recommends', line: 2, column: 13, endLine: 2, endColumn: 20 },
      ],
      outputUnsafe: dedent`
        FROM debian:12
        ONBUILD RUN apt-get install --no-install-recommends -y curl=7.88.1-10+deb12u5
      `,
    },
    {
      name: 'heredoc body',
      code: dedent`
        FROM debian:12
        RUN <<EOF
        apt-get install -y curl=7.88.1-10+deb12u5
        EOF
      `,
      errors: [
        { messageId: 'recommends', line: 3, column: 1, endLine: 3, endColumn: 8 },
      ],
      outputUnsafe: dedent`
        FROM debian:12
        RUN <<EOF
        apt-get install --no-install-recommends -y curl=7.88.1-10+deb12u5
        EOF
      `,
    },
  ],
});
