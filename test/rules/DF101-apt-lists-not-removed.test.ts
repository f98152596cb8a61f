import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF101-apt-lists-not-removed';

ruleTester(rule, {
  valid: [
    {
      name: 'lists removed in the same RUN',
      code: dedent`
        FROM debian:12
        RUN apt-get update \
         && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 \
         && rm -rf /var/lib/apt/lists/*
      `,
    },
    {
      name: 'cache mount on the lists',
      code: dedent`
        FROM debian:12
        RUN --mount=type=cache,target=/var/lib/apt/lists,sharing=locked apt-get update && apt-get install -y curl=7.88.1-10+deb12u5
      `,
    },
    {
      name: 'cache mount on a parent directory',
      code: dedent`
        FROM debian:12
        RUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y curl=7.88.1-10+deb12u5
      `,
    },
    {
      name: 'tmpfs mount on the lists',
      code: dedent`
        FROM debian:12
        RUN --mount=type=tmpfs,target=/var/lib/apt/lists apt-get update && apt-get install -y curl=7.88.1-10+deb12u5
      `,
    },
    {
      name: 'build stage that is only copied from',
      code: dedent`
        FROM debian:12 AS build
        RUN apt-get update && apt-get install -y gcc=4:12.2.0-3
        FROM debian:12
        COPY --from=build /out /out
      `,
    },
    {
      name: 'no apt-get update',
      code: dedent`
        FROM debian:12
        RUN apt-get install -y ./tool.deb
      `,
    },
    {
      name: 'removing the whole apt state directory',
      code: dedent`
        FROM debian:12
        RUN sudo apt-get update && sudo apt-get install -y curl=7.88.1-10+deb12u5 && sudo rm -rf /var/lib/apt/*
      `,
    },
    {
      name: 'heredoc that removes the lists',
      code: dedent`
        FROM debian:12
        RUN <<EOF
        apt-get update
        apt-get install -y curl=7.88.1-10+deb12u5
        rm -rf /var/lib/apt/lists/*
        EOF
      `,
    },
    {
      name: 'lists removed inside a bash -c script',
      code: dedent`
        FROM debian:12
        RUN apt-get update && bash -c "apt-get install -y curl=7.88.1-10+deb12u5 && rm -rf /var/lib/apt/lists/*"
      `,
    },
  ],
  invalid: [
    {
      name: 'lists left behind',
      code: dedent`
        FROM debian:12
        RUN apt-get update && apt-get install -y curl=7.88.1-10+deb12u5
      `,
      errors: [
        { messageId: 'notRemoved', line: 2, column: 5, endLine: 2, endColumn: 12 },
      ],
      outputUnsafe: dedent`
        FROM debian:12
        RUN apt-get update && apt-get install -y curl=7.88.1-10+deb12u5 && rm -rf /var/lib/apt/lists/*
      `,
    },
    {
      name: 'cleanup in a later RUN does not shrink the layer',
      code: dedent`
        FROM debian:12
        RUN apt-get update && apt-get install -y curl=7.88.1-10+deb12u5
        RUN rm -rf /var/lib/apt/lists/*
      `,
      errors: [
        { messageId: 'notRemoved', line: 2, column: 5, endLine: 2, endColumn: 12 },
      ],
      outputUnsafe: dedent`
        FROM debian:12
        RUN apt-get update && apt-get install -y curl=7.88.1-10+deb12u5 && rm -rf /var/lib/apt/lists/*
        RUN rm -rf /var/lib/apt/lists/*
      `,
    },
    {
      name: 'cleanup before a second update',
      code: dedent`
        FROM debian:12
        RUN apt-get update && rm -rf /var/lib/apt/lists/* && apt-get update; apt-get install -y curl=7.88.1-10+deb12u5;
      `,
      errors: [
        { messageId: 'notRemoved', line: 2, column: 54, endLine: 2, endColumn: 61 },
      ],
      outputUnsafe: dedent`
        FROM debian:12
        RUN apt-get update && rm -rf /var/lib/apt/lists/* && apt-get update; apt-get install -y curl=7.88.1-10+deb12u5; rm -rf /var/lib/apt/lists/*
      `,
    },
    {
      name: 'behind sudo, over continuation lines',
      code: dedent`
        FROM debian:12
        RUN sudo apt-get update \
         && sudo apt-get install -y curl=7.88.1-10+deb12u5
      `,
      errors: [
        { messageId: 'notRemoved', line: 2, column: 10, endLine: 2, endColumn: 17 },
      ],
      outputUnsafe: dedent`
        FROM debian:12
        RUN sudo apt-get update \
         && sudo apt-get install -y curl=7.88.1-10+deb12u5 && sudo rm -rf /var/lib/apt/lists/*
      `,
    },
    {
      name: 'update alone in a RUN whose lists a later RUN installs from (no fix: the install would fail)',
      code: dedent`
        FROM ubuntu:22.04
        RUN apt update
        RUN apt install -y libbsd0
      `,
      errors: [
        { messageId: 'notRemoved', line: 2, column: 5, endLine: 2, endColumn: 8 },
      ],
    },
    {
      name: 'a later RUN installs again without updating (no fix)',
      code: dedent`
        FROM debian:12
        RUN apt-get update && apt-get install -y curl=7.88.1-10+deb12u5
        RUN apt-get install -y git=1:2.39.2-1.1
      `,
      errors: [
        { messageId: 'notRemoved', line: 2, column: 5, endLine: 2, endColumn: 12 },
      ],
    },
    {
      name: 'a stage built on this one installs without updating (no fix)',
      code: dedent`
        FROM debian:12 AS base
        RUN apt-get update
        FROM base
        RUN apt-get install -y curl=7.88.1-10+deb12u5 && rm -rf /var/lib/apt/lists/*
      `,
      errors: [
        { messageId: 'notRemoved', line: 2, column: 5, endLine: 2, endColumn: 12 },
      ],
    },
    {
      name: 'later RUNs that update first, or only clean up, still get the fix',
      code: dedent`
        FROM debian:12
        RUN apt-get update && apt-get install -y curl=7.88.1-10+deb12u5
        RUN apt-get update && apt-get install -y git=1:2.39.2-1.1 && rm -rf /var/lib/apt/lists/*
        RUN --mount=type=cache,target=/var/lib/apt/lists apt-get install -y make=4.3-4.1
        RUN apt-get clean
      `,
      errors: [
        { messageId: 'notRemoved', line: 2, column: 5, endLine: 2, endColumn: 12 },
      ],
      outputUnsafe: dedent`
        FROM debian:12
        RUN apt-get update && apt-get install -y curl=7.88.1-10+deb12u5 && rm -rf /var/lib/apt/lists/*
        RUN apt-get update && apt-get install -y git=1:2.39.2-1.1 && rm -rf /var/lib/apt/lists/*
        RUN --mount=type=cache,target=/var/lib/apt/lists apt-get install -y make=4.3-4.1
        RUN apt-get clean
      `,
    },
    {
      name: 'exec form (no fix)',
      code: dedent`
        FROM debian:12
        RUN ["apt-get", "update"]
      `,
      errors: [
        { messageId: 'notRemoved', line: 2, column: 6, endLine: 2, endColumn: 15 },
      ],
    },
    {
      name: 'ONBUILD trigger',
      code: dedent`
        FROM debian:12 AS base
        ONBUILD RUN apt-get update && apt-get install -y curl=7.88.1-10+deb12u5
        FROM debian:12
      `,
      errors: [
        { messageId: 'notRemoved', line: 2, column: 13, endLine: 2, endColumn: 20 },
      ],
      outputUnsafe: dedent`
        FROM debian:12 AS base
        ONBUILD RUN apt-get update && apt-get install -y curl=7.88.1-10+deb12u5 && rm -rf /var/lib/apt/lists/*
        FROM debian:12
      `,
    },
    {
      name: 'heredoc body',
      code: dedent`
        FROM debian:12
        RUN <<EOF
        apt-get update
        apt-get install -y curl=7.88.1-10+deb12u5
        EOF
      `,
      errors: [
        { messageId: 'notRemoved', line: 3, column: 1, endLine: 3, endColumn: 8 },
      ],
      outputUnsafe: dedent`
        FROM debian:12
        RUN <<EOF
        apt-get update
        apt-get install -y curl=7.88.1-10+deb12u5
        rm -rf /var/lib/apt/lists/*
        EOF
      `,
    },
    {
      name: 'stage the final stage is built on',
      code: dedent`
        FROM debian:12 AS base
        RUN apt update
        FROM base
        CMD ["bash"]
      `,
      errors: [
        { messageId: 'notRemoved', line: 2, column: 5, endLine: 2, endColumn: 8 },
      ],
      outputUnsafe: dedent`
        FROM debian:12 AS base
        RUN apt update && rm -rf /var/lib/apt/lists/*
        FROM base
        CMD ["bash"]
      `,
    },
    {
      name: 'allStages checks build stages too',
      code: dedent`
        FROM debian:12 AS build
        RUN apt-get update
        FROM debian:12
        COPY --from=build /out /out
      `,
      options: { allStages: true },
      errors: [
        { messageId: 'notRemoved', line: 2, column: 5, endLine: 2, endColumn: 12 },
      ],
      outputUnsafe: dedent`
        FROM debian:12 AS build
        RUN apt-get update && rm -rf /var/lib/apt/lists/*
        FROM debian:12
        COPY --from=build /out /out
      `,
    },
    {
      name: 'script ending in a compound command',
      code: dedent`
        FROM debian:12
        RUN apt-get update && if [ -n "$EXTRA" ]; then apt-get install -y "$EXTRA"; fi
      `,
      errors: [
        { messageId: 'notRemoved', line: 2, column: 5, endLine: 2, endColumn: 12 },
      ],
      outputUnsafe: dedent`
        FROM debian:12
        RUN apt-get update && if [ -n "$EXTRA" ]; then apt-get install -y "$EXTRA"; fi && rm -rf /var/lib/apt/lists/*
      `,
    },
    {
      name: 'no fix for a background job',
      code: dedent`
        FROM debian:12
        RUN apt-get update &
      `,
      errors: [
        { messageId: 'notRemoved', line: 2, column: 5, endLine: 2, endColumn: 12 },
      ],
    },
    {
      name: 'no fix after a trailing comment',
      code: dedent`
        FROM debian:12
        RUN apt-get update # refresh
      `,
      errors: [
        { messageId: 'notRemoved', line: 2, column: 5, endLine: 2, endColumn: 12 },
      ],
    },
  ],
});
