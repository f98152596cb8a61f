import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF116-zypper-unpinned';

ruleTester(rule, {
  valid: [
    {
      name: 'pinned and constrained',
      code: dedent`
        FROM opensuse/leap:15.6
        RUN zypper -n install curl=8.0.1 "git>=2.43" 'vim<10' && zypper clean -a
      `,
    },
    {
      name: 'patterns have no version',
      code: dedent`
        FROM opensuse/leap:15.6
        RUN zypper -n install -t pattern devel_basis && zypper clean -a
      `,
    },
    {
      name: 'rpm files and repository option',
      code: dedent`
        FROM opensuse/leap:15.6
        RUN zypper -n install /tmp/app.rpm && zypper -n install -r myrepo tool=1.0 && zypper clean -a
      `,
    },
    {
      name: 'version from an ARG',
      code: dedent`
        FROM opensuse/leap:15.6
        ARG CURL_VERSION=8.0.1
        RUN zypper -n install curl=\${CURL_VERSION} && zypper clean -a
      `,
    },
  ],
  invalid: [
    {
      name: 'unpinned package',
      code: dedent`
        FROM opensuse/leap:15.6
        RUN zypper -n install curl git=2.43.0 && zypper clean -a
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 23, endLine: 2, endColumn: 27 },
      ],
    },
    {
      name: 'behind sudo',
      code: dedent`
        FROM opensuse/leap:15.6
        RUN sudo zypper -n in curl
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 23, endLine: 2, endColumn: 27 },
      ],
    },
    {
      name: 'exec form',
      code: dedent`
        FROM opensuse/leap:15.6
        RUN ["zypper", "-n", "install", "curl"]
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 33, endLine: 2, endColumn: 39 },
      ],
    },
    {
      name: 'ONBUILD trigger',
      code: dedent`
        FROM opensuse/leap:15.6
        ONBUILD RUN zypper -n install curl
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 31, endLine: 2, endColumn: 35 },
      ],
    },
    {
      name: 'heredoc body',
      code: dedent`
        FROM opensuse/leap:15.6
        RUN <<EOF
        zypper -n install curl
        EOF
      `,
      errors: [
        { messageId: 'unpinned', line: 3, column: 19, endLine: 3, endColumn: 23 },
      ],
    },
  ],
});
