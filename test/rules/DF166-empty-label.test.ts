import { ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF166-empty-label';

const settings = { labelSchema: { 'org.opencontainers.image.title': 'text', version: 'semver' } };

ruleTester(rule, {
  valid: [
    'FROM alpine:3.20\nLABEL org.opencontainers.image.title=""\n',
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.title=app other=""\n', settings },
    { code: 'FROM alpine:3.20\nARG V\nLABEL version=$V\n', settings },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.title="" version=1.0.0\n',
      settings,
      errors: [{ messageId: 'empty', line: 2, column: 38, endLine: 2, endColumn: 40, message: 'Label "org.opencontainers.image.title" is empty' }],
    },
    {
      code: 'FROM alpine:3.20\nARG V=""\nLABEL version=${V}\n',
      settings,
      errors: [{ messageId: 'empty', line: 3, column: 15, endLine: 3, endColumn: 19 }],
    },
  ],
});
