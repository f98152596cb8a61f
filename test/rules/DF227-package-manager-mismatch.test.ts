import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF227-package-manager-mismatch';

ruleTester(rule, {
  valid: [
    'FROM node:22-alpine\nRUN apk add --no-cache curl\n',
    'FROM debian:12\nRUN apt-get update && apt install -y curl\n',
    'FROM fedora:40\nRUN dnf install -y git && yum clean all && microdnf --version\n',
    'FROM opensuse/leap:15.6\nRUN zypper --non-interactive in git\n',
    { code: 'FROM python:3.12\nRUN apk add curl\n', name: 'a name that does not say the distribution' },
    { code: 'ARG BASE=alpine:3.20\nFROM $BASE\nRUN apt-get install -y curl\n', name: 'an image written with a variable may be built with another value' },
    { code: 'FROM alpine:3.20\nRUN apk add curl || apt-get install -y curl\n', name: 'an alternative' },
    { code: 'FROM alpine:3.20\nRUN if command -v apt-get; then apt-get install -y curl; fi\n', name: 'inside if' },
    { code: 'FROM alpine:3.20\nRUN (apt-get install -y curl)\n', name: 'in a subshell' },
    { code: 'FROM alpine:3.20\nONBUILD RUN apt-get install -y curl\n', name: 'an ONBUILD trigger runs on the child image' },
    { code: 'FROM alpine:3.20\nRUN echo apt-get install\n', name: 'not a call' },
  ],
  invalid: [
    {
      code: 'FROM node:22-alpine\nRUN apt-get update && apt-get install -y curl\n',
      errors: [
        {
          messageId: 'mismatch',
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 12,
          message: 'apt-get is not in node:22-alpine (an Alpine image, which has apk); this RUN fails with "apt-get: not found"',
        },
        { messageId: 'mismatch', line: 2, column: 23, endLine: 2, endColumn: 30 },
      ],
    },
    {
      name: 'through the stages a stage is built on, and sudo',
      code: dedent`
        FROM python:3.12-slim-bookworm AS base
        FROM base
        RUN sudo apk add curl && dnf install -y git
      `,
      errors: [
        { messageId: 'mismatch', line: 3, column: 10, endLine: 3, endColumn: 13, message: 'apk is not in python:3.12-slim-bookworm (a Debian or Ubuntu image, which has apt-get, apt); this RUN fails with "apk: not found"' },
        { messageId: 'mismatch', line: 3, column: 26, endLine: 3, endColumn: 29 },
      ],
    },
    {
      code: 'FROM busybox:1.36\nRUN apk add curl\n',
      errors: [{ messageId: 'mismatch', line: 2, column: 5, endLine: 2, endColumn: 8, message: 'apk is not in busybox:1.36 (an image without a package manager); this RUN fails with "apk: not found"' }],
    },
  ],
});
