import { labelKey, labelValue } from '../src/analysis/labels';
import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF166',
  name: 'empty-label',
  aliases: ['DL3051'],
  severity: 'warning',
  fix: 'none',
  summary: 'A label of `settings.labelSchema` is set to an empty value',
  docs: {
    why: 'A required label set to `""` satisfies the schema on paper but tells the reader nothing.',
    invalid: ['FROM alpine:3.20\nLABEL org.opencontainers.image.title=""\n'],
    valid: ['FROM alpine:3.20\nLABEL org.opencontainers.image.title="My app" other=""\n'],
    notes:
      'Only labels named in `settings.labelSchema` are checked. A value from a variable is checked ' +
      'only when the variable has a known value.',
    settings: { labelSchema: { 'org.opencontainers.image.title': 'text' } },
  },
  messages: {
    empty: (p: { label: string }) => `Label "${p.label}" is empty`,
  },
  create(ctx) {
    const schema = ctx.settings.labelSchema ?? {};
    return {
      Label(node) {
        for (const pair of node.pairs) {
          const key = labelKey(pair);
          if (!Object.prototype.hasOwnProperty.call(schema, key)) continue;
          if (labelValue(ctx.model, node, pair) === '') ctx.report({ node: pair.value ?? pair.key, messageId: 'empty', data: { label: key } });
        }
      },
    };
  },
});
