import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF020-legacy-env-format';
import { keyValueForm } from '../../src/analysis/key-value-form';

ruleTester(rule, {
  valid: [
    dedent`
      FROM node:22-alpine
      ENV NODE_ENV=production PORT=3000
      LABEL description="A small image"
    `,
  ],
  invalid: [
    {
      code: dedent`
        FROM node:22-alpine
        ENV NODE_ENV production
      `,
      errors: [{ messageId: 'legacy', line: 2, column: 5, endLine: 2, endColumn: 24, message: '"ENV NODE_ENV …" uses the legacy form; write ENV NODE_ENV=value' }],
      output: dedent`
        FROM node:22-alpine
        ENV NODE_ENV=production
      `,
    },
    {
      name: 'spaces, variables and a quoted value',
      code: dedent`
        FROM alpine:3.20
        ENV PATH /usr/local/bin:$PATH
        ENV GREETING hello   big world
        LABEL description "A small image"
      `,
      errors: [
        { messageId: 'legacy', line: 2, column: 5, endLine: 2, endColumn: 30 },
        { messageId: 'legacy', line: 3, column: 5, endLine: 3, endColumn: 31 },
        { messageId: 'legacy', line: 4, column: 7, endLine: 4, endColumn: 34 },
      ],
      output: dedent`
        FROM alpine:3.20
        ENV PATH=/usr/local/bin:$PATH
        ENV GREETING="hello   big world"
        LABEL description="A small image"
      `,
    },
    {
      name: 'mixed quoting: reported without a fix',
      code: dedent`
        FROM alpine:3.20
        ENV MSG it's "quoted" here
      `,
      errors: [{ messageId: 'legacy', line: 2, column: 5, endLine: 2, endColumn: 27 }],
    },
  ],
});

describe('keyValueForm', () => {
  it.each([
    ['a', 'b', 'a=b'],
    ['a', 'b c', 'a="b c"'],
    ['a', '"b c"', 'a="b c"'],
    ["a", "'b $c'", "a='b $c'"],
    ['a', '"b" c', null],
    ['a', 'b\\ c', null],
  ])('%s %s', (key, raw, expected) => expect(keyValueForm(key, raw, '\\')).toBe(expected));
});
