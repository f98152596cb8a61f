import { defineRule } from '../src/engine/define-rule';

/** What BuildKit accepts as a stage name, once lower-cased; it reads the name as written (no variables, no quotes). */
const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;

export default defineRule({
  id: 'DF222',
  name: 'invalid-stage-name',
  aliases: [],
  severity: 'error',
  fix: 'none',
  summary: 'Stage name BuildKit refuses: not starting with a letter, or with symbols other than - _ .',
  docs: {
    why:
      'BuildKit takes a stage name only if it starts with a letter and continues with letters, digits, `-`, `_` ' +
      'and `.`; anything else stops `docker build` before it starts ("invalid name for build stage"). It does not ' +
      'expand variables in stage names either.',
    invalid: ['FROM golang:1.23 AS 1build\nRUN go version\n', 'FROM golang:1.23 AS build/linux\nRUN go version\n'],
    valid: ['FROM golang:1.23 AS build-1.23_linux\nRUN go version\n'],
    notes:
      'Buildah and Podman are more lenient (they expand ARGs in stage names and accept `/`): for Containerfiles ' +
      'built only with them, turn this rule off.',
  },
  messages: {
    invalid: (p: { name: string }) => `Stage name "${p.name}" is invalid: it must start with a letter, then letters, digits, "-", "_" or "."`,
  },
  create(ctx) {
    return {
      From(node) {
        const name = node.stageName;
        if (name && !STAGE_NAME.test(name.value.toLowerCase())) ctx.report({ node: name, messageId: 'invalid', data: { name: name.value } });
      },
    };
  },
});
