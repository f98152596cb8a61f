import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF115-zypper-cache-not-cleaned';

ruleTester(rule, {
  valid: [
    {
      name: 'zypper clean',
      code: dedent`
        FROM opensuse/leap:15.6
        RUN zypper -n install curl=8.0.1 && zypper clean -a
      `,
    },
    {
      name: 'zypper cc and rm of the cache',
      code: dedent`
        FROM opensuse/leap:15.6
        RUN zypper -n in curl=8.0.1 && zypper cc && zypper -n in git=2.43.0 && rm -rf /var/cache/zypp/*
      `,
    },
    {
      name: 'cache mount',
      code: dedent`
        FROM opensuse/leap:15.6
        RUN --mount=type=cache,target=/var/cache/zypp zypper -n install curl=8.0.1
      `,
    },
    {
      name: 'build stage that is only copied from',
      code: dedent`
        FROM opensuse/leap:15.6 AS build
        RUN zypper -n install gcc=13
        FROM opensuse/leap:15.6
        COPY --from=build /out /out
      `,
    },
  ],
  invalid: [
    {
      name: 'cache left behind',
      code: dedent`
        FROM opensuse/leap:15.6
        RUN zypper -n install curl=8.0.1
      `,
      errors: [
        { messageId: 'notCleaned', line: 2, column: 5, endLine: 2, endColumn: 11 },
      ],
      outputUnsafe: dedent`
        FROM opensuse/leap:15.6
        RUN zypper -n install curl=8.0.1 && zypper clean -a
      `,
    },
    {
      name: 'clean before the last install',
      code: dedent`
        FROM opensuse/leap:15.6
        RUN zypper clean -a && zypper -n install curl=8.0.1
      `,
      errors: [
        { messageId: 'notCleaned', line: 2, column: 24, endLine: 2, endColumn: 30 },
      ],
      outputUnsafe: dedent`
        FROM opensuse/leap:15.6
        RUN zypper clean -a && zypper -n install curl=8.0.1 && zypper clean -a
      `,
    },
    {
      name: 'behind sudo',
      code: dedent`
        FROM opensuse/leap:15.6
        RUN sudo zypper -n install curl=8.0.1
      `,
      errors: [
        { messageId: 'notCleaned', line: 2, column: 10, endLine: 2, endColumn: 16 },
      ],
      outputUnsafe: dedent`
        FROM opensuse/leap:15.6
        RUN sudo zypper -n install curl=8.0.1 && sudo zypper clean -a
      `,
    },
    {
      name: 'exec form',
      code: dedent`
        FROM opensuse/leap:15.6
        RUN ["zypper", "-n", "install", "curl=8.0.1"]
      `,
      errors: [
        { messageId: 'notCleaned', line: 2, column: 6, endLine: 2, endColumn: 14 },
      ],
    },
    {
      name: 'ONBUILD trigger',
      code: dedent`
        FROM opensuse/leap:15.6
        ONBUILD RUN zypper -n install curl=8.0.1
      `,
      errors: [
        { messageId: 'notCleaned', line: 2, column: 13, endLine: 2, endColumn: 19 },
      ],
      outputUnsafe: dedent`
        FROM opensuse/leap:15.6
        ONBUILD RUN zypper -n install curl=8.0.1 && zypper clean -a
      `,
    },
    {
      name: 'heredoc body',
      code: dedent`
        FROM opensuse/leap:15.6
        RUN <<EOF
        zypper -n install curl=8.0.1
        EOF
      `,
      errors: [
        { messageId: 'notCleaned', line: 3, column: 1, endLine: 3, endColumn: 7 },
      ],
      outputUnsafe: dedent`
        FROM opensuse/leap:15.6
        RUN <<EOF
        zypper -n install curl=8.0.1
        zypper clean -a
        EOF
      `,
    },
  ],
});
