import { labelValueHandlers } from '../src/analysis/label-value-check';
import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF169',
  name: 'label-invalid-license',
  aliases: ['DL3054'],
  severity: 'warning',
  fix: 'none',
  summary: 'A label the label schema types as `spdx` does not hold an SPDX license expression',
  docs: {
    why:
      'Tools that read image labels (registries, scanners, deployment dashboards) expect each ' +
      'well-known label in its format. When `settings.labelSchema` gives a label the kind `spdx`, ' +
      'its value must be an SPDX license expression.',
    invalid: ['FROM alpine:3.20\nLABEL org.opencontainers.image.licenses="Apache 2"\n'],
    valid: ['FROM alpine:3.20\nLABEL org.opencontainers.image.licenses="MIT OR Apache-2.0"\n'],
    notes:
      'Does nothing until `settings.labelSchema` (or `label-schema` in a `.hadolint.yaml`) names labels of ' +
      'kind `spdx`; e.g. with `{ "org.opencontainers.image.licenses": "spdx" }`, `LABEL org.opencontainers.image.licenses="Apache 2"` is reported. Empty values are left to ' +
      '`empty-label`; a value from a variable is checked only when the variable has a known value.',
    settings: { labelSchema: { 'org.opencontainers.image.licenses': 'spdx' } },
  },
  messages: {
    invalid: (p: { label: string; value: string }) => `Label "${p.label}" = "${p.value}" is not a valid SPDX license expression (e.g. Apache-2.0, MIT OR GPL-2.0-only)`,
  },
  create(ctx) {
    return labelValueHandlers(ctx, 'spdx', 'invalid');
  },
});
