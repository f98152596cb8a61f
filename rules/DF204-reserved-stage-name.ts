import { defineRule } from '../src/engine/define-rule';

/** Words the builder gives a meaning of their own where stage names are used. */
const RESERVED = new Set(['scratch', 'context']);

export default defineRule({
  id: 'DF204',
  name: 'reserved-stage-name',
  aliases: ['ReservedStageName'],
  severity: 'error',
  fix: 'none',
  summary: 'Stage named with a reserved word (scratch, context)',
  docs: {
    why:
      '`scratch` is the empty base image and `context` names the build context in `COPY --from` and ' +
      'named contexts. A stage with one of these names cannot be referred to reliably; Docker warns ' +
      '(`ReservedStageName`).',
    invalid: ['FROM alpine:3.20 AS scratch\nRUN echo hi\n', 'FROM alpine:3.20 AS Context\nRUN echo hi\n'],
    valid: ['FROM alpine:3.20 AS builder\nRUN echo hi\n'],
  },
  messages: {
    reserved: (p: { name: string }) => `"${p.name}" is reserved and should not be used as a stage name`,
  },
  create(ctx) {
    return {
      From(node) {
        const name = node.stageName;
        if (name && RESERVED.has(name.value.toLowerCase())) ctx.report({ node: name, messageId: 'reserved', data: { name: name.value } });
      },
    };
  },
});
