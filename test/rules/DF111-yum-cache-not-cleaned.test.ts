import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF111-yum-cache-not-cleaned';

ruleTester(rule, {
  valid: [
    {
      name: 'yum clean all',
      code: dedent`
        FROM centos:7
        RUN yum install -y httpd-2.4.6 && yum clean all
      `,
    },
    {
      name: 'cache directory removed',
      code: dedent`
        FROM centos:7
        RUN yum install -y httpd-2.4.6 && rm -rf /var/cache/yum/*
      `,
    },
    {
      name: 'cache mount',
      code: dedent`
        FROM centos:7
        RUN --mount=type=cache,target=/var/cache/yum yum install -y httpd-2.4.6
      `,
    },
    {
      name: 'build stage that is only copied from',
      code: dedent`
        FROM centos:7 AS build
        RUN yum install -y gcc-4.8.5
        FROM centos:7
        COPY --from=build /out /out
      `,
    },
    {
      name: 'no install',
      code: dedent`
        FROM centos:7
        RUN yum makecache
      `,
    },
  ],
  invalid: [
    {
      name: 'cache left behind',
      code: dedent`
        FROM centos:7
        RUN yum install -y httpd-2.4.6
      `,
      errors: [
        { messageId: 'notCleaned', line: 2, column: 5, endLine: 2, endColumn: 8 },
      ],
      outputUnsafe: dedent`
        FROM centos:7
        RUN yum install -y httpd-2.4.6 && yum clean all
      `,
    },
    {
      name: 'clean before the last install',
      code: dedent`
        FROM centos:7
        RUN yum install -y a-1 && yum clean all && yum update -y
      `,
      errors: [
        { messageId: 'notCleaned', line: 2, column: 44, endLine: 2, endColumn: 47 },
      ],
      outputUnsafe: dedent`
        FROM centos:7
        RUN yum install -y a-1 && yum clean all && yum update -y && yum clean all
      `,
    },
    {
      name: 'behind sudo',
      code: dedent`
        FROM centos:7
        RUN sudo yum install -y httpd-2.4.6
      `,
      errors: [
        { messageId: 'notCleaned', line: 2, column: 10, endLine: 2, endColumn: 13 },
      ],
      outputUnsafe: dedent`
        FROM centos:7
        RUN sudo yum install -y httpd-2.4.6 && sudo yum clean all
      `,
    },
    {
      name: 'exec form',
      code: dedent`
        FROM centos:7
        RUN ["yum", "install", "-y", "httpd-2.4.6"]
      `,
      errors: [
        { messageId: 'notCleaned', line: 2, column: 6, endLine: 2, endColumn: 11 },
      ],
    },
    {
      name: 'ONBUILD trigger',
      code: dedent`
        FROM centos:7
        ONBUILD RUN yum install -y httpd-2.4.6
      `,
      errors: [
        { messageId: 'notCleaned', line: 2, column: 13, endLine: 2, endColumn: 16 },
      ],
      outputUnsafe: dedent`
        FROM centos:7
        ONBUILD RUN yum install -y httpd-2.4.6 && yum clean all
      `,
    },
    {
      name: 'heredoc body',
      code: dedent`
        FROM centos:7
        RUN <<EOF
        yum install -y httpd-2.4.6
        EOF
      `,
      errors: [
        { messageId: 'notCleaned', line: 3, column: 1, endLine: 3, endColumn: 4 },
      ],
      outputUnsafe: dedent`
        FROM centos:7
        RUN <<EOF
        yum install -y httpd-2.4.6
        yum clean all
        EOF
      `,
    },
  ],
});
