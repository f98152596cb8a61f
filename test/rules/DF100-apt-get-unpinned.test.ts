import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF100-apt-get-unpinned';

ruleTester(rule, {
  valid: [
    {
      name: 'pinned packages',
      code: dedent`
        FROM debian:12
        RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 git=1:2.39.5-0+deb12u1
      `,
    },
    {
      name: 'version from a defined ARG',
      code: dedent`
        FROM debian:12
        ARG CURL_VERSION=7.88.1-10+deb12u5
        RUN apt-get install -y curl=\${CURL_VERSION}
      `,
    },
    {
      name: 'package list in an ARG with pinned packages',
      code: dedent`
        FROM debian:12
        ARG PACKAGES="curl=7.88.1-10+deb12u5 git=1:2.39.5-0+deb12u1"
        RUN apt-get install -y $PACKAGES
      `,
    },
    {
      name: 'package list in a shell variable is not guessed at',
      code: dedent`
        FROM debian:12
        RUN PKGS="curl git" && apt-get install -y $PKGS
      `,
    },
    {
      name: 'local .deb and release selection',
      code: dedent`
        FROM debian:12
        RUN apt-get install -y ./tool_1.0_amd64.deb curl/bookworm-backports
      `,
    },
    {
      name: 'target release value is not a package',
      code: dedent`
        FROM debian:12
        RUN apt-get -t bookworm-backports install -y curl=7.88.1-10+deb12u5
      `,
    },
    {
      name: 'apt-get update alone',
      code: dedent`
        FROM debian:12
        RUN apt-get update
      `,
    },
    {
      name: 'apt-get install text inside echo',
      code: dedent`
        FROM debian:12
        RUN echo "apt-get install curl"
      `,
    },
    {
      name: 'dry run installs nothing',
      code: dedent`
        FROM debian:12
        RUN if apt-get install -s "postgresql-16-jit" > /dev/null 2>&1; then echo yes; fi
      `,
    },
  ],
  invalid: [
    {
      name: 'unpinned package among pinned ones',
      code: dedent`
        FROM debian:12
        RUN apt-get update && apt-get install -y --no-install-recommends curl git=1:2.39.5-0+deb12u1
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 66, endLine: 2, endColumn: 70 },
      ],
    },
    {
      name: 'options before the subcommand',
      code: dedent`
        FROM debian:12
        RUN apt-get -y -o Dpkg::Options::=--force-confnew install curl
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 59, endLine: 2, endColumn: 63 },
      ],
    },
    {
      name: 'behind sudo',
      code: dedent`
        FROM debian:12
        RUN sudo apt-get install -y curl wget
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 29, endLine: 2, endColumn: 33 },
        { messageId: 'unpinned', line: 2, column: 34, endLine: 2, endColumn: 38 },
      ],
    },
    {
      name: 'exec form',
      code: dedent`
        FROM debian:12
        RUN ["apt-get", "install", "-y", "curl"]
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 34, endLine: 2, endColumn: 40 },
      ],
    },
    {
      name: 'ONBUILD trigger',
      code: dedent`
        FROM debian:12
        ONBUILD RUN apt-get install -y curl
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 32, endLine: 2, endColumn: 36 },
      ],
    },
    {
      name: 'heredoc body',
      code: dedent`
        FROM debian:12
        RUN <<EOF
        apt-get update
        apt-get install -y curl
        EOF
      `,
      errors: [
        { messageId: 'unpinned', line: 4, column: 20, endLine: 4, endColumn: 24 },
      ],
    },
    {
      name: 'package list from an ARG is checked package by package',
      code: dedent`
        FROM debian:12
        ARG PACKAGES="curl=7.88.1-10+deb12u5 git"
        RUN apt-get install -y $PACKAGES
      `,
      errors: [
        { messageId: 'unpinned', line: 3, column: 24, endLine: 3, endColumn: 33 },
      ],
    },
    {
      name: 'continuation lines',
      code: dedent`
        FROM debian:12
        RUN apt-get update \
         && apt-get install -y \
              curl \
              git=1:2.39.5-0+deb12u1
      `,
      errors: [
        { messageId: 'unpinned', line: 4, column: 7, endLine: 4, endColumn: 11 },
      ],
    },
  ],
});
