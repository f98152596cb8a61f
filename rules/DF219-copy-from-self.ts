import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF219',
  name: 'copy-from-self',
  aliases: ['DL3023'],
  severity: 'error',
  fix: 'none',
  summary: 'COPY --from names the stage it is in',
  docs: {
    why:
      'A stage cannot copy from itself: its files are not finished while it is being built. The builder ' +
      'rejects the circular reference.',
    invalid: ['FROM alpine:3.20 AS build\nRUN echo hi > /a\nCOPY --from=build /a /b\n'],
    valid: ['FROM alpine:3.20 AS build\nRUN echo hi > /a\n\nFROM alpine:3.20\nCOPY --from=build /a /b\n'],
    notes: 'Also reported for `RUN --mount=from=<own stage>` and for the stage\'s own index.',
  },
  messages: {
    self: (p: { ref: string }) => `--from=${p.ref} refers to the stage this instruction is in`,
  },
  create(ctx) {
    return {
      onEnd() {
        for (const r of ctx.model.graph.references) {
          if (r.kind !== 'from' && r.target === r.source) ctx.report({ range: r.range, messageId: 'self', data: { ref: r.ref } });
        }
      },
    };
  },
});
