import { labelValueHandlers } from '../src/analysis/label-value-check';
import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF168',
  name: 'label-invalid-time',
  aliases: ['DL3053'],
  severity: 'warning',
  fix: 'none',
  summary: 'A label the label schema types as `rfc3339` does not hold an RFC 3339 date-time',
  docs: {
    why:
      'Tools that read image labels (registries, scanners, deployment dashboards) expect each ' +
      'well-known label in its format. When `settings.labelSchema` gives a label the kind `rfc3339`, ' +
      'its value must be an RFC 3339 date-time.',
    invalid: ['FROM alpine:3.20\nLABEL org.opencontainers.image.created="2024-05-01 12:30"\n'],
    valid: ['FROM alpine:3.20\nLABEL org.opencontainers.image.created=2024-05-01T12:30:00Z\n'],
    notes:
      'Does nothing until `settings.labelSchema` (or `label-schema` in a `.hadolint.yaml`) names labels of ' +
      'kind `rfc3339`; e.g. with `{ "org.opencontainers.image.created": "rfc3339" }`, `LABEL org.opencontainers.image.created="2024-05-01 12:30"` is reported. Empty values are left to ' +
      '`empty-label`; a value from a variable is checked only when the variable has a known value.',
    settings: { labelSchema: { 'org.opencontainers.image.created': 'rfc3339' } },
  },
  messages: {
    invalid: (p: { label: string; value: string }) => `Label "${p.label}" = "${p.value}" is not an RFC 3339 date-time (e.g. 2024-05-01T12:30:00Z)`,
  },
  create(ctx) {
    return labelValueHandlers(ctx, 'rfc3339', 'invalid');
  },
});
