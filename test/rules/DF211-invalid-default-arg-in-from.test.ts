import { ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF211-invalid-default-arg-in-from';

ruleTester(rule, {
  valid: [
    'ARG TAG=latest\nFROM busybox:${TAG}\n',
    'ARG VARIANT\nFROM busybox:stable${VARIANT}\n',
    'ARG TAG\nFROM alpine:${TAG:-3.14}\n',
    'FROM alpine:3.20 AS base\nFROM ${BASE:-base}\n',
    'ARG REGISTRY=ghcr.io\nFROM --platform=$BUILDPLATFORM $REGISTRY/org/golang:1.23-$TARGETARCH\n',
    { code: '# check=skip=InvalidDefaultArgInFrom\nARG TAG\nFROM busybox:${TAG}\n', name: 'skipped with the BuildKit name' },
  ],
  invalid: [
    {
      code: 'ARG TAG\nFROM busybox:${TAG}\n',
      errors: [{ messageId: 'invalid', line: 2, column: 6, endLine: 2, endColumn: 20, message: 'Default value for ARG busybox:${TAG} results in empty or invalid base image name ("busybox:")' }],
    },
    {
      code: 'ARG BASE\nFROM $BASE AS x\n',
      errors: [{ messageId: 'invalid', line: 2, column: 6, endLine: 2, endColumn: 11, message: 'Default value for ARG $BASE results in empty or invalid base image name' }],
    },
    {
      name: 'build args are ignored: the defaults must work',
      code: 'ARG TAG\nFROM busybox:${TAG}\n',
      settings: { buildArgs: { TAG: '1.36' } },
      errors: [{ messageId: 'invalid', line: 2, column: 6, endLine: 2, endColumn: 20 }],
    },
    {
      code: 'ARG IMAGE=My/Image\nFROM $IMAGE\n',
      errors: [{ messageId: 'invalid', line: 2, column: 6, endLine: 2, endColumn: 12 }],
    },
  ],
});
