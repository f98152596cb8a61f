import type { EnvInstruction, KeyValue, LabelInstruction } from '../src/ast/nodes';
import { defineRule } from '../src/engine/define-rule';
import type { Fix } from '../src/engine/types';
import { keyValueForm } from '../src/analysis/key-value-form';

export default defineRule({
  id: 'DF020',
  name: 'legacy-env-format',
  aliases: ['LegacyKeyValueFormat'],
  severity: 'info',
  fix: 'safe',
  summary: 'Legacy `ENV key value` form instead of `ENV key=value`',
  docs: {
    why:
      'In the legacy form `ENV key value`, everything after the first space is the value, which is easy ' +
      'to misread (`ENV A B C` sets `A` to `B C`) and cannot set several variables. The `key=value` form ' +
      'is unambiguous, and the legacy one may be removed from the Dockerfile syntax.',
    invalid: ['FROM node:22-alpine\nENV NODE_ENV production\n', 'FROM alpine:3.20\nLABEL description A small image\n'],
    valid: ['FROM node:22-alpine\nENV NODE_ENV=production PORT=3000\n', 'FROM alpine:3.20\nLABEL description="A small image"\n'],
    notes:
      'Covers `LABEL key value` too, like BuildKit\'s LegacyKeyValueFormat. The safe fix writes ' +
      '`key=value`, adding double quotes when the value has spaces. It is offered when the value is plain ' +
      'text (variables allowed) or a single quoted string; values mixing quotes or escapes are reported ' +
      'without a fix.',
  },
  messages: {
    legacy: (p: { keyword: string; key: string }) =>
      `"${p.keyword} ${p.key} …" uses the legacy form; write ${p.keyword} ${p.key}=value`,
  },
  create(ctx) {
    function check(node: EnvInstruction | LabelInstruction): void {
      for (const pair of node.pairs) {
        if (pair.separator !== ' ') continue;
        ctx.report({ range: pair.range, messageId: 'legacy', data: { keyword: node.keyword, key: pair.key.value }, fix: fixOf(pair) });
      }
    }
    function fixOf(pair: KeyValue): Fix | undefined {
      if (!pair.value) return undefined;
      const text = keyValueForm(pair.key.value, pair.value.value, ctx.ast.escapeChar);
      if (text === null) return undefined;
      return {
        title: 'Use the key=value form',
        kind: 'safe',
        edits: [{ start: pair.key.range.start.offset, end: pair.value.range.end.offset, text }],
      };
    }
    return { Env: check, Label: check };
  },
});
