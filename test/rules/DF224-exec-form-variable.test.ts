import { ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF224-exec-form-variable';

ruleTester(rule, {
  valid: [
    'FROM alpine:3.20\nENV PORT=8080\nCMD app --port "$PORT"\n',
    'FROM alpine:3.20\nENV PORT=8080\nCMD ["sh", "-c", "exec app --port $PORT"]\n',
    'FROM alpine:3.20\nENV PORT=8080\nENTRYPOINT ["/bin/bash", "-lc", "app --port ${PORT}"]\n',
    'FROM mcr.microsoft.com/powershell:7.4-alpine-3.20\nENV PORT=8080\nCMD ["pwsh.exe", "-Command", "Write-Output $env:PORT"]\n',
    // Not a declared name: may well be meant literally.
    'FROM alpine:3.20\nCMD ["awk", "{ print $1 $NF }", "/etc/hostname"]\n',
    'FROM alpine:3.20\nENV PORT=8080\nCMD ["printf", "\\\\$PORT"]\n',
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nENV NAME=world PORT=80\nCMD ["echo", "hello $NAME", "${PORT:-8080}"]\n',
      errors: [
        { messageId: 'literal', line: 3, column: 21, endLine: 3, endColumn: 26, message: '$NAME is not expanded in exec form: the program receives it as written; use the shell form or ["sh", "-c", "…"]' },
        { messageId: 'literal', line: 3, column: 30, endLine: 3, endColumn: 43, message: '${PORT:-8080} is not expanded in exec form: the program receives it as written; use the shell form or ["sh", "-c", "…"]' },
      ],
    },
    {
      code: 'FROM alpine:3.20\nARG VERSION=1\nRUN ["echo", "$VERSION"]\nHEALTHCHECK CMD ["curl", "-f", "http://$HOSTNAME/"]\nENTRYPOINT ["/app", "--home=$HOME"]\n',
      errors: [
        { messageId: 'literal', line: 3, column: 15, endLine: 3, endColumn: 23 },
        { messageId: 'literal', line: 4, column: 40, endLine: 4, endColumn: 49 },
        { messageId: 'literal', line: 5, column: 29, endLine: 5, endColumn: 34 },
      ],
    },
    {
      code: 'FROM alpine:3.20\nENV NAME=w\nCMD ["echo", "caf\\u00e9 $NAME"]\n',
      errors: [{ messageId: 'literal', line: 3, column: 14, endLine: 3, endColumn: 31, message: '$NAME is not expanded in exec form: the program receives it as written; use the shell form or ["sh", "-c", "…"]' }],
      name: 'an argument written with JSON escapes: reported on the whole argument',
    },
  ],
});
