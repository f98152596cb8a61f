import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF106-apk-unpinned';

ruleTester(rule, {
  valid: [
    {
      name: 'pinned and constrained',
      code: dedent`
        FROM alpine:3.20
        RUN apk add --no-cache curl=8.9.1-r2 "openssl>3.3" 'git<3' bash~5.2
      `,
    },
    {
      name: 'virtual package name',
      code: dedent`
        FROM alpine:3.20
        RUN apk add --no-cache --virtual .build-deps gcc=13.2.1_git20240309-r0 && apk add --no-cache -t .rt musl=1.2.5-r0
      `,
    },
    {
      name: 'local .apk file and repository option',
      code: dedent`
        FROM alpine:3.20
        RUN apk add --no-cache --allow-untrusted /tmp/pkg.apk && apk add --no-cache -X https://dl-cdn.alpinelinux.org/alpine/edge/testing tool=1.0-r0
      `,
    },
    {
      name: 'version from an ARG',
      code: dedent`
        FROM alpine:3.20
        ARG CURL_VERSION=8.9.1-r2
        RUN apk add --no-cache curl=\${CURL_VERSION}
      `,
    },
    {
      name: 'not apk add',
      code: dedent`
        FROM alpine:3.20
        RUN apk update && apk del curl && apk info
      `,
    },
  ],
  invalid: [
    {
      name: 'unpinned package',
      code: dedent`
        FROM alpine:3.20
        RUN apk add --no-cache curl bash=5.2.26-r0
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 24, endLine: 2, endColumn: 28 },
      ],
    },
    {
      name: 'after a virtual package',
      code: dedent`
        FROM alpine:3.20
        RUN apk add --no-cache --virtual .build-deps gcc musl-dev
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 46, endLine: 2, endColumn: 49 },
        { messageId: 'unpinned', line: 2, column: 50, endLine: 2, endColumn: 58 },
      ],
    },
    {
      name: 'behind sudo',
      code: dedent`
        FROM alpine:3.20
        RUN sudo apk add --no-cache curl
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 29, endLine: 2, endColumn: 33 },
      ],
    },
    {
      name: 'exec form',
      code: dedent`
        FROM alpine:3.20
        RUN ["apk", "add", "--no-cache", "curl"]
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 34, endLine: 2, endColumn: 40 },
      ],
    },
    {
      name: 'ONBUILD trigger',
      code: dedent`
        FROM alpine:3.20
        ONBUILD RUN apk add --no-cache curl
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 32, endLine: 2, endColumn: 36 },
      ],
    },
    {
      name: 'heredoc body',
      code: dedent`
        FROM alpine:3.20
        RUN <<EOF
        apk add --no-cache curl
        EOF
      `,
      errors: [
        { messageId: 'unpinned', line: 3, column: 20, endLine: 3, endColumn: 24 },
      ],
    },
  ],
});
