import { defineRule } from '../../src/engine/define-rule';
import type { AnyRule, Fix } from '../../src/engine/types';

/** Throwaway rules for engine tests (not shipped, not in rules/). */

/** Records the order in which the engine calls handlers, into `log`. */
export function tracingRule(log: string[], id = 'DF901', name = 'tracer'): AnyRule {
  return defineRule({
    id,
    name,
    aliases: [],
    severity: 'info',
    fix: 'none',
    summary: 'Records handler calls',
    docs: { why: '', invalid: [], valid: [] },
    messages: {},
    create: () => ({
      Instruction: (node) => log.push(`${name}:Instruction:${node.keyword}${node.inOnbuild ? '(onbuild)' : ''}`),
      Run: (node) => log.push(`${name}:Run:${node.range.start.line}`),
      Onbuild: (node) => log.push(`${name}:Onbuild:${node.range.start.line}`),
      onEnd: () => log.push(`${name}:onEnd`),
    }),
  });
}

/** Reports every keyword written in lower case, with a safe fix that upper-cases it. */
export const lowerKeyword = defineRule<{ unsafeToo: boolean }>({
  id: 'DF902',
  name: 'lower-keyword',
  aliases: ['DL9902', 'LowerKeyword'],
  severity: 'warning',
  fix: 'safe',
  summary: 'Keyword in lower case',
  docs: { why: '', invalid: ['from alpine:3.20\n'], valid: ['FROM alpine:3.20\n'] },
  messages: { lower: (p: { keyword: string }) => `"${p.keyword}" should be upper case` },
  options: {
    schema: { type: 'object', properties: { unsafeToo: { type: 'boolean' } }, additionalProperties: false },
    defaults: { unsafeToo: false },
  },
  create: (ctx) => ({
    Instruction(node) {
      if (node.keywordRaw === node.keywordRaw.toUpperCase()) return;
      const fix: Fix = {
        title: 'Upper-case the keyword',
        kind: ctx.options.unsafeToo ? 'unsafe' : 'safe',
        edits: [{ start: node.keywordRange.start.offset, end: node.keywordRange.end.offset, text: node.keywordRaw.toUpperCase() }],
      };
      ctx.report({ range: node.keywordRange, messageId: 'lower', data: { keyword: node.keywordRaw }, fix });
    },
  }),
});

/** Flags every RUN; throws on a RUN whose text contains "boom". */
export const explodingRule = defineRule({
  id: 'DF903',
  name: 'exploding',
  aliases: [],
  severity: 'error',
  fix: 'none',
  summary: 'Throws',
  docs: { why: '', invalid: [], valid: [] },
  messages: { run: () => 'a RUN' },
  create: (ctx) => ({
    Run(node) {
      if (node.args?.value.includes('boom')) throw new Error('kaboom');
      ctx.report({ range: node.keywordRange, messageId: 'run' });
    },
  }),
});

/** A rule that is off unless configured. */
export const optInRule = defineRule({
  id: 'DF904',
  name: 'opt-in',
  aliases: [],
  severity: 'style',
  enabledByDefault: false,
  fix: 'none',
  summary: 'Flags every FROM when turned on',
  docs: { why: '', invalid: [], valid: [] },
  messages: { from: () => 'a FROM' },
  create: (ctx) => ({ From: (node) => ctx.report({ node, messageId: 'from' }) }),
});

/** Reports the whole file at its end and the first FROM image, to check sorting. */
export const endReporter = defineRule({
  id: 'DF905',
  name: 'end-reporter',
  aliases: ['EndReporterCheck'],
  severity: 'warning',
  fix: 'none',
  summary: 'Reports from onEnd',
  docs: { why: '', invalid: [], valid: [] },
  messages: { last: () => 'last instruction', image: () => 'image' },
  create: (ctx) => ({
    From(node) {
      if (node.image) ctx.report({ node: node.image, messageId: 'image' });
    },
    onEnd() {
      const last = ctx.ast.instructions[ctx.ast.instructions.length - 1];
      if (last) ctx.report({ range: last.keywordRange, messageId: 'last' });
    },
  }),
});

/** Flags the last character of every RUN (on its last line, for continued instructions). */
export const runTail = defineRule({
  id: 'DF907',
  name: 'run-tail',
  aliases: [],
  severity: 'info',
  fix: 'none',
  summary: 'End of a RUN',
  docs: { why: '', invalid: [], valid: [] },
  messages: { tail: () => 'end of RUN' },
  create: (ctx) => ({
    Run: (node) => ctx.report({ range: ctx.source.rangeOf(node.range.end.offset - 1, node.range.end.offset), messageId: 'tail' }),
  }),
});
