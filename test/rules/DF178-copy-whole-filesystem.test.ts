import { ruleTester, dedent } from '../helpers/rule-tester';
import rule from '../../rules/DF178-copy-whole-filesystem';

ruleTester(rule, {
  valid: [
    'FROM alpine:3.20\nCOPY / /\n',
    'FROM alpine:3.20\nCOPY --from=build /app /\n',
    'FROM alpine:3.20\nCOPY --from=build / /app\n',
    'FROM tonistiigi/xx AS xx\nFROM golang:1.23\nCOPY --link --from=xx / /\n',
    'FROM golang:1.23\nCOPY --from=tonistiigi/xx:1.5.0 / /\n',
    dedent`
      FROM debian:12 AS rootfs
      RUN apt-get update

      FROM scratch
      COPY --from=rootfs / /
    `,
  ],
  invalid: [
    {
      code: dedent`
        FROM golang:1.23 AS build
        RUN go build -o /out/app .

        FROM alpine:3.20
        COPY --from=build / /
      `,
      errors: [{ messageId: 'wholeFs', line: 5, column: 19, endLine: 5, endColumn: 20, message: 'COPY --from=build copies the whole filesystem; copy only what the image needs' }],
    },
    {
      code: 'FROM alpine:3.20\nCOPY --from=build "/" "/"\n',
      errors: [{ messageId: 'wholeFs', line: 2, column: 19, endLine: 2, endColumn: 22 }],
    },
  ],
});
