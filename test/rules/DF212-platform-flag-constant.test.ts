import { ruleTester, dedent } from '../helpers/rule-tester';
import rule from '../../rules/DF212-platform-flag-constant';

ruleTester(rule, {
  valid: [
    'FROM alpine:3.20 AS base\n',
    'FROM --platform=${BUILDPLATFORM} alpine:3.20 AS base\n',
    dedent`
      FROM --platform=linux/amd64 alpine:3.20 AS build_amd64
      FROM --platform=linux/arm64 alpine:3.20 AS build_arm64
      FROM build_\${TARGETARCH} AS build
    `,
    { code: '# check=skip=FromPlatformFlagConstDisallowed\nFROM --platform=linux/amd64 alpine\n', name: 'skipped with the BuildKit name' },
  ],
  invalid: [
    {
      code: 'FROM --platform=linux/amd64 alpine:3.20 AS base\n',
      errors: [{ messageId: 'constant', line: 1, column: 6, endLine: 1, endColumn: 28, message: 'FROM --platform flag should not use constant value "linux/amd64"' }],
    },
    {
      code: 'FROM --platform=linux/arm64 alpine:3.20\n',
      errors: [{ messageId: 'constant', line: 1, column: 6, endLine: 1, endColumn: 28 }],
    },
  ],
});
