import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF016-latest-tag';

ruleTester(rule, {
  valid: [
    dedent`
      FROM node:22-alpine
      FROM node:latest@sha256:2f5e8ab4d6c0b8e0f1e8f5a2c1b3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5
      FROM node
      FROM myregistry:5000/latest:1.0
    `,
    dedent`
      ARG TAG
      FROM node:\${TAG}
    `,
  ],
  invalid: [
    {
      code: dedent`
        FROM node:latest AS build
        FROM registry.example.com:5000/team/app:latest
      `,
      errors: [
        { messageId: 'latest', line: 1, column: 11, endLine: 1, endColumn: 17, message: '"node:latest" uses the moving "latest" tag; pin a version tag' },
        { messageId: 'latest', line: 2, column: 41, endLine: 2, endColumn: 47 },
      ],
    },
    {
      name: 'through an ARG default',
      code: dedent`
        ARG NODE_TAG=latest
        FROM node:\${NODE_TAG}
      `,
      errors: [{ messageId: 'latest', line: 2, column: 6, endLine: 2, endColumn: 22 }],
    },
  ],
});
