import { ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF167-label-invalid-url';

const settings = { labelSchema: { 'org.opencontainers.image.source': 'url' } };

ruleTester(rule, {
  valid: [
    'FROM alpine:3.20\nLABEL org.opencontainers.image.source=not-a-url\n',
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source=https://github.com/acme/app\n', settings },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="git+ssh://git@example.com/a.git"\n', settings },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source=""\n', settings },
    { code: 'FROM alpine:3.20\nARG REPO\nLABEL org.opencontainers.image.source=$REPO\n', settings },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source=github.com/acme/app\n',
      settings,
      errors: [{ messageId: 'invalid', line: 2, column: 39, endLine: 2, endColumn: 58 }],
    },
    {
      code: 'FROM alpine:3.20\nARG REPO="https://example.com/my repo"\nLABEL org.opencontainers.image.source=${REPO}\n',
      settings,
      errors: [{ messageId: 'invalid', line: 3, column: 39, endLine: 3, endColumn: 46, message: 'Label "org.opencontainers.image.source" = "https://example.com/my repo" is not a valid URL (an absolute URI such as https://…)' }],
    },
  ],
});
