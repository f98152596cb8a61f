import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF110-yum-missing-yes';

ruleTester(rule, {
  valid: [
    {
      name: '-y and --assumeyes',
      code: dedent`
        FROM centos:7
        RUN yum install -y httpd-2.4.6 && yum -y update && yum --assumeyes groupinstall "Development Tools" && yum clean all
      `,
    },
    {
      name: '--setopt=assumeyes',
      code: dedent`
        FROM centos:7
        RUN yum --setopt=assumeyes=1 install httpd-2.4.6
      `,
    },
    {
      name: 'assumeyes set by an earlier RUN',
      code: dedent`
        FROM centos:7
        RUN echo assumeyes=1 >> /etc/yum.conf
        RUN yum install httpd-2.4.6 && yum clean all
      `,
    },
    {
      name: 'input from yes',
      code: dedent`
        FROM centos:7
        RUN yes | yum install httpd-2.4.6
      `,
    },
    {
      name: 'subcommands that do not prompt',
      code: dedent`
        FROM centos:7
        RUN yum makecache && yum clean all && yum list installed && yum group list
      `,
    },
    {
      name: 'dnf is another rule',
      code: dedent`
        FROM fedora:40
        RUN dnf install httpd-2.4.62
      `,
    },
  ],
  invalid: [
    {
      name: 'missing -y',
      code: dedent`
        FROM centos:7
        RUN yum install httpd-2.4.6 && yum clean all
      `,
      errors: [
        { messageId: 'missingYes', line: 2, column: 5, endLine: 2, endColumn: 8 },
      ],
      output: dedent`
        FROM centos:7
        RUN yum install -y httpd-2.4.6 && yum clean all
      `,
    },
    {
      name: 'group install and remove',
      code: dedent`
        FROM centos:7
        RUN yum group install "Development Tools" && yum remove httpd
      `,
      errors: [
        { messageId: 'missingYes', line: 2, column: 5, endLine: 2, endColumn: 8 },
        { messageId: 'missingYes', line: 2, column: 46, endLine: 2, endColumn: 49 },
      ],
      output: dedent`
        FROM centos:7
        RUN yum group install -y "Development Tools" && yum remove -y httpd
      `,
    },
    {
      name: 'behind sudo',
      code: dedent`
        FROM centos:7
        RUN sudo yum localinstall /tmp/app.rpm
      `,
      errors: [
        { messageId: 'missingYes', line: 2, column: 10, endLine: 2, endColumn: 13 },
      ],
      output: dedent`
        FROM centos:7
        RUN sudo yum localinstall -y /tmp/app.rpm
      `,
    },
    {
      name: 'exec form',
      code: dedent`
        FROM centos:7
        RUN ["yum", "install", "httpd-2.4.6"]
      `,
      errors: [
        { messageId: 'missingYes', line: 2, column: 6, endLine: 2, endColumn: 11 },
      ],
      output: dedent`
        FROM centos:7
        RUN ["yum", "install", "-y", "httpd-2.4.6"]
      `,
    },
    {
      name: 'ONBUILD trigger',
      code: dedent`
        FROM centos:7
        ONBUILD RUN yum install httpd-2.4.6
      `,
      errors: [
        { messageId: 'missingYes', line: 2, column: 13, endLine: 2, endColumn: 16 },
      ],
      output: dedent`
        FROM centos:7
        ONBUILD RUN yum install -y httpd-2.4.6
      `,
    },
    {
      name: 'heredoc body',
      code: dedent`
        FROM centos:7
        RUN <<EOF
        yum install httpd-2.4.6
        EOF
      `,
      errors: [
        { messageId: 'missingYes', line: 3, column: 1, endLine: 3, endColumn: 4 },
      ],
      output: dedent`
        FROM centos:7
        RUN <<EOF
        yum install -y httpd-2.4.6
        EOF
      `,
    },
  ],
});
