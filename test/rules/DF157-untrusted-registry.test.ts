import { ruleTester, dedent } from '../helpers/rule-tester';
import rule from '../../rules/DF157-untrusted-registry';

const trusted = { trustedRegistries: ['registry.example.com', '*.mirror.example.org'] };

ruleTester(rule, {
  valid: [
    'FROM node:22\n',
    { code: 'FROM registry.example.com/base/node:22\n', settings: trusted },
    { code: 'FROM eu.mirror.example.org/library/debian:12\n', settings: trusted },
    { code: 'FROM scratch\n', settings: trusted },
    { code: 'FROM registry.example.com/go:1.23 AS build\nFROM build\n', settings: trusted },
    { code: 'FROM node:22\n', settings: { trustedRegistries: ['docker.io'] } },
    { code: 'FROM docker.io/library/node:22\n', settings: { trustedRegistries: ['hub.docker.com'] } },
    { code: 'ARG BASE\nFROM $BASE\n', settings: trusted },
    { code: 'ARG BASE=registry.example.com/node:22\nFROM ${BASE}\n', settings: trusted },
  ],
  invalid: [
    {
      code: 'FROM node:22\n',
      settings: trusted,
      errors: [{ messageId: 'untrusted', line: 1, column: 6, endLine: 1, endColumn: 13, message: '"node:22" comes from docker.io, which is not a trusted registry' }],
    },
    {
      code: dedent`
        FROM registry.example.com/go:1.23 AS build
        FROM ghcr.io/acme/runtime:1.0
        COPY --from=build /app /app
      `,
      settings: trusted,
      errors: [{ messageId: 'untrusted', line: 2, column: 6, endLine: 2, endColumn: 30 }],
    },
    {
      code: 'ARG BASE=quay.io/acme/app:1\nFROM $BASE\n',
      settings: trusted,
      errors: [{ messageId: 'untrusted', line: 2, column: 6, endLine: 2, endColumn: 11, message: '"quay.io/acme/app:1" comes from quay.io, which is not a trusted registry' }],
    },
  ],
});
