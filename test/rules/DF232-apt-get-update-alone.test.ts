import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF232-apt-get-update-alone';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n',
    { code: 'FROM debian:12\nRUN apt-get update\nRUN apt-get update && apt-get install -y curl\n', name: 'the later RUN updates again' },
    { code: 'FROM debian:12\nRUN apt-get update\nRUN echo done\n', name: 'no later install' },
    { code: 'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get install -y curl\n', name: 'lists in a cache mount' },
    { code: 'FROM debian:12\nONBUILD RUN apt-get update\nRUN apt-get install -y curl\n', name: 'an ONBUILD trigger runs in another build' },
    { code: 'FROM debian:12 AS a\nRUN apt-get update\nFROM debian:12\nRUN apt-get install -y curl\n', name: 'a stage not built on this one' },
  ],
  invalid: [
    {
      code: dedent`
        FROM debian:12
        RUN apt-get -q update
        COPY . /src
        RUN apt-get install -y curl
      `,
      errors: [
        {
          messageId: 'alone',
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 22,
          message: 'apt-get update with the install in a later RUN: once this layer is cached, the install on line 4 reads outdated package lists; update and install in the same RUN',
        },
      ],
    },
    {
      name: 'apt, and an install in a stage built on this one',
      code: 'FROM ubuntu:24.04 AS base\nRUN apt update\nFROM base\nRUN apt upgrade -y\n',
      errors: [{ messageId: 'alone', line: 2, column: 5, endLine: 2, endColumn: 15, message: expect.stringMatching(/^apt update with the install in a later RUN: .* on line 4 /) }],
    },
    {
      name: 'an update after the install of its own RUN',
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl; apt-get update\nRUN apt-get install -y jq\n',
      errors: [{ messageId: 'alone', line: 2, column: 48, endLine: 2, endColumn: 62 }],
    },
  ],
});
