import { ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF223-shell-syntax-error';

ruleTester(rule, {
  valid: [
    'FROM alpine:3.20\nRUN if [ -f a ]; then echo; fi && case $x in a) echo;; esac && for i in 1 2; do echo $i; done\n',
    'FROM alpine:3.20\nRUN f() { echo; }; f && echo $(( 1 + 2 )) ${A:-d} ${#A} `date`\n',
    'FROM alpine:3.20\nCMD ["node", "server.js"]\n',
    'FROM alpine:3.20\nRUN <<EOF\nif true; then\n  echo hi\nfi\nEOF\n',
    { code: 'FROM mcr.microsoft.com/powershell:7.4-alpine-3.20\nSHELL ["pwsh", "-c"]\nRUN if ($x) { echo "a }\n', name: 'not a POSIX shell: not parsed' },
    { code: `FROM alpine:3.20\nRUN echo ${'$(echo '.repeat(80)}x${')'.repeat(80)}\n`, name: 'nested deeper than dflint reads: its limit, not a mistake' },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nRUN echo "hello\n',
      errors: [{ messageId: 'syntax', line: 2, column: 10, endLine: 2, endColumn: 16, message: 'Shell syntax error: unterminated "' }],
    },
    {
      code: 'FROM alpine:3.20\nRUN if [ -f /etc/os-release ]; then cat /etc/os-release\n',
      errors: [{ messageId: 'syntax', line: 2, column: 56, endLine: 2, endColumn: 56, message: 'Shell syntax error: expected "fi" but found end of the script' }],
    },
    {
      code: 'FROM alpine:3.20\nCMD ["sh", "-c", "echo $(date"]\nHEALTHCHECK CMD curl -f http://x/ || exit 1)\n',
      errors: [
        { messageId: 'syntax', line: 2, column: 24, endLine: 2, endColumn: 30, message: 'Shell syntax error: unterminated $(' },
        { messageId: 'syntax', line: 3, column: 44, endLine: 3, endColumn: 45, message: 'Shell syntax error: unexpected ")"' },
      ],
    },
    {
      code: 'FROM alpine:3.20\nENTRYPOINT echo \'unclosed\n',
      errors: [{ messageId: 'syntax', line: 2, column: 17, endLine: 2, endColumn: 26 }],
    },
  ],
});
