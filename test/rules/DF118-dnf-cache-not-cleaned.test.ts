import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF118-dnf-cache-not-cleaned';

ruleTester(rule, {
  valid: [
    {
      name: 'dnf clean all',
      code: dedent`
        FROM fedora:40
        RUN dnf install -y httpd-2.4.62 && dnf clean all
      `,
    },
    {
      name: 'microdnf clean all',
      code: dedent`
        FROM registry.access.redhat.com/ubi9/ubi-minimal
        RUN microdnf install -y httpd-2.4.57 && microdnf clean all
      `,
    },
    {
      name: 'cache directory removed',
      code: dedent`
        FROM fedora:40
        RUN dnf install -y httpd-2.4.62 && rm -rf /var/cache/dnf
      `,
    },
    {
      name: 'cache mount',
      code: dedent`
        FROM fedora:40
        RUN --mount=type=cache,target=/var/cache/dnf dnf install -y httpd-2.4.62
      `,
    },
    {
      name: 'build stage that is only copied from',
      code: dedent`
        FROM fedora:40 AS build
        RUN dnf install -y gcc-14.2.1
        FROM fedora:40
        COPY --from=build /out /out
      `,
    },
  ],
  invalid: [
    {
      name: 'cache left behind',
      code: dedent`
        FROM fedora:40
        RUN dnf install -y httpd-2.4.62
      `,
      errors: [
        { messageId: 'notCleaned', line: 2, column: 5, endLine: 2, endColumn: 8 },
      ],
      outputUnsafe: dedent`
        FROM fedora:40
        RUN dnf install -y httpd-2.4.62 && dnf clean all
      `,
    },
    {
      name: 'microdnf',
      code: dedent`
        FROM registry.access.redhat.com/ubi9/ubi-minimal
        RUN microdnf install -y httpd-2.4.57
      `,
      errors: [
        { messageId: 'notCleaned', line: 2, column: 5, endLine: 2, endColumn: 13 },
      ],
      outputUnsafe: dedent`
        FROM registry.access.redhat.com/ubi9/ubi-minimal
        RUN microdnf install -y httpd-2.4.57 && microdnf clean all
      `,
    },
    {
      name: 'behind sudo',
      code: dedent`
        FROM fedora:40
        RUN sudo dnf install -y httpd-2.4.62
      `,
      errors: [
        { messageId: 'notCleaned', line: 2, column: 10, endLine: 2, endColumn: 13 },
      ],
      outputUnsafe: dedent`
        FROM fedora:40
        RUN sudo dnf install -y httpd-2.4.62 && sudo dnf clean all
      `,
    },
    {
      name: 'exec form',
      code: dedent`
        FROM fedora:40
        RUN ["dnf", "install", "-y", "httpd-2.4.62"]
      `,
      errors: [
        { messageId: 'notCleaned', line: 2, column: 6, endLine: 2, endColumn: 11 },
      ],
    },
    {
      name: 'ONBUILD trigger',
      code: dedent`
        FROM fedora:40
        ONBUILD RUN dnf install -y httpd-2.4.62
      `,
      errors: [
        { messageId: 'notCleaned', line: 2, column: 13, endLine: 2, endColumn: 16 },
      ],
      outputUnsafe: dedent`
        FROM fedora:40
        ONBUILD RUN dnf install -y httpd-2.4.62 && dnf clean all
      `,
    },
    {
      name: 'heredoc body',
      code: dedent`
        FROM fedora:40
        RUN <<EOF
        dnf install -y httpd-2.4.62
        EOF
      `,
      errors: [
        { messageId: 'notCleaned', line: 3, column: 1, endLine: 3, endColumn: 4 },
      ],
      outputUnsafe: dedent`
        FROM fedora:40
        RUN <<EOF
        dnf install -y httpd-2.4.62
        dnf clean all
        EOF
      `,
    },
  ],
});
