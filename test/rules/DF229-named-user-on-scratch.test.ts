import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF229-named-user-on-scratch';

ruleTester(rule, {
  valid: [
    'FROM scratch\nUSER 65534:65534\n',
    'FROM scratch\nUSER root\n',
    'FROM alpine:3.20\nUSER nobody\n',
    { code: 'FROM gcr.io/distroless/static-debian12\nUSER nonroot\n', name: 'distroless images have /etc/passwd' },
    { code: 'FROM scratch\nUSER app\nCOPY --from=build /etc/passwd /etc/passwd\n', name: 'looked up when the container starts: a later COPY counts' },
    { code: 'FROM scratch\nCOPY rootfs/ /\nUSER app\n', name: 'a root file system copied in' },
    { code: 'FROM scratch\nARG RUNNER\nUSER $RUNNER\n', name: 'a value not known' },
    { code: 'ARG BASE=scratch\nFROM $BASE\nUSER app\n', name: 'an image written with a variable' },
    { code: 'FROM scratch\nONBUILD USER app\n', name: 'an ONBUILD trigger runs in the child image' },
  ],
  invalid: [
    {
      code: 'FROM scratch\nCOPY app /app\nUSER nobody\nENTRYPOINT ["/app"]\n',
      errors: [
        {
          messageId: 'noPasswd',
          line: 3,
          column: 6,
          endLine: 3,
          endColumn: 12,
          message: 'USER names the user "nobody" on an image FROM scratch, which has no /etc/passwd to look it up in: the container fails to start; use a numeric id or copy /etc/passwd in',
        },
      ],
    },
    {
      name: 'a group name, through the stage it is built on, and a variable with a known value',
      code: dedent`
        FROM scratch AS base
        COPY app /srv/app
        FROM base
        ARG OWNER=app
        USER 1000:staff
        USER $OWNER
      `,
      errors: [
        { messageId: 'noPasswd', line: 5, column: 11, endLine: 5, endColumn: 16, message: 'USER names the group "staff" on an image FROM scratch, which has no /etc/group to look it up in: the container fails to start; use a numeric id or copy /etc/group in' },
        { messageId: 'noPasswd', line: 6, column: 6, endLine: 6, endColumn: 12 },
      ],
    },
  ],
});
