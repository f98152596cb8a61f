import { ruleTester, dedent } from '../helpers/rule-tester';
import rule from '../../rules/DF216-invalid-definition-description';

ruleTester(rule, {
  valid: [
    dedent`
      # base is a stage for compiling source
      FROM scratch AS base
      # VERSION This is the version number.
      ARG VERSION=1
    `,
    '# some comment\n\nFROM scratch AS base\n',
    'FROM scratch\n# not a description: this FROM has no name\nFROM scratch\n',
    '# hadolint ignore=DL3006\nFROM alpine AS base\n',
    { code: '# check=skip=InvalidDefinitionDescription\n\n# not a description\nFROM alpine AS base\n', name: 'skipped with the BuildKit name' },
    dedent`
      # build-cli builds the CLI
      # and nothing else
      FROM scratch AS build-cli
    `,
  ],
  invalid: [
    {
      code: dedent`
        # a non-descriptive comment
        FROM scratch AS base

        # another non-descriptive comment
        ARG VERSION=1
      `,
      errors: [
        { messageId: 'format', line: 1, column: 1, endLine: 1, endColumn: 28 },
        { messageId: 'format', line: 4, column: 1, endLine: 4, endColumn: 34 },
      ],
    },
  ],
});
