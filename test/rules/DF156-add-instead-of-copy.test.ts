import { ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF156-add-instead-of-copy';

ruleTester(rule, {
  valid: [
    'FROM node:22-alpine\nCOPY package.json /app/\n',
    'FROM debian:12\nADD rootfs.tar.xz /\n',
    'FROM debian:12\nADD "vendor.zip" /tmp/\n',
    'FROM debian:12\nADD https://example.com/tool.bin /usr/local/bin/tool\n',
    'FROM debian:12\nADD --checksum=sha256:0123 http://example.com/a /a\n',
    'FROM debian:12\nADD git@github.com:moby/buildkit.git /src\n',
    'FROM debian:12\nADD https://github.com/moby/buildkit.git#v0.14 /src\n',
    'FROM debian:12\nARG SRC\nADD $SRC /opt/\n',
    'FROM debian:12\nARG URL=https://example.com/x\nADD ${URL} /opt/\n',
    'FROM debian:12\nADD conf/ app.tar.gz /opt/\n',
  ],
  invalid: [
    {
      code: 'FROM node:22-alpine\nADD package.json package-lock.json /app/\n',
      errors: [{ messageId: 'useCopy', line: 2, column: 1, endLine: 2, endColumn: 4 }],
      output: 'FROM node:22-alpine\nCOPY package.json package-lock.json /app/\n',
    },
    {
      code: 'FROM node:22-alpine\nadd --chown=node:node src/ /app/src/\n',
      errors: [{ messageId: 'useCopy', line: 2, column: 1, endLine: 2, endColumn: 4 }],
      output: 'FROM node:22-alpine\ncopy --chown=node:node src/ /app/src/\n',
    },
    {
      code: 'FROM debian:12\nADD rootfs /\n',
      errors: [{ messageId: 'useCopy', line: 2, column: 1, endLine: 2, endColumn: 4 }],
      outputUnsafe: 'FROM debian:12\nCOPY rootfs /\n',
    },
    {
      code: 'FROM node:22-alpine\nARG F=config.yml\nADD --keep-git-dir=true $F /app/\n',
      errors: [{ messageId: 'useCopy', line: 3, column: 1, endLine: 3, endColumn: 4 }],
    },
  ],
});
