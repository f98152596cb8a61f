import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF113-zypper-missing-non-interactive';

ruleTester(rule, {
  valid: [
    {
      name: 'global -n',
      code: dedent`
        FROM opensuse/leap:15.6
        RUN zypper -n install curl=8.0.1 && zypper clean -a
      `,
    },
    {
      name: '--non-interactive and --no-confirm',
      code: dedent`
        FROM opensuse/leap:15.6
        RUN zypper --non-interactive in curl=8.0.1 && zypper rm --no-confirm vim && zypper install -y git=2.43.0
      `,
    },
    {
      name: 'input from yes',
      code: dedent`
        FROM opensuse/leap:15.6
        RUN yes | zypper install curl=8.0.1
      `,
    },
    {
      name: 'subcommands that do not prompt',
      code: dedent`
        FROM opensuse/leap:15.6
        RUN zypper refresh && zypper clean -a && zypper search curl
      `,
    },
  ],
  invalid: [
    {
      name: 'missing non-interactive switch',
      code: dedent`
        FROM opensuse/leap:15.6
        RUN zypper install curl=8.0.1
      `,
      errors: [
        { messageId: 'interactive', line: 2, column: 5, endLine: 2, endColumn: 11 },
      ],
      output: dedent`
        FROM opensuse/leap:15.6
        RUN zypper -n install curl=8.0.1
      `,
    },
    {
      name: '-n after the subcommand means --name',
      code: dedent`
        FROM opensuse/leap:15.6
        RUN zypper in -n curl=8.0.1
      `,
      errors: [
        { messageId: 'interactive', line: 2, column: 5, endLine: 2, endColumn: 11 },
      ],
      output: dedent`
        FROM opensuse/leap:15.6
        RUN zypper -n in -n curl=8.0.1
      `,
    },
    {
      name: 'behind sudo',
      code: dedent`
        FROM opensuse/leap:15.6
        RUN sudo zypper remove vim
      `,
      errors: [
        { messageId: 'interactive', line: 2, column: 10, endLine: 2, endColumn: 16 },
      ],
      output: dedent`
        FROM opensuse/leap:15.6
        RUN sudo zypper -n remove vim
      `,
    },
    {
      name: 'exec form',
      code: dedent`
        FROM opensuse/leap:15.6
        RUN ["zypper", "install", "curl=8.0.1"]
      `,
      errors: [
        { messageId: 'interactive', line: 2, column: 6, endLine: 2, endColumn: 14 },
      ],
      output: dedent`
        FROM opensuse/leap:15.6
        RUN ["zypper", "-n", "install", "curl=8.0.1"]
      `,
    },
    {
      name: 'ONBUILD trigger',
      code: dedent`
        FROM opensuse/leap:15.6
        ONBUILD RUN zypper install curl=8.0.1
      `,
      errors: [
        { messageId: 'interactive', line: 2, column: 13, endLine: 2, endColumn: 19 },
      ],
      output: dedent`
        FROM opensuse/leap:15.6
        ONBUILD RUN zypper -n install curl=8.0.1
      `,
    },
    {
      name: 'heredoc body',
      code: dedent`
        FROM opensuse/leap:15.6
        RUN <<EOF
        zypper install curl=8.0.1
        EOF
      `,
      errors: [
        { messageId: 'interactive', line: 3, column: 1, endLine: 3, endColumn: 7 },
      ],
      output: dedent`
        FROM opensuse/leap:15.6
        RUN <<EOF
        zypper -n install curl=8.0.1
        EOF
      `,
    },
  ],
});
