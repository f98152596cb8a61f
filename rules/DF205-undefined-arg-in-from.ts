import { defineRule } from '../src/engine/define-rule';
import { expandableWords, rangeInWord } from '../src/semantic/words';
import { suggestName } from '../src/semantic/builtins';

export default defineRule({
  id: 'DF205',
  name: 'undefined-arg-in-from',
  aliases: ['UndefinedArgInFrom'],
  severity: 'warning',
  fix: 'none',
  summary: 'FROM uses a variable that no ARG before the first FROM declares',
  docs: {
    why:
      'A `FROM` line can only use ARGs declared before the first `FROM` (and the platform ARGs such as ' +
      '`BUILDPLATFORM` that the builder defines). Anything else expands to an empty string, so ' +
      '`FROM node:22${VARIANT}` silently builds from `node:22`. Docker warns (`UndefinedArgInFrom`).',
    invalid: ['FROM node:22${VARIANT} AS build\nRUN node --version\n', 'FROM --platform=$BUILDPLATFROM alpine:3.20\nRUN echo hi\n'],
    valid: [
      'ARG VARIANT=-alpine3.20\nFROM node:22${VARIANT} AS build\nRUN node --version\n',
      'FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nRUN go version\n',
    ],
    notes:
      'An ARG declared inside a stage does not count: it is not visible to later `FROM` lines. ' +
      'A misspelt platform ARG gets a "did you mean" hint.',
  },
  messages: {
    undeclared: (p: { name: string; hint: string }) => `FROM argument '${p.name}' is not declared${p.hint}`,
  },
  create(ctx) {
    return {
      From(node) {
        const words = expandableWords(node);
        if (words.length === 0) return;
        const scope = ctx.model.variables.fromScope;
        const known = scope.bindings().map((b) => b.name);
        for (const word of words) {
          const e = ctx.model.expand(node, word.text);
          for (const ref of e.references) {
            if (scope.lookup(ref.name)) continue;
            const suggestion = suggestName(ref.name, known);
            ctx.report({
              range: rangeInWord(ctx.source, word, ref.start, ref.end),
              messageId: 'undeclared',
              data: { name: ref.name, hint: suggestion ? ` (did you mean ${suggestion}?)` : '' },
            });
          }
        }
      },
    };
  },
});
