import { ruleTester } from '../helpers/rule-tester';
import rule, { imagePlatformHint } from '../../rules/DF208-invalid-base-image-platform';

ruleTester(rule, {
  valid: [
    'FROM --platform=linux/arm64 arm64v8/alpine:3.20\n',
    'FROM --platform=$BUILDPLATFORM arm64v8/alpine:3.20\n',
    'FROM arm64v8/alpine:3.20\n',
    'FROM --platform=linux/amd64 alpine:3.20\n',
    'FROM --platform=windows/amd64 mcr.microsoft.com/windows/nanoserver:ltsc2022\n',
    'FROM --platform=linux/arm/v7 arm32v7/debian:12\n',
    { code: '# check=skip=InvalidBaseImagePlatform\nFROM --platform=linux/amd64 arm64v8/alpine\n', name: 'skipped with the BuildKit name' },
  ],
  invalid: [
    {
      code: 'FROM --platform=linux/amd64 arm64v8/alpine:3.20\n',
      errors: [{ messageId: 'mismatch', line: 1, column: 29, endLine: 1, endColumn: 48, message: 'Base image "arm64v8/alpine:3.20" is built for linux/arm64, but FROM asks for linux/amd64' }],
    },
    {
      code: 'FROM --platform=linux/amd64 mcr.microsoft.com/windows/nanoserver:ltsc2022\n',
      errors: [{ messageId: 'mismatch', line: 1, column: 29, endLine: 1, endColumn: 74, message: 'Base image "mcr.microsoft.com/windows/nanoserver:ltsc2022" is built for windows, but FROM asks for linux/amd64' }],
    },
    {
      name: 'a platform from an ARG default and an architecture in the tag',
      code: 'ARG P=linux/arm64\nFROM --platform=$P example/tool:1.0-amd64\n',
      errors: [{ messageId: 'mismatch', line: 2, column: 20, endLine: 2, endColumn: 42 }],
    },
  ],
});

describe('imagePlatformHint', () => {
  it.each([
    ['alpine:3.20', null],
    ['amd64/node:22', { os: 'linux', arch: 'amd64' }],
    ['library/arm32v7/debian', { os: 'linux', arch: 'arm' }],
    ['tool:2-aarch64', { os: null, arch: 'arm64' }],
    ['mcr.microsoft.com/windows/servercore:ltsc2019', { os: 'windows', arch: null }],
  ])('%s', (ref, hint) => {
    const got = imagePlatformHint(ref);
    expect(got ? { os: got.os, arch: got.arch } : null).toEqual(hint);
  });
});
