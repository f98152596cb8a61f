import { ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF171-label-invalid-semver';

const settings = { labelSchema: { 'org.opencontainers.image.version': 'semver' } };

ruleTester(rule, {
  valid: [
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version=1.2.0\n', settings },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version=1.2.0-rc.1+build.5\n', settings },
    { code: 'FROM alpine:3.20\nARG VERSION=2.0.1\nLABEL org.opencontainers.image.version=$VERSION\n', settings },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version=v1.2\n',
      settings,
      errors: [{ messageId: 'invalid', line: 2, column: 40, endLine: 2, endColumn: 44 }],
    },
    {
      code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version=01.2.3\n',
      settings,
      errors: [{ messageId: 'invalid', line: 2, column: 40, endLine: 2, endColumn: 46 }],
    },
  ],
});
