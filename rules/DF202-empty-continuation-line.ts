import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF202',
  name: 'empty-continuation-line',
  aliases: ['NoEmptyContinuation'],
  severity: 'warning',
  fix: 'safe',
  summary: 'Empty line inside a continued instruction',
  docs: {
    why:
      'An empty line in the middle of a `\\`-continued instruction is skipped by the builder today, but ' +
      'Docker warns (`NoEmptyContinuation`) that it will become an error in a future release. It also ' +
      'makes the instruction look finished when it is not.',
    invalid: ['FROM alpine:3.20\nRUN apk add --no-cache \\\n\n    curl\n'],
    valid: ['FROM alpine:3.20\nRUN apk add --no-cache \\\n    curl\n', 'FROM alpine:3.20\nRUN apk add --no-cache \\\n# a comment line is fine\n    curl\n'],
    notes: 'The fix deletes the empty line, which does not change what the builder sees.',
  },
  messages: {
    empty: () => 'Empty continuation line; it will become an error in a future Docker release',
  },
  create(ctx) {
    return {
      onEnd() {
        for (const range of ctx.ast.emptyContinuationLines) {
          const lineStart = ctx.source.lineStart(range.start.line);
          const next = range.start.line < ctx.source.lineCount ? ctx.source.lineStart(range.start.line + 1) : ctx.text.length;
          ctx.report({
            range,
            messageId: 'empty',
            fix: { title: 'Delete the empty line', kind: 'safe', edits: [{ start: lineStart, end: next, text: '' }] },
          });
        }
      },
    };
  },
});
