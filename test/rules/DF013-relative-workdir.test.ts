import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF013-relative-workdir';

ruleTester(rule, {
  valid: [
    dedent`
      FROM node:22-alpine
      WORKDIR /app
    `,
    {
      name: 'relative after an absolute WORKDIR, also inherited',
      code: dedent`
        FROM node:22-alpine AS base
        WORKDIR /srv
        WORKDIR app
        FROM base
        WORKDIR lib
      `,
    },
    {
      name: 'variables: from the base image, unknown, or absolute once expanded',
      code: dedent`
        FROM node:22-alpine
        ARG UNKNOWN
        ARG ROOT=/opt
        WORKDIR $HOME/app
        WORKDIR \${UNKNOWN}
        WORKDIR \${ROOT}/app
      `,
    },
    dedent`
      FROM node:22-alpine
      WORKDIR "/app"
      WORKDIR '/srv/app'
    `,
    dedent`
      FROM mcr.microsoft.com/windows/servercore:ltsc2022
      WORKDIR C:\\app
    `,
  ],
  invalid: [
    {
      code: dedent`
        FROM node:22-alpine
        WORKDIR app
      `,
      errors: [
        {
          messageId: 'relative',
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 12,
          message: 'WORKDIR "app" is relative to the base image\'s working directory; use an absolute path',
        },
      ],
    },
    {
      name: 'a relative value behind a variable, and a quoted one',
      code: dedent`
        FROM node:22-alpine
        ARG DIR=src/app
        WORKDIR \${DIR}
        WORKDIR "lib"
      `,
      errors: [
        { messageId: 'relative', line: 3, column: 9, endLine: 3, endColumn: 15, message: 'WORKDIR "src/app" is relative to the base image\'s working directory; use an absolute path' },
        { messageId: 'relative', line: 4, column: 9, endLine: 4, endColumn: 14, message: 'WORKDIR "lib" is relative to the base image\'s working directory; use an absolute path' },
      ],
    },
    {
      name: 'requireAbsolute reports every relative path',
      code: dedent`
        FROM node:22-alpine
        WORKDIR /srv
        WORKDIR app
      `,
      options: { requireAbsolute: true },
      errors: [{ messageId: 'relativeAfterAbsolute', line: 3, column: 9, endLine: 3, endColumn: 12 }],
    },
  ],
});
