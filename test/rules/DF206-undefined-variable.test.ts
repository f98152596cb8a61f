import { ruleTester, dedent } from '../helpers/rule-tester';
import rule from '../../rules/DF206-undefined-variable';

ruleTester(rule, {
  valid: [
    'FROM alpine:3.20 AS base\nARG foo\nCOPY $foo .\n',
    'ARG VERSION=1.0\nFROM alpine:3.20\nARG VERSION\nLABEL version=$VERSION\n',
    'FROM alpine:3.20\nCOPY ${SRC:-.} /app\n',
    'FROM alpine:3.20\nENV PATH=$PATH:/app/bin\n',
    'FROM alpine:3.20\nRUN echo $UNDEFINED\nCMD echo $UNDEFINED\n',
    'FROM alpine:3.20\nCOPY $HTTP_PROXY /x\n',
    'FROM alpine:3.20 AS base\nENV APP=/app\nFROM base\nWORKDIR $APP\n',
    'FROM alpine:3.20\nCOPY \\$literal /x\n',
    'FROM alpine:3.20\nONBUILD COPY $LATER /x\n',
    { code: 'FROM python:3.12\nWORKDIR $PYTHON_HOME\n', name: 'a registry image that may define it' },
    { code: 'ARG ARCH=$TARGETARCH\nARG IMAGE=golang:1.23-$ARCH\nFROM $IMAGE\n', name: 'global ARG defaults see platform ARGs and earlier global ARGs' },
    { code: 'FROM selenium/base:4\nUSER ${SEL_UID}\n', name: 'a non-minimal image may define anything' },
    { code: 'FROM alpine\n# check=skip=UndefinedVar\nCOPY $foo .\n', name: 'skipped with the BuildKit name' },
    { code: 'ARG SRC=a\nFROM alpine:3.20 AS a\nFROM alpine:3.20\nCOPY --from=$SRC /x /y\n', name: '--from is not expanded at all (unknown-copy-from-stage reports it)' },
    { code: 'FROM scratch AS base\nONBUILD ENV APP=/srv\nFROM base\nWORKDIR $APP\n', name: 'set by an ONBUILD trigger of the base stage' },
    { code: 'FROM scratch\nENV PATH=/opt/bin:$PATH\nFROM scratch AS other\nWORKDIR $PATH\n', name: 'PATH on scratch: BuildKit gives every Linux image a default one' },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20 AS base\nCOPY $foo .\n',
      errors: [{ messageId: 'undefined', line: 2, column: 6, endLine: 2, endColumn: 10, message: "Usage of undefined variable '$foo'" }],
    },
    {
      name: 'a typo of a visible variable is reported on any image',
      code: 'FROM python:3.12\nENV APP_HOME=/app\nWORKDIR $APP_HOEM\n',
      errors: [{ messageId: 'undefined', line: 3, column: 9, endLine: 3, endColumn: 18, message: "Usage of undefined variable '$APP_HOEM' (did you mean $APP_HOME?)" }],
    },
    {
      name: 'a global ARG default using an undeclared name',
      code: 'ARG IMAGE=golang:$GO_VERSION\nFROM $IMAGE\n',
      errors: [{ messageId: 'undefined', line: 1, column: 18, endLine: 1, endColumn: 29 }],
    },
    {
      name: 'imageVariables only apply to registry images: scratch defines nothing but PATH',
      code: 'FROM scratch\nENV X=$HOME\n',
      errors: [{ messageId: 'undefined', line: 2, column: 7, endLine: 2, endColumn: 12 }],
    },
    {
      code: 'FROM docker.io/library/debian:12\nCOPY $foo .\n',
      errors: [{ messageId: 'undefined', line: 2, column: 6, endLine: 2, endColumn: 10 }],
    },
    {
      code: 'FROM selenium/base:4\nUSER ${SEL_UID}\n',
      options: { assumeImagesDefineNothing: true },
      errors: [{ messageId: 'undefined', line: 2, column: 6, endLine: 2, endColumn: 16 }],
    },
    {
      code: 'FROM alpine:3.20\nENV PATH=$PAHT:/app/bin\n',
      errors: [{ messageId: 'undefined', line: 2, column: 10, endLine: 2, endColumn: 15, message: "Usage of undefined variable '$PAHT' (did you mean $PATH?)" }],
    },
    {
      code: dedent`
        ARG VERSION=1.0
        FROM alpine:3.20
        LABEL version=\${VERSION}
      `,
      errors: [{ messageId: 'globalNotInScope', line: 3, column: 15, endLine: 3, endColumn: 25 }],
    },
    {
      code: 'FROM scratch\nARG VERSION=$foo\nWORKDIR /x/${bar%/}\n',
      errors: [
        { messageId: 'undefined', line: 2, column: 13, endLine: 2, endColumn: 17 },
        { messageId: 'undefined', line: 3, column: 12, endLine: 3, endColumn: 20 },
      ],
    },
    {
      name: 'every instruction that expands is checked',
      code: dedent`
        FROM scratch
        ADD --chown=$U $S /d
        EXPOSE $P
        USER $U
        STOPSIGNAL $SIG
        VOLUME $V
      `,
      errors: [
        { messageId: 'undefined', line: 2, column: 13, endLine: 2, endColumn: 15 },
        { messageId: 'undefined', line: 2, column: 16, endLine: 2, endColumn: 18 },
        { messageId: 'undefined', line: 3, column: 8, endLine: 3, endColumn: 10 },
        { messageId: 'undefined', line: 4, column: 6, endLine: 4, endColumn: 8 },
        { messageId: 'undefined', line: 5, column: 12, endLine: 5, endColumn: 16 },
        { messageId: 'undefined', line: 6, column: 8, endLine: 6, endColumn: 10 },
      ],
    },
  ],
});
