import { ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF220-variable-used-before-declaration';

ruleTester(rule, {
  valid: [
    'FROM alpine:3.20\nARG APP=web\nWORKDIR /src/$APP\n',
    'FROM alpine:3.20\nENV A=1\nWORKDIR /$A\nENV A=2\n',
    'FROM alpine:3.20\nRUN echo $APP\nARG APP=web\n',
    'FROM alpine:3.20\nWORKDIR /$APP\nFROM alpine:3.20\nARG APP\n',
    { code: 'FROM alpine:3.20\nENV A=1 B=${A}\n', name: 'its own ENV instruction: left to env-self-reference' },
    { code: 'FROM alpine:3.20\nENV PATH=/app/bin:$PATH\nARG NAME="$NAME-dev"\n', name: 'extending the value from before' },
    { code: 'FROM alpine:3.20\nENV GOBIN=/go/bin:$PATH\nENV PATH="/root/.cargo/bin:${PATH}"\n', name: 'the later ENV extends a value the base image set' },
    { code: 'FROM scratch\nENV GOBIN=/go/bin:$PATH\nENV PATH="/root/.cargo/bin:${PATH}"\n', name: 'on scratch PATH is set before: BuildKit\'s default' },
  ],
  invalid: [
    {
      name: 'global ARGs too',
      code: 'ARG IMAGE=golang:$GO_VERSION\nARG GO_VERSION=1.23\nFROM $IMAGE\n',
      errors: [{ messageId: 'beforeDeclaration', line: 1, column: 18, endLine: 1, endColumn: 29 }],
    },
    {
      name: 'on scratch nothing but PATH was set before',
      code: 'FROM scratch\nENV GOBIN=/go/bin:$CARGO_HOME\nENV CARGO_HOME="/root/.cargo:${CARGO_HOME}"\n',
      errors: [{ messageId: 'beforeDeclaration', line: 2, column: 19, endLine: 2, endColumn: 30 }],
    },
    {
      code: 'FROM alpine:3.20\nWORKDIR /src/$APP\nARG APP=web\n',
      errors: [{ messageId: 'beforeDeclaration', line: 2, column: 14, endLine: 2, endColumn: 18, message: "'$APP' is used before it is declared (ARG on line 3); here it expands to an empty or older value" }],
    },
    {
      name: 'ARG defaults and every expanding instruction are checked',
      code: 'FROM alpine:3.20\nARG DIR=/opt/$NAME\nLABEL name=${NAME}\nENV NAME=app\n',
      errors: [
        { messageId: 'beforeDeclaration', line: 2, column: 14, endLine: 2, endColumn: 19 },
        { messageId: 'beforeDeclaration', line: 3, column: 12, endLine: 3, endColumn: 19 },
      ],
    },
  ],
});
