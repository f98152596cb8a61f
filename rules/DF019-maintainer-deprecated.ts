import { defineRule } from '../src/engine/define-rule';
import { keywordLike } from '../src/analysis/keyword-case';

/** Escapes a value for a double-quoted Dockerfile word: the escape character, quotes and `$`. */
export function doubleQuoted(value: string, escapeChar: string): string {
  let out = '';
  for (const ch of value) out += ch === escapeChar || ch === '"' || ch === '$' ? escapeChar + ch : ch;
  return `"${out}"`;
}

export default defineRule({
  id: 'DF019',
  name: 'maintainer-deprecated',
  aliases: ['DL4000', 'MaintainerDeprecated'],
  severity: 'warning',
  fix: 'safe',
  summary: 'MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors',
  docs: {
    why:
      '`MAINTAINER` has been deprecated since Docker 1.13. The standard way to record who maintains an ' +
      'image is the OCI label `org.opencontainers.image.authors`, which tools and registries read.',
    invalid: ['FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.com>\n'],
    valid: ['FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"\n'],
    notes:
      'The safe fix replaces the instruction with the equivalent `LABEL`, quoting the value (quotes, `$` ' +
      'and the escape character are escaped, since MAINTAINER does not expand variables) and keeping the ' +
      'keyword\'s case (`maintainer` becomes `label`).',
  },
  messages: {
    deprecated: () => 'MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors="…" instead',
  },
  create(ctx) {
    return {
      Maintainer(node) {
        // `ONBUILD MAINTAINER` is a parse error (DF000) already.
        if (node.inOnbuild) return;
        const value = node.value;
        const keyword = keywordLike(node, 'LABEL');
        ctx.report({
          range: node.keywordRange,
          messageId: 'deprecated',
          fix: value
            ? {
                title: 'Replace with LABEL org.opencontainers.image.authors',
                kind: 'safe',
                edits: [
                  {
                    start: node.keywordRange.start.offset,
                    end: value.range.end.offset,
                    text: `${keyword} org.opencontainers.image.authors=${doubleQuoted(value.value, ctx.ast.escapeChar)}`,
                  },
                ],
              }
            : undefined,
        });
      },
    };
  },
});
