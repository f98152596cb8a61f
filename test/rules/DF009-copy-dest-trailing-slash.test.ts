import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF009-copy-dest-trailing-slash';

ruleTester(rule, {
  valid: [
    dedent`
      FROM node:22-alpine
      COPY package.json package-lock.json /app/
      COPY *.js /app/
      COPY server.js /app/server.js
    `,
    {
      name: '. and ./ are directories already',
      code: dedent`
        FROM node:22-alpine
        WORKDIR /app
        COPY package.json package-lock.json .
        COPY a.js b.js ./
        COPY server.js .
        COPY lib ./lib/.
      `,
    },
    {
      name: 'a destination variable that ends in /, or is unknown',
      code: dedent`
        FROM node:22-alpine
        ARG DEST=/app/
        ARG OTHER
        COPY a.js b.js $DEST
        COPY a.js b.js \${OTHER}
        COPY a.js b.js $HOME
      `,
    },
    {
      name: 'a source that may be a directory lands the same with or without /',
      code: dedent`
        FROM golang:1.23
        WORKDIR /go/src/app
        COPY . /go/src/app
        COPY caddy /go/src/app
        COPY lib/ /go/src/app
      `,
    },
    {
      name: 'URLs are not wildcards; a file next to a WORKDIR is not the WORKDIR; one jar into a file',
      code: dedent`
        FROM alpine:3.20
        WORKDIR /opt/app
        ADD https://example.com/file.tar.gz?x=1 /opt/file.tar.gz
        COPY config.json /opt/app.json
        COPY --from=build /src/target/*.jar /opt/app.jar
      `,
    },
  ],
  invalid: [
    {
      code: dedent`
        FROM node:22-alpine
        COPY package.json package-lock.json /app
      `,
      errors: [
        {
          messageId: 'multipleSources',
          line: 2,
          column: 37,
          endLine: 2,
          endColumn: 41,
          message: 'COPY/ADD with several sources needs a directory destination ending in "/": "/app" makes the build fail',
        },
      ],
      output: dedent`
        FROM node:22-alpine
        COPY package.json package-lock.json /app/
      `,
    },
    {
      name: 'JSON form: the slash goes inside the quotes',
      code: dedent`
        FROM node:22-alpine
        COPY ["a b.js", "c.js", "/app"]
        ADD --chown=node:node a.js b.js /srv/app
      `,
      errors: [
        { messageId: 'multipleSources', line: 2, column: 25, endLine: 2, endColumn: 31 },
        { messageId: 'multipleSources', line: 3, column: 33, endLine: 3, endColumn: 41 },
      ],
      output: dedent`
        FROM node:22-alpine
        COPY ["a b.js", "c.js", "/app/"]
        ADD --chown=node:node a.js b.js /srv/app/
      `,
    },
    {
      name: 'a wildcard: unsafe fix',
      code: dedent`
        FROM node:22-alpine
        COPY *.json /app
      `,
      errors: [{ messageId: 'wildcard', line: 2, column: 13, endLine: 2, endColumn: 17 }],
      outputUnsafe: dedent`
        FROM node:22-alpine
        COPY *.json /app/
      `,
    },
    {
      name: 'a single file into a WORKDIR or an earlier directory destination: unsafe fix',
      code: dedent`
        FROM node:22-alpine AS base
        WORKDIR /app
        COPY lib/ /app/lib/
        FROM base
        COPY server.js /app
        COPY util.js lib
        COPY other.js /app/lib
        COPY .env "/app"
      `,
      errors: [
        { messageId: 'directoryDestination', line: 5, column: 16, endLine: 5, endColumn: 20 },
        { messageId: 'directoryDestination', line: 6, column: 14, endLine: 6, endColumn: 17 },
        { messageId: 'directoryDestination', line: 7, column: 15, endLine: 7, endColumn: 23 },
        { messageId: 'directoryDestination', line: 8, column: 11, endLine: 8, endColumn: 17 },
      ],
      outputUnsafe: dedent`
        FROM node:22-alpine AS base
        WORKDIR /app
        COPY lib/ /app/lib/
        FROM base
        COPY server.js /app/
        COPY util.js lib/
        COPY other.js /app/lib/
        COPY .env "/app"/
      `,
    },
    {
      name: 'an expanded destination without a slash',
      code: dedent`
        FROM node:22-alpine
        ARG DEST=/app
        COPY a.js b.js \${DEST}
      `,
      errors: [{ messageId: 'multipleSources', line: 3, column: 16, endLine: 3, endColumn: 23 }],
      output: dedent`
        FROM node:22-alpine
        ARG DEST=/app
        COPY a.js b.js \${DEST}/
      `,
    },
  ],
});
