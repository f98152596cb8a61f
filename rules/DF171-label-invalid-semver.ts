import { labelValueHandlers } from '../src/analysis/label-value-check';
import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF171',
  name: 'label-invalid-semver',
  aliases: ['DL3056'],
  severity: 'warning',
  fix: 'none',
  summary: 'A label the label schema types as `semver` does not hold a semantic version',
  docs: {
    why:
      'Tools that read image labels (registries, scanners, deployment dashboards) expect each ' +
      'well-known label in its format. When `settings.labelSchema` gives a label the kind `semver`, ' +
      'its value must be a semantic version.',
    invalid: ['FROM alpine:3.20\nLABEL org.opencontainers.image.version=v1.2\n'],
    valid: ['FROM alpine:3.20\nLABEL org.opencontainers.image.version=1.2.0-rc.1\n'],
    notes:
      'Does nothing until `settings.labelSchema` (or `label-schema` in a `.hadolint.yaml`) names labels of ' +
      'kind `semver`; e.g. with `{ "org.opencontainers.image.version": "semver" }`, `LABEL org.opencontainers.image.version=v1.2` is reported. Empty values are left to ' +
      '`empty-label`; a value from a variable is checked only when the variable has a known value.',
    settings: { labelSchema: { 'org.opencontainers.image.version': 'semver' } },
  },
  messages: {
    invalid: (p: { label: string; value: string }) => `Label "${p.label}" = "${p.value}" does not follow semantic versioning (MAJOR.MINOR.PATCH, e.g. 1.4.2)`,
  },
  create(ctx) {
    return labelValueHandlers(ctx, 'semver', 'invalid');
  },
});
