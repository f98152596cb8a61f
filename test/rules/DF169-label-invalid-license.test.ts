import { ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF169-label-invalid-license';

const settings = { labelSchema: { 'org.opencontainers.image.licenses': 'spdx' } };

ruleTester(rule, {
  valid: [
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.licenses=MIT\n', settings },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.licenses="(MIT OR Apache-2.0) AND BSD-3-Clause"\n', settings },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.licenses="GPL-2.0-only WITH Classpath-exception-2.0"\n', settings },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.licenses=LicenseRef-acme-proprietary\n', settings },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.licenses=CERN-OHL-S-2.0\n', settings },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.licenses="Apache 2"\n',
      settings,
      errors: [{ messageId: 'invalid', line: 2, column: 41, endLine: 2, endColumn: 51 }],
    },
    {
      code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.licenses=GPL\n',
      settings,
      errors: [{ messageId: 'invalid', line: 2, column: 41, endLine: 2, endColumn: 44 }],
    },
    {
      code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.licenses="MIT OR"\n',
      settings,
      errors: [{ messageId: 'invalid', line: 2, column: 41, endLine: 2, endColumn: 49 }],
    },
  ],
});
