import { labelValueHandlers } from '../src/analysis/label-value-check';
import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF167',
  name: 'label-invalid-url',
  aliases: ['DL3052'],
  severity: 'warning',
  fix: 'none',
  summary: 'A label the label schema types as `url` does not hold a valid URL',
  docs: {
    why:
      'Tools that read image labels (registries, scanners, deployment dashboards) expect each ' +
      'well-known label in its format. When `settings.labelSchema` gives a label the kind `url`, ' +
      'its value must be a valid URL.',
    invalid: ['FROM alpine:3.20\nLABEL org.opencontainers.image.source=github.com/acme/app\n'],
    valid: ['FROM alpine:3.20\nLABEL org.opencontainers.image.source=https://github.com/acme/app\n'],
    notes:
      'Does nothing until `settings.labelSchema` (or `label-schema` in a `.hadolint.yaml`) names labels of ' +
      'kind `url`; e.g. with `{ "org.opencontainers.image.source": "url" }`, `LABEL org.opencontainers.image.source=github.com/acme/app` is reported. Empty values are left to ' +
      '`empty-label`; a value from a variable is checked only when the variable has a known value.',
    settings: { labelSchema: { 'org.opencontainers.image.source': 'url' } },
  },
  messages: {
    invalid: (p: { label: string; value: string }) => `Label "${p.label}" = "${p.value}" is not a valid URL (an absolute URI such as https://…)`,
  },
  create(ctx) {
    return labelValueHandlers(ctx, 'url', 'invalid');
  },
});
