import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF119-dnf-unpinned';

ruleTester(rule, {
  valid: [
    {
      name: 'name-version',
      code: dedent`
        FROM fedora:40
        RUN dnf install -y httpd-2.4.62 && dnf clean all
      `,
    },
    {
      name: 'module with a stream and groups',
      code: dedent`
        FROM fedora:40
        RUN dnf module install -y nodejs:20 && dnf group install -y "Development Tools" && dnf install -y @c-development && dnf clean all
      `,
    },
    {
      name: 'microdnf pinned',
      code: dedent`
        FROM registry.access.redhat.com/ubi9/ubi-minimal
        RUN microdnf install -y httpd-2.4.57 && microdnf clean all
      `,
    },
  ],
  invalid: [
    {
      name: 'unpinned package',
      code: dedent`
        FROM fedora:40
        RUN dnf install -y httpd && dnf clean all
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 20, endLine: 2, endColumn: 25 },
      ],
    },
    {
      name: 'microdnf',
      code: dedent`
        FROM registry.access.redhat.com/ubi9/ubi-minimal
        RUN microdnf install -y httpd && microdnf clean all
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 25, endLine: 2, endColumn: 30 },
      ],
    },
    {
      name: 'module without a stream',
      code: dedent`
        FROM fedora:40
        RUN dnf module install -y nodejs && dnf clean all
      `,
      errors: [
        { messageId: 'moduleUnpinned', line: 2, column: 27, endLine: 2, endColumn: 33 },
      ],
    },
    {
      name: 'behind sudo',
      code: dedent`
        FROM fedora:40
        RUN sudo dnf install -y httpd && dnf clean all
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 25, endLine: 2, endColumn: 30 },
      ],
    },
    {
      name: 'exec form',
      code: dedent`
        FROM fedora:40
        RUN ["dnf", "install", "-y", "httpd"]
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 30, endLine: 2, endColumn: 37 },
      ],
    },
    {
      name: 'ONBUILD trigger',
      code: dedent`
        FROM fedora:40
        ONBUILD RUN dnf install -y httpd
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 28, endLine: 2, endColumn: 33 },
      ],
    },
    {
      name: 'heredoc body',
      code: dedent`
        FROM fedora:40
        RUN <<EOF
        dnf install -y httpd
        EOF
      `,
      errors: [
        { messageId: 'unpinned', line: 3, column: 16, endLine: 3, endColumn: 21 },
      ],
    },
  ],
});
