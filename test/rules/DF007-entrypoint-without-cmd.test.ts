import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF007-entrypoint-without-cmd';

ruleTester(rule, {
  valid: [
    dedent`
      FROM python:3.13-slim
      ENTRYPOINT ["python", "-m", "http.server"]
      CMD ["8000"]
    `,
    {
      name: 'CMD before ENTRYPOINT in the same stage is kept',
      code: dedent`
        FROM python:3.13-slim
        CMD ["8000"]
        ENTRYPOINT ["python", "-m", "http.server"]
      `,
    },
    {
      name: 'a later stage builds on it and adds CMD',
      code: dedent`
        FROM alpine:3.20 AS base
        ENTRYPOINT ["/sbin/tini", "--"]
        FROM base
        CMD ["/usr/local/bin/app"]
      `,
    },
    dedent`
      FROM alpine:3.20
      ENTRYPOINT []
    `,
    dedent`
      FROM alpine:3.20
      ENTRYPOINT /usr/local/bin/app
    `,
    dedent`
      FROM alpine:3.20
      ENTRYPOINT ["/a"]
      ONBUILD ENTRYPOINT ["/b"]
      CMD ["x"]
    `,
  ],
  invalid: [
    {
      code: dedent`
        FROM python:3.13-slim
        ENTRYPOINT ["python", "-m", "http.server"]
      `,
      errors: [
        {
          messageId: 'noCmd',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 11,
          message: 'ENTRYPOINT without a CMD in this stage: the container gets no default arguments (the base image CMD is cleared)',
        },
      ],
    },
    {
      name: 'only the last ENTRYPOINT; ONBUILD CMD does not count',
      code: dedent`
        FROM alpine:3.20 AS build
        RUN echo build
        FROM alpine:3.20
        ENTRYPOINT ["/bin/sh"]
        ONBUILD CMD ["x"]
        ENTRYPOINT ["/sbin/tini", "--"]
      `,
      errors: [{ messageId: 'noCmd', line: 6, column: 1, endLine: 6, endColumn: 11 }],
    },
  ],
});
