import type { Instruction } from '../src/ast/nodes';
import { overriddenPerStage } from '../src/analysis/overridden-instructions';
import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF002',
  name: 'multiple-cmd',
  aliases: ['DL4003', 'MultipleInstructionsDisallowed'],
  severity: 'warning',
  fix: 'none',
  summary: 'More than one CMD in a stage; only the last one takes effect',
  docs: {
    why:
      'A stage has one default command. When a stage sets `CMD` several times, every one but the last is ' +
      'silently replaced, which usually means a leftover line or a misunderstanding (CMD does not run ' +
      'during the build; use `RUN` for that).',
    invalid: ['FROM node:22-alpine\nCMD ["npm", "run", "migrate"]\nCMD ["node", "server.js"]\n'],
    valid: [
      'FROM node:22-alpine AS build\nCMD ["npm", "test"]\n\nFROM node:22-alpine\nCMD ["node", "server.js"]\n',
      'FROM node:22-alpine\nONBUILD CMD ["npm", "start"]\nCMD ["node", "server.js"]\n',
    ],
    notes:
      'Counted per stage: each stage of a multi-stage build may have its own `CMD`. `ONBUILD CMD` triggers ' +
      'are ignored because they apply to images built from this one. The diagnostic is on each overridden ' +
      '`CMD` (the line that has no effect), naming the one that replaces it.',
  },
  messages: {
    overridden: (p: { line: number }) =>
      `This CMD has no effect: the CMD on line ${p.line} replaces it (only the last CMD in a stage counts)`,
  },
  create(ctx) {
    const nodes: Instruction[] = [];
    return {
      Cmd(node) {
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
