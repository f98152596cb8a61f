import { ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF168-label-invalid-time';

const settings = { labelSchema: { 'org.opencontainers.image.created': 'rfc3339' } };

ruleTester(rule, {
  valid: [
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.created=2024-05-01T12:30:00Z\n', settings },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.created="2024-02-29T23:59:59.123+02:00"\n', settings },
    { code: 'FROM alpine:3.20\nARG BUILD_DATE\nLABEL org.opencontainers.image.created=$BUILD_DATE\n', settings },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.created="2024-05-01 12:30"\n',
      settings,
      errors: [{ messageId: 'invalid', line: 2, column: 40, endLine: 2, endColumn: 58 }],
    },
    {
      code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.created=2023-02-29T10:00:00Z\n',
      settings,
      errors: [{ messageId: 'invalid', line: 2, column: 40, endLine: 2, endColumn: 60 }],
    },
  ],
});
