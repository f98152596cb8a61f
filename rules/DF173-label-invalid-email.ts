import { labelValueHandlers } from '../src/analysis/label-value-check';
import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF173',
  name: 'label-invalid-email',
  aliases: ['DL3058'],
  severity: 'warning',
  fix: 'none',
  summary: 'A label the label schema types as `email` does not hold an email address',
  docs: {
    why:
      'Tools that read image labels (registries, scanners, deployment dashboards) expect each ' +
      'well-known label in its format. When `settings.labelSchema` gives a label the kind `email`, ' +
      'its value must be an email address.',
    invalid: ['FROM alpine:3.20\nLABEL maintainer="Jane Doe"\n'],
    valid: ['FROM alpine:3.20\nLABEL maintainer=jane@example.com\n'],
    notes:
      'Does nothing until `settings.labelSchema` (or `label-schema` in a `.hadolint.yaml`) names labels of ' +
      'kind `email`; e.g. with `{ "maintainer": "email" }`, `LABEL maintainer="Jane Doe"` is reported. Empty values are left to ' +
      '`empty-label`; a value from a variable is checked only when the variable has a known value. Unlike ' +
      'hadolint, the name-addr form `Jane Doe <jane@example.com>` is accepted (RFC 5322 allows it).',
    settings: { labelSchema: { 'maintainer': 'email' } },
  },
  messages: {
    invalid: (p: { label: string; value: string }) => `Label "${p.label}" = "${p.value}" is not a valid email address (RFC 5322, e.g. jane@example.com)`,
  },
  create(ctx) {
    return labelValueHandlers(ctx, 'email', 'invalid');
  },
});
