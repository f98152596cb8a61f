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
      'FROM debian:12\nENV GRID_PATH=/grid/bin:$PATH PATH=/opt/bin:$PATH\n',
      'FROM debian:12\nENV ROOT=/u01 HOME_DIR=${ROOT:-/u01}/home\n',
    ],
    notes:
      'Only references to a variable set by a pair to the left are reported: one set further right is ' +
      'read as its previous value, which is what the order suggests (`ENV GRID_PATH=$PATH PATH=…`). Not ' +
      'reported either when the variable was already defined by an ARG or ENV earlier in the stage (the ' +
      'earlier value is then used on purpose), for `${v:-default}` forms, or inside single quotes. hadolint ' +
      'reports both directions.',
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
        if (node.pairs.length < 2) return;
        // Names set by the pairs to the left: a reader expects them to be set already.
        const definedEarlier = new Set<string>();
        for (const pair of node.pairs) {
          if (pair.value?.value.includes('$')) {
            const refs = expandWord(pair.value.value, () => undefined, { escapeChar: ctx.ast.escapeChar }).references;
            for (const ref of refs) {
              if (ref.name === pair.key.value || !definedEarlier.has(ref.name)) continue;
              // `${v:-default}` plans for v being unset; an earlier ARG/ENV makes the old value the intended one.
              if (ref.hasDefault || ctx.model.variables.scopeAt(node).lookup(ref.name)) continue;
              ctx.report({ range: referenceRange(pair, ref.start, ref.end), messageId: 'sameEnv', data: { name: ref.name } });
            }
          }
          definedEarlier.add(pair.key.value);
        }
      },
    };
  },
});
