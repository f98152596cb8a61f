import { ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF234-add-url-without-checksum';

ruleTester(rule, {
  valid: [
    'FROM alpine:3.20\nADD --checksum=sha256:0000000000000000000000000000000000000000000000000000000000000000 https://example.com/a.tgz /a\n',
    { code: 'FROM alpine:3.20\nADD https://github.com/moby/buildkit.git /src\nADD https://github.com/moby/buildkit.git?ref=v0.14.0 /s2\nADD https://example.com/repo#main /s3\nADD git@github.com:moby/buildkit.git /s4\n', name: 'git sources' },
    { code: 'FROM alpine:3.20\nADD app.tar.gz /opt/\nCOPY https-notes.txt /\n', name: 'local sources' },
    { code: 'FROM alpine:3.20\nARG URL\nADD $URL /a\n', name: 'a URL with no known value' },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nADD https://example.com/tool /usr/local/bin/tool\n',
      errors: [
        {
          messageId: 'unverified',
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 29,
          message: 'ADD downloads "https://example.com/tool" without --checksum: nothing checks what the server sends; add --checksum=sha256:<digest>',
        },
      ],
    },
    {
      name: 'a known variable, and every URL of an ADD with several sources even with --checksum',
      code: 'FROM alpine:3.20\nARG V=1.2\nADD HTTP://example.com/a-${V}.bin /a\nADD --checksum=sha256:00 https://example.com/b https://example.com/c /d/\n',
      errors: [
        { messageId: 'unverified', line: 3, column: 5, endLine: 3, endColumn: 34, message: expect.stringContaining('"HTTP://example.com/a-1.2.bin"') },
        { messageId: 'unverified', line: 4, column: 26, endLine: 4, endColumn: 47 },
        { messageId: 'unverified', line: 4, column: 48, endLine: 4, endColumn: 69 },
      ],
    },
  ],
});
