import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF112-yum-unpinned';

ruleTester(rule, {
  valid: [
    {
      name: 'name-version',
      code: dedent`
        FROM centos:7
        RUN yum install -y httpd-2.4.6 java-1.8.0-openjdk && yum clean all
      `,
    },
    {
      name: 'rpm files, URLs, paths and groups',
      code: dedent`
        FROM centos:7
        RUN yum install -y https://example.com/app-1.0-1.el7.x86_64.rpm /tmp/tool.rpm @base && yum clean all
      `,
    },
    {
      name: 'version from an ARG',
      code: dedent`
        FROM centos:7
        ARG HTTPD_VERSION=2.4.6
        RUN yum install -y httpd-\${HTTPD_VERSION} && yum clean all
      `,
    },
    {
      name: 'module with a stream',
      code: dedent`
        FROM centos:8
        RUN yum module install -y nodejs:18 && yum clean all
      `,
    },
    {
      name: 'option values are not packages',
      code: dedent`
        FROM centos:7
        RUN yum install -y --enablerepo epel --setopt tsflags=nodocs httpd-2.4.6 && yum clean all
      `,
    },
    {
      name: 'capabilities have no version',
      code: dedent`
        FROM centos:8
        RUN yum install -y 'dnf-command(config-manager)' 'perl(DBI)' && yum clean all
      `,
    },
  ],
  invalid: [
    {
      name: 'unpinned package',
      code: dedent`
        FROM centos:7
        RUN yum install -y httpd python3-devel mod_ssl-2.4.6 && yum clean all
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 20, endLine: 2, endColumn: 25 },
        { messageId: 'unpinned', line: 2, column: 26, endLine: 2, endColumn: 39 },
      ],
    },
    {
      name: 'module without a stream',
      code: dedent`
        FROM centos:8
        RUN yum module install -y nodejs && yum clean all
      `,
      errors: [
        { messageId: 'moduleUnpinned', line: 2, column: 27, endLine: 2, endColumn: 33 },
      ],
    },
    {
      name: 'behind sudo',
      code: dedent`
        FROM centos:7
        RUN sudo yum install -y httpd && yum clean all
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 25, endLine: 2, endColumn: 30 },
      ],
    },
    {
      name: 'exec form',
      code: dedent`
        FROM centos:7
        RUN ["yum", "install", "-y", "httpd"]
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 30, endLine: 2, endColumn: 37 },
      ],
    },
    {
      name: 'ONBUILD trigger',
      code: dedent`
        FROM centos:7
        ONBUILD RUN yum install -y httpd
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 28, endLine: 2, endColumn: 33 },
      ],
    },
    {
      name: 'heredoc body',
      code: dedent`
        FROM centos:7
        RUN <<EOF
        yum install -y httpd
        EOF
      `,
      errors: [
        { messageId: 'unpinned', line: 3, column: 16, endLine: 3, endColumn: 21 },
      ],
    },
  ],
});
