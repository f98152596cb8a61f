import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF114-zypper-dist-upgrade';

ruleTester(rule, {
  valid: [
    {
      name: 'patch and update',
      code: dedent`
        FROM opensuse/leap:15.6
        RUN zypper -n patch && zypper -n update && zypper clean -a
      `,
    },
    {
      name: 'dist-upgrade as text',
      code: dedent`
        FROM opensuse/leap:15.6
        RUN echo "zypper dist-upgrade"
      `,
    },
  ],
  invalid: [
    {
      name: 'dist-upgrade',
      code: dedent`
        FROM opensuse/leap:15.6
        RUN zypper -n dist-upgrade
      `,
      errors: [
        { messageId: 'distUpgrade', line: 2, column: 15, endLine: 2, endColumn: 27 },
      ],
    },
    {
      name: 'dup behind sudo',
      code: dedent`
        FROM opensuse/leap:15.6
        RUN sudo zypper --non-interactive dup --no-recommends
      `,
      errors: [
        { messageId: 'distUpgrade', line: 2, column: 35, endLine: 2, endColumn: 38 },
      ],
    },
    {
      name: 'exec form',
      code: dedent`
        FROM opensuse/leap:15.6
        RUN ["zypper", "-n", "dup"]
      `,
      errors: [
        { messageId: 'distUpgrade', line: 2, column: 22, endLine: 2, endColumn: 27 },
      ],
    },
    {
      name: 'ONBUILD trigger',
      code: dedent`
        FROM opensuse/leap:15.6
        ONBUILD RUN zypper -n dup
      `,
      errors: [
        { messageId: 'distUpgrade', line: 2, column: 23, endLine: 2, endColumn: 26 },
      ],
    },
    {
      name: 'heredoc body',
      code: dedent`
        FROM opensuse/leap:15.6
        RUN <<EOF
        zypper -n dist-upgrade
        EOF
      `,
      errors: [
        { messageId: 'distUpgrade', line: 3, column: 11, endLine: 3, endColumn: 23 },
      ],
    },
  ],
});
