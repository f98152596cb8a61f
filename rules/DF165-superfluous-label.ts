import { labelKey } from '../src/analysis/labels';
import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF165',
  name: 'superfluous-label',
  aliases: ['DL3050'],
  severity: 'info',
  fix: 'none',
  summary: 'A label not in `settings.labelSchema` while `settings.strictLabels` is on',
  docs: {
    why:
      'With strict labels, the label schema is the complete list of labels an image may carry; any ' +
      'other label is a typo or an undocumented convention.',
    invalid: ['FROM alpine:3.20\nLABEL maintainer=jane@example.com team=core\n'],
    valid: ['FROM alpine:3.20\nLABEL maintainer=jane@example.com\n'],
    notes:
      'Does nothing unless `settings.strictLabels` (`strict-labels` in a `.hadolint.yaml`) is true and ' +
      '`settings.labelSchema` names labels. Each label outside the schema is reported at its key.',
    settings: { labelSchema: { maintainer: 'email' }, strictLabels: true },
  },
  messages: {
    superfluous: (p: { label: string }) => `Label "${p.label}" is not in the label schema`,
  },
  create(ctx) {
    const schema = ctx.settings.labelSchema ?? {};
    const active = ctx.settings.strictLabels && Object.keys(schema).length > 0;
    return {
      Label(node) {
        if (!active) return;
        for (const pair of node.pairs) {
          const key = labelKey(pair);
          if (!Object.prototype.hasOwnProperty.call(schema, key)) {
            ctx.report({ node: pair.key, messageId: 'superfluous', data: { label: key } });
          }
        }
      },
    };
  },
});
