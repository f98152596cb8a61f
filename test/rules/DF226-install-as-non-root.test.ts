import { ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF226-install-as-non-root';

ruleTester(rule, {
  valid: [
    'FROM alpine:3.20\nRUN apk add --no-cache curl\nUSER app\n',
    'FROM alpine:3.20\nUSER app\nUSER root\nRUN apk add --no-cache curl\n',
    'FROM alpine:3.20\nUSER 0:0\nRUN apk add --no-cache curl\n',
    'FROM debian:12\nUSER app\nRUN sudo apt-get update && doas apt-get install -y curl\n',
    'FROM debian:12\nUSER app\nRUN apt-get --version && apt-cache policy curl\n',
    'FROM alpine:3.20\nARG RUNNER=root\nUSER $RUNNER\nRUN apk add curl\n',
    'FROM alpine:3.20\nARG RUNNER\nUSER $RUNNER\nRUN apk add curl\n',
    // A stage built from an image, not from a stage of this file: its user is not known.
    'FROM alpine:3.20 AS a\nUSER app\nFROM alpine:3.20\nRUN apk add curl\n',
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nRUN adduser -D app\nUSER app\nRUN apk add --no-cache curl\n',
      errors: [{ messageId: 'nonRoot', line: 4, column: 5, endLine: 4, endColumn: 8, message: 'apk add runs as USER app (line 3), which cannot install system packages; run it before switching users, or as USER root' }],
    },
    {
      code: 'FROM debian:12 AS base\nUSER 1000:1000\nFROM base\nRUN apt-get update \\\n && /usr/bin/apt-get install -y curl && dnf install -y git && zypper in vim\n',
      errors: [
        { messageId: 'nonRoot', line: 4, column: 5, endLine: 4, endColumn: 12 },
        { messageId: 'nonRoot', line: 5, column: 5, endLine: 5, endColumn: 21, message: 'apt-get install runs as USER 1000 (line 2), which cannot install system packages; run it before switching users, or as USER root' },
        { messageId: 'nonRoot', line: 5, column: 41, endLine: 5, endColumn: 44 },
        { messageId: 'nonRoot', line: 5, column: 63, endLine: 5, endColumn: 69 },
      ],
    },
  ],
});
