import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF233-debian-frontend-in-env';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nARG DEBIAN_FRONTEND=noninteractive\nRUN apt-get update\n',
    { code: 'FROM debian:12\nENV DEBIAN_FRONTEND=noninteractive\nRUN apt-get update\nENV DEBIAN_FRONTEND=dialog\n', name: 'reset by a later ENV' },
    { code: 'FROM debian:12\nENV DEBIAN_FRONTEND noninteractive\nRUN apt-get update\nENV DEBIAN_FRONTEND=\n', name: 'reset to empty' },
    { code: 'FROM debian:12 AS build\nENV DEBIAN_FRONTEND=noninteractive\nFROM debian:12\nCOPY --from=build /out /out\n', name: 'a build-only stage' },
    { code: 'FROM debian:12\nENV DEBIAN_FRONTEND=teletype\n', name: 'another front end' },
  ],
  invalid: [
    {
      code: dedent`
        FROM debian:12
        ENV DEBIAN_FRONTEND=noninteractive
        RUN apt-get update
      `,
      errors: [
        {
          messageId: 'kept',
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 35,
          message: 'DEBIAN_FRONTEND=noninteractive set with ENV stays in the image for every container; set it with ARG or for the RUN that needs it',
        },
      ],
      outputUnsafe: 'FROM debian:12\nARG DEBIAN_FRONTEND=noninteractive\nRUN apt-get update\n',
    },
    {
      name: 'the legacy form, quoted, in lower case',
      code: 'FROM debian:12\nenv DEBIAN_FRONTEND "noninteractive"\n',
      errors: [{ messageId: 'kept', line: 2, column: 5, endLine: 2, endColumn: 37 }],
      outputUnsafe: 'FROM debian:12\narg DEBIAN_FRONTEND="noninteractive"\n',
    },
    {
      name: 'no fix with other variables in the ENV, or in a stage another shipped stage is built on',
      code: 'FROM debian:12 AS base\nENV DEBIAN_FRONTEND=noninteractive\nFROM base\nRUN apt-get install -y tzdata\nFROM base AS final\nENV TZ=UTC DEBIAN_FRONTEND=noninteractive\n',
      errors: [{ messageId: 'kept', line: 6, column: 12, endLine: 6, endColumn: 42 }],
    },
    {
      name: 'only the last ENV counts, in a base stage: no fix',
      code: 'FROM debian:12 AS base\nENV DEBIAN_FRONTEND=noninteractive\nFROM base\nRUN apt-get install -y tzdata\n',
      errors: [{ messageId: 'kept', line: 2, column: 5, endLine: 2, endColumn: 35 }],
    },
  ],
});
