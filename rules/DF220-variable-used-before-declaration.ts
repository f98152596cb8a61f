import type { Instruction } from '../src/ast/nodes';
import { defineRule } from '../src/engine/define-rule';
import { expandableWordHandlers, expansionSite, rangeInWord } from '../src/semantic/words';

/** The declaring instruction refers to the name it declares, so the name was set before it. */
function extendsItself(node: Instruction, name: string): boolean {
  const text = node.args?.value ?? '';
  return new RegExp(`\\$(\\{${name}\\b|${name}\\b)`).test(text);
}

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
      'Only instructions the builder expands are checked, within one stage, against declarations in later ' +
      'instructions. A reference with a default (`${v:-x}`) is still reported: the default is used even ' +
      'though the file declares the variable. References inside the instruction that declares the name ' +
      '(`ENV A=1 B=$A`) are left to `env-self-reference`. On a registry image, a later declaration that ' +
      'extends itself (`ENV PATH=/x:$PATH`) shows the name was already set by the image, so it is not reported.',
  },
  messages: {
    beforeDeclaration: (p: { name: string; kind: string; line: number }) =>
      `'$${p.name}' is used before it is declared (${p.kind} on line ${p.line}); here it expands to an empty or older value`,
  },
  create(ctx) {
    const check = (node: Instruction) => {
      const site = expansionSite(ctx.model, node);
      if (!site) return;
      const { stage, words, scope } = site;
      const declared = ctx.model.variables.declaredIn(stage);
      const offset = node.range.start.offset;
      for (const word of words) {
        for (const ref of ctx.model.expand(node, word.text).references) {
          // Strictly later instructions: a pair referring to an earlier pair of its own ENV is env-self-reference
          // (hadolint DL3044), and `ENV PATH=/x:$PATH` deliberately extends the value from before.
          const declaration = declared.find((b) => b.name === ref.name && b.node && b.node.range.start.offset > offset);
          if (!declaration || !declaration.node) continue;
          // Already set by an earlier declaration: the later one only changes the value.
          if (scope.lookup(ref.name) && scope.lookup(ref.name)?.kind !== 'proxy') continue;
          // `ENV PATH=/x:$PATH` further down extends a value the base image already set.
          if (scope.imageMayDefine && extendsItself(declaration.node, ref.name)) continue;
          ctx.report({
            range: rangeInWord(ctx.source, word, ref.start, ref.end),
            messageId: 'beforeDeclaration',
            data: { name: ref.name, kind: declaration.kind === 'env' ? 'ENV' : 'ARG', line: declaration.node.range.start.line },
          });
        }
      }
    };
    return expandableWordHandlers(check);
  },
});
