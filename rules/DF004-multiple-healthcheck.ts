import type { Instruction } from '../src/ast/nodes';
import { overriddenPerStage } from '../src/analysis/overridden-instructions';
import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF004',
  name: 'multiple-healthcheck',
  aliases: ['DL3012', 'MultipleInstructionsDisallowed'],
  severity: 'warning',
  fix: 'none',
  summary: 'More than one HEALTHCHECK in a stage; only the last one takes effect',
  docs: {
    why:
      'An image has a single health check. When a stage declares `HEALTHCHECK` several times, only the last ' +
      'one is kept, so the earlier ones are dead code that readers will take for real.',
    invalid: [
      'FROM nginx:1.27\nHEALTHCHECK CMD ["curl", "-f", "http://localhost/"]\nHEALTHCHECK --interval=10s CMD ["curl", "-f", "http://localhost/health"]\n',
    ],
    valid: [
      'FROM nginx:1.27\nHEALTHCHECK --interval=10s CMD ["curl", "-f", "http://localhost/"]\n',
      'FROM nginx:1.27 AS base\nHEALTHCHECK NONE\n\nFROM base\nHEALTHCHECK CMD ["curl", "-f", "http://localhost/"]\n',
    ],
    notes:
      'Counted per stage (a later stage may replace the health check it inherits); `ONBUILD HEALTHCHECK` ' +
      'triggers are ignored. `HEALTHCHECK NONE` counts as a health check declaration.',
  },
  messages: {
    overridden: (p: { line: number }) =>
      `This HEALTHCHECK has no effect: the HEALTHCHECK on line ${p.line} replaces it`,
  },
  create(ctx) {
    const nodes: Instruction[] = [];
    return {
      Healthcheck(node) {
        nodes.push(node);
      },
      onEnd() {
        for (const { node, overriddenBy } of overriddenPerStage(ctx.model, nodes)) {
          ctx.report({ range: node.keywordRange, messageId: 'overridden', data: { line: overriddenBy.range.start.line } });
        }
      },
    };
  },
});
