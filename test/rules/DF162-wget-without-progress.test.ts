import { ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF162-wget-without-progress';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN wget --progress=dot:giga https://example.com/big.iso\n',
    'FROM debian:12\nRUN wget -qO- https://example.com/install.sh | sh\n',
    'FROM debian:12\nRUN wget --quiet https://example.com/a\n',
    'FROM debian:12\nRUN wget -nv https://example.com/big.iso\n',
    'FROM debian:12\nRUN wget --no-verbose https://example.com/big.iso\n',
    'FROM debian:12\nRUN wget -o /tmp/wget.log https://example.com/big.iso\n',
    'FROM debian:12\nRUN wget -a /tmp/wget.log https://example.com/big.iso\n',
    'FROM debian:12\nRUN apt-get install -y wget\n',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN wget https://example.com/big.iso\n',
      errors: [{ messageId: 'progress', line: 2, column: 5, endLine: 2, endColumn: 9, message: 'wget without --progress (or -q / -nv) bloats the build log; add --progress=dot:giga' }],
      outputUnsafe: 'FROM debian:12\nRUN wget --progress=dot:giga https://example.com/big.iso\n',
    },
    {
      code: 'FROM debian:12\nRUN cd /tmp && wget -O app.tgz https://example.com/app.tgz\n',
      errors: [{ messageId: 'progress', line: 2, column: 16, endLine: 2, endColumn: 20 }],
      outputUnsafe: 'FROM debian:12\nRUN cd /tmp && wget --progress=dot:giga -O app.tgz https://example.com/app.tgz\n',
    },
    {
      name: 'Alpine and BusyBox images (BusyBox wget has no --progress): the fix adds -q',
      code: 'FROM node:22-alpine AS base\nRUN wget https://example.com/a.tgz\nFROM base\nRUN wget https://example.com/b.tgz\nFROM busybox:1.36\nRUN wget https://example.com/c.tgz\n',
      errors: [
        { messageId: 'progress', line: 2, column: 5, endLine: 2, endColumn: 9 },
        { messageId: 'progress', line: 4, column: 5, endLine: 4, endColumn: 9 },
        { messageId: 'progress', line: 6, column: 5, endLine: 6, endColumn: 9, message: 'wget without --progress (or -q / -nv) bloats the build log; add -q' },
      ],
      outputUnsafe: 'FROM node:22-alpine AS base\nRUN wget -q https://example.com/a.tgz\nFROM base\nRUN wget -q https://example.com/b.tgz\nFROM busybox:1.36\nRUN wget -q https://example.com/c.tgz\n',
    },
    {
      code: 'FROM debian:12\nRUN ["wget", "https://example.com/big.iso"]\n',
      errors: [{ messageId: 'progress', line: 2, column: 6, endLine: 2, endColumn: 12 }],
    },
    {
      code: 'FROM debian:12\nRUN <<EOF\nset -e\nwget https://example.com/big.iso\nEOF\n',
      errors: [{ messageId: 'progress', line: 4, column: 1, endLine: 4, endColumn: 5 }],
      outputUnsafe: 'FROM debian:12\nRUN <<EOF\nset -e\nwget --progress=dot:giga https://example.com/big.iso\nEOF\n',
    },
  ],
});
