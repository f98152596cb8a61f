import { ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF170-label-invalid-hash';

const settings = { labelSchema: { 'org.opencontainers.image.revision': 'hash' } };

ruleTester(rule, {
  valid: [
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.revision=4f2c1e9\n', settings },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.revision=4f2c1e9d0a4f2c1e9d0a4f2c1e9d0a4f2c1e9d0a\n', settings },
    { code: 'FROM alpine:3.20\nARG GIT_SHA\nLABEL org.opencontainers.image.revision=$GIT_SHA\n', settings },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.revision=main\n',
      settings,
      errors: [{ messageId: 'invalid', line: 2, column: 41, endLine: 2, endColumn: 45 }],
    },
    {
      code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.revision=4F2C1E9\n',
      settings,
      errors: [{ messageId: 'invalid', line: 2, column: 41, endLine: 2, endColumn: 48 }],
    },
  ],
});
