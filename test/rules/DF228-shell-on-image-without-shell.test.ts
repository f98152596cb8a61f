import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF228-shell-on-image-without-shell';

ruleTester(rule, {
  valid: [
    'FROM scratch\nCOPY app /app\nENTRYPOINT ["/app"]\nCMD ["--serve"]\nHEALTHCHECK CMD ["/app", "health"]\n',
    'FROM alpine:3.20\nRUN echo hi\nCMD echo hi\n',
    { code: 'FROM scratch\nADD alpine-minirootfs.tar.gz /\nRUN apk add --no-cache curl\n', name: 'a root file system added first, as base images are built' },
    { code: 'FROM scratch\nCOPY --from=busybox:1.36 /bin/busybox /bin/sh\nRUN echo hi\n', name: 'a shell copied into /bin' },
    { code: 'FROM scratch\nARG DEST\nCOPY rootfs $DEST\nRUN echo hi\n', name: 'a destination not known statically' },
    { code: 'FROM scratch\nCOPY rootfs .\nRUN echo hi\n', name: 'a relative destination with no WORKDIR is / on scratch' },
    { code: 'FROM scratch\nCMD ./app\nCOPY --from=busybox:1.36 /bin/busybox /bin/sh\n', name: 'CMD runs in the finished image: a later COPY counts' },
    { code: 'FROM gcr.io/distroless/base-debian12:debug\nRUN ls\n', name: 'a debug tag has BusyBox' },
    { code: 'FROM scratch\nRUN --mount=from=busybox:1.36,src=/bin,target=/bin sh -c "mkdir /data"\n', name: 'a RUN that mounts a shell in' },
    { code: 'FROM gcr.io/distroless/base-debian12\nSHELL ["/busybox/sh", "-c"]\nRUN ls\n', name: 'a SHELL chose another shell' },
    { code: 'ARG BASE=scratch\nFROM ${BASE}\nRUN ls\n', name: 'an image written with a variable may be built with another value' },
  ],
  invalid: [
    {
      name: 'a relative destination under a WORKDIR elsewhere',
      code: 'FROM scratch\nWORKDIR /srv\nCOPY app .\nCMD ./app\n',
      errors: [{ messageId: 'noShell', line: 4, column: 5, endLine: 4, endColumn: 10 }],
    },
    {
      code: 'FROM scratch\nCOPY app /app\nCMD /app --port 8080\n',
      errors: [
        {
          messageId: 'noShell',
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 21,
          message: 'CMD in shell form needs /bin/sh, which scratch does not have; it fails whenever the container runs it: use the JSON exec form',
        },
      ],
    },
    {
      name: 'through the stage it is built on',
      code: dedent`
        FROM gcr.io/distroless/static-debian12:nonroot AS base
        COPY app /app
        FROM base
        RUN mkdir /data
        HEALTHCHECK CMD /app health || exit 1
        ENTRYPOINT /app
      `,
      errors: [
        { messageId: 'noShell', line: 4, column: 5, endLine: 4, endColumn: 16, message: 'RUN in shell form needs /bin/sh, which gcr.io/distroless/static-debian12:nonroot does not have; it fails the build: use the JSON exec form' },
        { messageId: 'noShell', line: 5, column: 17, endLine: 5, endColumn: 38 },
        { messageId: 'noShell', line: 6, column: 12, endLine: 6, endColumn: 16 },
      ],
    },
    {
      name: 'a RUN before the COPY that brings a shell fails; the CMD after it does not',
      code: 'FROM scratch\nRUN echo early\nRUN --mount=type=cache,target=/root/.cache echo cached\nCOPY --from=busybox:1.36 /bin/busybox /bin/sh\nRUN echo late\nCMD echo hi\n',
      errors: [
        { messageId: 'noShell', line: 2, column: 5, endLine: 2, endColumn: 15 },
        { messageId: 'noShell', line: 3, column: 44, endLine: 3, endColumn: 55 },
      ],
    },
  ],
});
