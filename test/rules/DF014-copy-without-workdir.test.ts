import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF014-copy-without-workdir';

ruleTester(rule, {
  valid: [
    dedent`
      FROM node:22-alpine
      WORKDIR /app
      COPY package.json .
    `,
    dedent`
      FROM node:22-alpine
      COPY package.json /app/
      ADD https://example.com/a.tgz /tmp/a.tgz
      COPY server.js "/app/"
      COPY ["lib", "/app/lib/"]
    `,
    {
      name: 'WORKDIR inherited from the base stage',
      code: dedent`
        FROM node:22-alpine AS base
        WORKDIR /app
        FROM base
        COPY . .
      `,
    },
    {
      name: 'variables: absolute once expanded, or unknown',
      code: dedent`
        FROM node:22-alpine
        ARG APP=/app
        ARG OTHER
        COPY a.js \${APP}/
        COPY b.js $OTHER
        COPY c.js $HOME/
      `,
    },
    dedent`
      FROM node:22-alpine
      ONBUILD COPY . .
    `,
  ],
  invalid: [
    {
      code: dedent`
        FROM node:22-alpine
        COPY package.json .
        WORKDIR /app
        COPY server.js .
      `,
      errors: [
        {
          messageId: 'relative',
          line: 2,
          column: 19,
          endLine: 2,
          endColumn: 20,
          message:
            'Relative destination "." before any WORKDIR depends on the base image\'s working directory; set WORKDIR first or use an absolute path',
        },
      ],
    },
    {
      name: 'each stage starts over',
      code: dedent`
        FROM node:22-alpine AS build
        WORKDIR /app
        FROM nginx:1.27
        COPY --from=build /app/dist html/
        ADD ["conf", "etc/nginx/"]
      `,
      errors: [
        { messageId: 'relative', line: 4, column: 29, endLine: 4, endColumn: 34 },
        { messageId: 'relative', line: 5, column: 14, endLine: 5, endColumn: 26 },
      ],
    },
  ],
});
