import { defineRule } from '../src/engine/define-rule';

/** The casing FROM is written in: all upper, all lower, or mixed (no expectation then). */
function casingOf(word: string): 'upper' | 'lower' | 'mixed' {
  if (word === word.toUpperCase()) return 'upper';
  if (word === word.toLowerCase()) return 'lower';
  return 'mixed';
}

export default defineRule({
  id: 'DF201',
  name: 'from-as-casing',
  aliases: ['FromAsCasing'],
  severity: 'warning',
  fix: 'safe',
  summary: "The 'AS' keyword not written in the same case as 'FROM'",
  docs: {
    why:
      '`FROM image AS name` reads as one instruction; writing `FROM … as …` or `from … AS …` mixes two ' +
      'styles in one line. Docker warns about it (`FromAsCasing`).',
    invalid: ['FROM alpine:3.20 as builder\nRUN echo hi\n', 'from alpine:3.20 AS builder\nrun echo hi\n'],
    valid: ['FROM alpine:3.20 AS builder\nRUN echo hi\n', 'from alpine:3.20 as builder\nrun echo hi\n'],
    notes: 'When `FROM` itself is in mixed case (`From`), there is no expected casing and nothing is reported.',
  },
  messages: {
    mismatch: (p: { as: string; from: string }) => `'${p.as}' and '${p.from}' keywords' casing do not match`,
  },
  create(ctx) {
    return {
      From(node) {
        const as = node.asKeyword;
        if (!as) return;
        const expected = casingOf(node.keywordRaw);
        if (expected === 'mixed' || casingOf(as.value) === expected) return;
        const text = expected === 'upper' ? as.value.toUpperCase() : as.value.toLowerCase();
        ctx.report({
          node: as,
          messageId: 'mismatch',
          data: { as: as.value, from: node.keywordRaw },
          fix: { title: `Write '${text}'`, kind: 'safe', edits: [{ start: as.range.start.offset, end: as.range.end.offset, text }] },
        });
      },
    };
  },
});
