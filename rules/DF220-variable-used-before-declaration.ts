import { defineRule } from '../src/engine/define-rule';
import { expandableWords, rangeInWord } from '../src/semantic/words';

export default defineRule({
  id: 'DF220',
  name: 'variable-used-before-declaration',
  aliases: [],
  severity: 'warning',
  fix: 'none',
  summary: 'Variable used before the ARG or ENV that declares it',
  docs: {
    why:
      'ARG and ENV take effect from their own line on. A variable used above its declaration expands to ' +
      'an empty string there (or to an older value), which is rarely what the author meant.',
    invalid: ['FROM alpine:3.20\nWORKDIR /src/$APP\nARG APP=web\n'],
    valid: ['FROM alpine:3.20\nARG APP=web\nWORKDIR /src/$APP\n'],
    notes:
      'Only instructions the builder expands are checked, within one stage. A reference with a default ' +
      '(`${v:-x}`) is still reported: the default is used even though the file declares the variable.',
  },
  messages: {
    beforeDeclaration: (p: { name: string; kind: string; line: number }) =>
      `'$${p.name}' is used before it is declared (${p.kind} on line ${p.line}); here it expands to an empty or older value`,
  },
  create(ctx) {
    return {
      Instruction(node) {
        if (node.type === 'From') return;
        const stage = ctx.model.stageOf(node);
        if (!stage) return;
        const scope = ctx.model.variables.scopeAt(node);
        const later = ctx.model.variables.declaredIn(stage).filter((b) => b.node && b.node.range.start.offset >= node.range.start.offset);
        for (const word of expandableWords(node)) {
          for (const ref of ctx.model.expand(node, word.text).references) {
            const declaration = later.find((b) => b.name === ref.name);
            if (!declaration || !declaration.node) continue;
            // Already set by an earlier declaration: the later one only changes the value.
            if (scope.lookup(ref.name) && scope.lookup(ref.name)?.kind !== 'proxy') continue;
            ctx.report({
              range: rangeInWord(ctx.source, word, ref.start, ref.end),
              messageId: 'beforeDeclaration',
              data: { name: ref.name, kind: declaration.kind === 'env' ? 'ENV' : 'ARG', line: declaration.node.range.start.line },
            });
          }
        }
      },
    };
  },
});
