import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF015-untagged-image';

ruleTester(rule, {
  valid: [
    dedent`
      FROM node:22-alpine
      FROM docker.io/library/node:22@sha256:2f5e8ab4d6c0b8e0f1e8f5a2c1b3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5
      FROM localhost:5000/team/app:1.2
      FROM scratch
    `,
    {
      name: 'stage references, also through a variable',
      code: dedent`
        ARG STAGE=build
        FROM golang:1.23 AS build
        FROM build AS test
        FROM $STAGE
      `,
    },
    {
      name: 'values not known statically',
      code: dedent`
        ARG BASE
        FROM $BASE
        FROM \${UNDECLARED}
      `,
    },
  ],
  invalid: [
    {
      code: dedent`
        FROM node
        FROM localhost:5000/team/app AS app
      `,
      errors: [
        { messageId: 'untagged', line: 1, column: 6, endLine: 1, endColumn: 10, message: '"node" has no tag, so it pulls the moving "latest"; pin a version tag' },
        { messageId: 'untagged', line: 2, column: 6, endLine: 2, endColumn: 29 },
      ],
    },
    {
      name: 'through a global ARG default',
      code: dedent`
        ARG BASE=python
        FROM --platform=linux/amd64 \${BASE}
      `,
      errors: [{ messageId: 'untagged', line: 2, column: 29, endLine: 2, endColumn: 36, message: '"python" has no tag, so it pulls the moving "latest"; pin a version tag' }],
    },
  ],
});
