import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF010-consecutive-run';

ruleTester(rule, {
  valid: [
    dedent`
      FROM debian:12-slim
      RUN apt-get update \
       && apt-get install -y --no-install-recommends curl
    `,
    {
      name: 'different --mount flags',
      code: dedent`
        FROM node:22-alpine
        RUN --mount=type=cache,target=/root/.npm npm ci
        RUN npm run build
      `,
    },
    {
      name: 'separated by another instruction',
      code: dedent`
        FROM debian:12-slim
        RUN apt-get update
        ENV DEBIAN_FRONTEND=noninteractive
        RUN apt-get install -y curl
      `,
    },
    {
      name: 'exec form and heredocs do not join with &&',
      code: dedent`
        FROM debian:12-slim
        RUN ["apt-get", "update"]
        RUN apt-get install -y curl
        RUN <<EOF
        echo one
        EOF
        RUN echo two
      `,
    },
    {
      name: 'different stages; ONBUILD',
      code: dedent`
        FROM alpine:3.20 AS a
        RUN echo a
        FROM alpine:3.20
        RUN echo b
        ONBUILD RUN echo c
        RUN echo d
      `,
    },
  ],
  invalid: [
    {
      code: dedent`
        FROM debian:12-slim
        RUN apt-get update
        # comments do not separate
        RUN apt-get install -y curl
        run echo done
      `,
      errors: [
        {
          messageId: 'consecutive',
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 4,
          message: 'RUN directly follows the RUN on line 2; they could be one layer joined with &&',
        },
        { messageId: 'consecutive', line: 5, column: 1, endLine: 5, endColumn: 4 },
      ],
    },
    {
      name: 'the same flags in another order',
      code: dedent`
        FROM node:22-alpine
        RUN --network=none --mount=type=cache,target=/root/.npm npm ci
        RUN --mount=type=cache,target=/root/.npm --network=none npm run build
      `,
      errors: [{ messageId: 'consecutive', line: 3, column: 1, endLine: 3, endColumn: 4 }],
    },
  ],
});
