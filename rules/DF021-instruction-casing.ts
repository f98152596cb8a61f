import type { Instruction } from '../src/ast/nodes';
import { defineRule } from '../src/engine/define-rule';

type Style = 'upper' | 'consistent';

export default defineRule<{ style: Style }>({
  id: 'DF021',
  name: 'instruction-casing',
  aliases: ['ConsistentInstructionCasing'],
  severity: 'style',
  fix: 'safe',
  summary: 'Instruction keywords not in upper case, or in mixed casing',
  docs: {
    why:
      'Keywords are case-insensitive, but upper case is the convention every example and tool uses, and ' +
      'it separates instructions from their arguments at a glance. A file that mixes `RUN` and `run` ' +
      'reads as careless.',
    invalid: ['FROM alpine:3.20\nrun echo hello\n', 'from alpine:3.20\nRun echo hello\n'],
    valid: ['FROM alpine:3.20\nRUN echo hello\nONBUILD RUN echo child\n'],
    notes:
      'Option `style`: `"upper"` (default) reports every keyword not in upper case; `"consistent"` ' +
      'behaves like BuildKit\'s ConsistentInstructionCasing: a file written all in lower case is fine, ' +
      'and keywords that differ from the file\'s majority casing (upper case on a tie) are reported. ' +
      'ONBUILD triggers count; unknown instructions are left to the parser. The safe fix rewrites the keyword.',
  },
  messages: {
    notUpper: (p: { raw: string; expected: string }) => `Instruction "${p.raw}" should be written "${p.expected}"`,
    inconsistent: (p: { raw: string; expected: string; casing: string }) =>
      `Instruction "${p.raw}" does not match the file's ${p.casing} casing; write "${p.expected}"`,
  },
  options: {
    schema: {
      type: 'object',
      properties: {
        style: { enum: ['upper', 'consistent'], description: 'Require upper case, or only one casing across the file.' },
      },
      additionalProperties: false,
    },
    defaults: { style: 'upper' },
  },
  create(ctx) {
    return {
      onEnd() {
        // Every instruction in file order, each ONBUILD trigger right after its ONBUILD (as the rules see them).
        const keywords: Instruction[] = [];
        for (const node of ctx.ast.instructions) {
          if (node.type !== 'Unknown') keywords.push(node);
          if (node.type === 'Onbuild' && node.trigger && node.trigger.type !== 'Unknown') keywords.push(node.trigger);
        }
        const upper = keywords.filter((n) => n.keywordRaw === n.keywordRaw.toUpperCase()).length;
        const lower = keywords.filter((n) => n.keywordRaw === n.keywordRaw.toLowerCase()).length;
        const toLower = ctx.options.style === 'consistent' && lower > upper;
        for (const node of keywords) {
          const expected = toLower ? node.keywordRaw.toLowerCase() : node.keywordRaw.toUpperCase();
          if (node.keywordRaw === expected) continue;
          ctx.report({
            range: node.keywordRange,
            messageId: ctx.options.style === 'consistent' ? 'inconsistent' : 'notUpper',
            data: { raw: node.keywordRaw, expected, casing: toLower ? 'lower' : 'upper' },
            fix: {
              title: `Write "${expected}"`,
              kind: 'safe',
              edits: [{ start: node.keywordRange.start.offset, end: node.keywordRange.end.offset, text: expected }],
            },
          });
        }
      },
    };
  },
});
