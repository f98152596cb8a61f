import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF117-dnf-missing-yes';

ruleTester(rule, {
  valid: [
    {
      name: '-y and --assumeyes',
      code: dedent`
        FROM fedora:40
        RUN dnf install -y httpd-2.4.62 && dnf -y upgrade && dnf --assumeyes group install "Development Tools" && dnf clean all
      `,
    },
    {
      name: '--setopt=assumeyes',
      code: dedent`
        FROM fedora:40
        RUN dnf --setopt=assumeyes=True module enable nodejs:20
      `,
    },
    {
      name: 'microdnf never prompts',
      code: dedent`
        FROM registry.access.redhat.com/ubi9/ubi-minimal
        RUN microdnf install httpd-2.4.57 && microdnf clean all
      `,
    },
    {
      name: 'assumeyes set by an earlier RUN',
      code: dedent`
        FROM fedora:40
        RUN echo "assumeyes=True" >> /etc/dnf/dnf.conf
        RUN dnf install httpd-2.4.62 && dnf clean all
      `,
    },
    {
      name: 'subcommands that do not prompt',
      code: dedent`
        FROM fedora:40
        RUN dnf makecache && dnf clean all && dnf module list && dnf repolist
      `,
    },
  ],
  invalid: [
    {
      name: 'missing -y',
      code: dedent`
        FROM fedora:40
        RUN dnf install httpd-2.4.62 && dnf clean all
      `,
      errors: [
        { messageId: 'missingYes', line: 2, column: 5, endLine: 2, endColumn: 8 },
      ],
      output: dedent`
        FROM fedora:40
        RUN dnf install -y httpd-2.4.62 && dnf clean all
      `,
    },
    {
      name: 'module enable',
      code: dedent`
        FROM fedora:40
        RUN dnf module enable nodejs:20
      `,
      errors: [
        { messageId: 'missingYes', line: 2, column: 5, endLine: 2, endColumn: 8 },
      ],
      output: dedent`
        FROM fedora:40
        RUN dnf module enable -y nodejs:20
      `,
    },
    {
      name: 'behind sudo',
      code: dedent`
        FROM fedora:40
        RUN sudo dnf install httpd-2.4.62
      `,
      errors: [
        { messageId: 'missingYes', line: 2, column: 10, endLine: 2, endColumn: 13 },
      ],
      output: dedent`
        FROM fedora:40
        RUN sudo dnf install -y httpd-2.4.62
      `,
    },
    {
      name: 'exec form',
      code: dedent`
        FROM fedora:40
        RUN ["dnf", "install", "httpd-2.4.62"]
      `,
      errors: [
        { messageId: 'missingYes', line: 2, column: 6, endLine: 2, endColumn: 11 },
      ],
      output: dedent`
        FROM fedora:40
        RUN ["dnf", "install", "-y", "httpd-2.4.62"]
      `,
    },
    {
      name: 'ONBUILD trigger',
      code: dedent`
        FROM fedora:40
        ONBUILD RUN dnf install httpd-2.4.62
      `,
      errors: [
        { messageId: 'missingYes', line: 2, column: 13, endLine: 2, endColumn: 16 },
      ],
      output: dedent`
        FROM fedora:40
        ONBUILD RUN dnf install -y httpd-2.4.62
      `,
    },
    {
      name: 'heredoc body',
      code: dedent`
        FROM fedora:40
        RUN <<EOF
        dnf install httpd-2.4.62
        EOF
      `,
      errors: [
        { messageId: 'missingYes', line: 3, column: 1, endLine: 3, endColumn: 4 },
      ],
      output: dedent`
        FROM fedora:40
        RUN <<EOF
        dnf install -y httpd-2.4.62
        EOF
      `,
    },
  ],
});
