import { labelValueHandlers } from '../src/analysis/label-value-check';
import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF170',
  name: 'label-invalid-hash',
  aliases: ['DL3055'],
  severity: 'warning',
  fix: 'none',
  summary: 'A label the label schema types as `hash` does not hold a git commit hash',
  docs: {
    why:
      'Tools that read image labels (registries, scanners, deployment dashboards) expect each ' +
      'well-known label in its format. When `settings.labelSchema` gives a label the kind `hash`, ' +
      'its value must be a git commit hash.',
    invalid: ['FROM alpine:3.20\nLABEL org.opencontainers.image.revision=main\n'],
    valid: ['FROM alpine:3.20\nLABEL org.opencontainers.image.revision=4f2c1e9\n'],
    notes:
      'Does nothing until `settings.labelSchema` (or `label-schema` in a `.hadolint.yaml`) names labels of ' +
      'kind `hash`; e.g. with `{ "org.opencontainers.image.revision": "hash" }`, `LABEL org.opencontainers.image.revision=main` is reported. Empty values are left to ' +
      '`empty-label`; a value from a variable is checked only when the variable has a known value.',
    settings: { labelSchema: { 'org.opencontainers.image.revision': 'hash' } },
  },
  messages: {
    invalid: (p: { label: string; value: string }) => `Label "${p.label}" = "${p.value}" is not a git commit hash (7 or 40 lower-case hex digits)`,
  },
  create(ctx) {
    return labelValueHandlers(ctx, 'hash', 'invalid');
  },
});
