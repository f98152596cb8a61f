import { labelKey, labelKeyProblem } from '../src/analysis/labels';
import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF163',
  name: 'invalid-label-key',
  aliases: ['DL3048'],
  severity: 'style',
  fix: 'none',
  summary: 'Label key breaks Docker\'s key format (lower-case, digits, "." and "-", no reserved namespace)',
  docs: {
    why:
      'Docker recommends label keys in reverse-DNS form made of lower-case letters, digits, dots and ' +
      'hyphens, starting with a letter and ending with a letter or digit. The `com.docker.*`, ' +
      '`io.docker.*` and `org.dockerproject.*` namespaces are reserved for Docker itself.',
    invalid: ['FROM alpine:3.20\nLABEL Maintainer=jane@example.com\n', 'FROM alpine:3.20\nLABEL com.docker.foo=bar\n'],
    valid: ['FROM alpine:3.20\nLABEL org.opencontainers.image.title="My app" maintainer=jane@example.com\n'],
  },
  messages: {
    invalid: (p: { key: string; problem: string }) => `Label key "${p.key}" ${p.problem}`,
  },
  create(ctx) {
    return {
      Label(node) {
        for (const pair of node.pairs) {
          const key = labelKey(pair);
          if (key.includes('$')) continue;
          const problem = labelKeyProblem(key);
          if (problem) ctx.report({ node: pair.key, messageId: 'invalid', data: { key, problem } });
        }
      },
    };
  },
});
