import { defineRule } from './define-rule';

/**
 * DF099: a suppression comment that suppressed nothing. Off by default; `--report-unused-ignores`
 * (or `reportUnusedIgnores: true`, or a severity for this rule in config) turns it on. Like DF000 it
 * has no handlers: the suppression pass produces its diagnostics.
 */
export const UNUSED_IGNORE_RULE_ID = 'DF099';

export const unusedIgnoreRule = defineRule({
  id: UNUSED_IGNORE_RULE_ID,
  name: 'unused-ignore',
  aliases: [],
  severity: 'warning',
  enabledByDefault: false,
  fix: 'none',
  summary: 'A suppression comment that suppressed nothing',
  docs: {
    why:
      'A `# dflint ignore=…` (or hadolint or BuildKit) suppression outlives the problem it silenced: once the line is fixed, ' +
      'the comment stays and would silently hide the next real finding there. Reporting unused suppressions keeps them honest.',
    invalid: ['FROM alpine:3.20\n# dflint ignore=parse-error\nRUN echo hello\n'],
    valid: ['FROM alpine:3.20\n# dflint ignore=parse-error\nCOPY\n'],
    notes:
      'Off unless `--report-unused-ignores` or `reportUnusedIgnores: true` is given. Every rule named in a suppression is checked ' +
      'separately, and a name that is no known rule is reported too. A ShellCheck code in a `# hadolint ignore=` comment counts as ' +
      'unused when ShellCheck did not run. `# dflint ignore-file=unused-ignore` opts one file out.',
  },
  messages: {},
  create: () => ({}),
});
