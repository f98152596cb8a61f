import type { Instruction } from '../src/ast/nodes';
import { overriddenPerStage } from '../src/analysis/overridden-instructions';
import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF003',
  name: 'multiple-entrypoint',
  aliases: ['DL4004', 'MultipleInstructionsDisallowed'],
  severity: 'warning',
  fix: 'none',
  summary: 'More than one ENTRYPOINT in a stage; only the last one takes effect',
  docs: {
    why:
      'An image has a single entrypoint. When a stage sets `ENTRYPOINT` several times, every one but the ' +
      'last is silently replaced, which usually hides a mistake.',
    invalid: ['FROM alpine:3.20\nENTRYPOINT ["/bin/sh"]\nENTRYPOINT ["/usr/local/bin/app"]\n'],
    valid: [
      'FROM alpine:3.20 AS debug\nENTRYPOINT ["/bin/sh"]\n\nFROM alpine:3.20\nENTRYPOINT ["/usr/local/bin/app"]\n',
    ],
    notes:
      'Counted per stage; `ONBUILD ENTRYPOINT` triggers are ignored. The diagnostic is on each overridden ' +
      '`ENTRYPOINT`, naming the line that replaces it.',
  },
  messages: {
    overridden: (p: { line: number }) =>
      `This ENTRYPOINT has no effect: the ENTRYPOINT on line ${p.line} replaces it`,
  },
  create(ctx) {
    const nodes: Instruction[] = [];
    return {
      Entrypoint(node) {
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
