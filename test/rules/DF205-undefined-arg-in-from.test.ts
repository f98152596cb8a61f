import { ruleTester, dedent } from '../helpers/rule-tester';
import rule from '../../rules/DF205-undefined-arg-in-from';

ruleTester(rule, {
  valid: [
    'ARG VARIANT=-alpine3.20\nFROM node:22${VARIANT} AS build\n',
    'ARG TAG\nFROM alpine:$TAG\n',
    'FROM --platform=$BUILDPLATFORM golang:1.23-$TARGETARCH\n',
    'FROM alpine:3.20\n',
    { code: '# check=skip=UndefinedArgInFrom\nFROM node:22${VARIANT}\n', name: 'skipped with the BuildKit name' },
  ],
  invalid: [
    {
      code: 'FROM node:22${VARIANT} AS jsbuilder\n',
      errors: [{ messageId: 'undeclared', line: 1, column: 13, endLine: 1, endColumn: 23, message: "FROM argument 'VARIANT' is not declared" }],
    },
    {
      code: 'FROM --platform=$BUILDPLATFROM alpine:3.20\n',
      errors: [{ messageId: 'undeclared', line: 1, column: 17, endLine: 1, endColumn: 31, message: "FROM argument 'BUILDPLATFROM' is not declared (did you mean BUILDPLATFORM?)" }],
    },
    {
      name: 'an ARG declared inside a stage is not visible to a later FROM',
      code: dedent`
        FROM alpine:3.20
        ARG TAG=3.20
        FROM alpine:\${TAG:-3.19}
      `,
      errors: [{ messageId: 'undeclared', line: 3, column: 13, endLine: 3, endColumn: 25 }],
    },
  ],
});
