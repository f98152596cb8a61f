import { labelKey } from '../src/analysis/labels';
import { shippedStages } from '../src/analysis/shipped-stage';
import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF164',
  name: 'missing-label',
  aliases: ['DL3049'],
  severity: 'info',
  fix: 'none',
  summary: 'The shipped image lacks a label that `settings.labelSchema` requires',
  docs: {
    why:
      'A label schema lists the labels every image must carry (source, version, licence, owner…) so ' +
      'that registries and scanners can trace it. Each label of the schema must be set in the image ' +
      'that is shipped.',
    invalid: ['FROM alpine:3.20\nLABEL maintainer=jane@example.com\n'],
    valid: ['FROM alpine:3.20\nLABEL org.opencontainers.image.source=https://github.com/acme/app\n'],
    notes:
      'Does nothing until `settings.labelSchema` (or `label-schema` in a `.hadolint.yaml`) names labels. ' +
      'Only the shipped image is checked: the last stage together with the stages it is built `FROM`, so ' +
      'a label set in a base stage counts and build stages that are only copied from need none (hadolint ' +
      'checks every stage). Reported once per missing label, at the last FROM.',
    settings: { labelSchema: { 'org.opencontainers.image.source': 'url' } },
  },
  messages: {
    missing: (p: { label: string }) => `Label "${p.label}" is missing`,
  },
  create(ctx) {
    return {
      onEnd() {
        const required = Object.keys(ctx.settings.labelSchema ?? {});
        const final = ctx.model.finalStage;
        if (required.length === 0 || !final) return;
        const present = new Set<string>();
        for (const stage of shippedStages(ctx.model)) {
          for (const inst of stage.instructions) {
            if (inst.type === 'Label') for (const pair of inst.pairs) present.add(labelKey(pair));
          }
        }
        const at = final.from.image ?? final.from;
        for (const label of required) {
          if (!present.has(label)) ctx.report({ node: at, messageId: 'missing', data: { label } });
        }
      },
    };
  },
});
