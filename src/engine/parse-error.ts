import { defineRule } from './define-rule';

/**
 * DF000: problems the parser found. It has no handlers: the linter turns the parser's
 * diagnostics into diagnostics of this rule, so they can be configured, suppressed and reported
 * like any other rule.
 */
export const PARSE_ERROR_RULE_ID = 'DF000';

export const parseErrorRule = defineRule({
  id: PARSE_ERROR_RULE_ID,
  name: 'parse-error',
  aliases: ['DL1000'],
  severity: 'error',
  fix: 'none',
  summary: 'The Dockerfile does not parse as the builder would read it',
  docs: {
    why:
      'A line the parser cannot read is a line the builder will reject or read differently from what was meant. ' +
      'Rules still run on everything that parsed, so other findings may be incomplete until this is fixed.',
    invalid: ['FROM alpine:3.20\nCOPY\n'],
    valid: ['FROM alpine:3.20\nCOPY app.sh /usr/local/bin/\n'],
    notes:
      'Each problem keeps the severity the parser gives it (an error: the builder would reject the line), unless this rule is ' +
      'given a severity in config. Parse errors count towards the exit code like any other error. A file that is ' +
      'not UTF-8 text (UTF-16, or binary: a NUL byte in its first 8000 characters) gets one such error and nothing else.',
  },
  messages: {},
  create: () => ({}),
});
