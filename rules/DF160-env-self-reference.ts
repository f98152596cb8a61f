import { defineRule } from '../src/engine/define-rule';
import type { EnvInstruction, KeyValue, Range } from '../src/ast/nodes';
import { expandWord } from '../src/semantic/expand';

export default defineRule({
  id: 'DF160',
  name: 'env-self-reference',
  aliases: ['DL3044'],
  severity: 'error',
  fix: 'none',
  summary: 'ENV uses a variable that the same ENV instruction defines',
  docs: {
    why:
      'All values of one `ENV` are expanded before any of its variables is set. In ' +
      '`ENV DIR=/opt/app BIN=$DIR/bin` the `$DIR` is whatever it was before the line (usually empty), ' +
      'not `/opt/app`. Split the definitions into two `ENV` instructions.',
    invalid: ['FROM debian:12\nENV APP_HOME=/opt/app PATH=$APP_HOME/bin:$PATH\n'],
    valid: [
      'FROM debian:12\nENV APP_HOME=/opt/app\nENV PATH=$APP_HOME/bin:$PATH\n',
      'FROM debian:12\nENV PATH=/opt/bin:$PATH\n',
      "FROM debian:12\nENV A=1 B='$A'\n",
    ],
    notes:
      'Not reported when the variable was already defined (by an ARG or ENV earlier in the stage), since ' +
      'then the earlier value is used on purpose, nor inside single quotes, where nothing is expanded.',
  },
  messages: {
    sameEnv: (p: { name: string }) =>
      `$${p.name} is defined in this same ENV; it expands to its previous value here. Define it in an earlier ENV`,
  },
  create(ctx) {
    function referenceRange(pair: KeyValue, start: number, end: number): Range {
      const value = pair.value!;
      const single = value.range.end.offset - value.range.start.offset === value.value.length;
      if (!single) return value.range;
      const base = value.range.start.offset;
      return ctx.source.rangeOf(base + start, base + end);
    }
    return {
      Env(node: EnvInstruction) {
        const defined = new Set(node.pairs.map((p) => p.key.value));
        if (defined.size < 2) return;
        const before = ctx.model.variables.scopeAt(node);
        node.pairs.forEach((pair) => {
          if (!pair.value) return;
          const refs = expandWord(pair.value.value, () => undefined, { escapeChar: ctx.ast.escapeChar }).references;
          for (const ref of refs) {
            if (ref.name === pair.key.value || !defined.has(ref.name) || before.lookup(ref.name)) continue;
            ctx.report({ range: referenceRange(pair, ref.start, ref.end), messageId: 'sameEnv', data: { name: ref.name } });
          }
        });
      },
    };
  },
});
