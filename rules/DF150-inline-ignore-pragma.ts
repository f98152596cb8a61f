import { defineRule } from '../src/engine/define-rule';

/** `# hadolint ignore=…` or `# dflint ignore=…` (not the file-wide forms). */
const INLINE_IGNORE = /^\s*(hadolint|dflint)\s+ignore\s*=/i;

export default defineRule({
  id: 'DF150',
  name: 'inline-ignore-pragma',
  aliases: ['DL1001'],
  severity: 'info',
  enabledByDefault: false,
  fix: 'none',
  summary: 'Inline ignore comment (`# hadolint ignore=` / `# dflint ignore=`)',
  docs: {
    why:
      'Teams that want every exception to live in the shared configuration, where it is reviewed once, ' +
      'can turn this rule on to find comments that silence rules for a single instruction.',
    invalid: ['FROM alpine:3.20\n# hadolint ignore=DL3018\nRUN apk add curl\n'],
    valid: ['FROM alpine:3.20\n# install the tools\nRUN apk add --no-cache curl=8.9.1-r0\n'],
    notes:
      'Off by default, as in hadolint. Both the hadolint and the dflint spelling are reported; the ' +
      'file-wide forms (`# hadolint global ignore=`, `# dflint ignore-file=`) are not.',
  },
  messages: {
    pragma: (p: { tool: string }) => `Inline "${p.tool} ignore" comment; move the exception into the configuration`,
  },
  create(ctx) {
    return {
      onEnd() {
        for (const comment of ctx.ast.comments) {
          const m = INLINE_IGNORE.exec(comment.text);
          if (m) ctx.report({ node: comment, messageId: 'pragma', data: { tool: m[1].toLowerCase() } });
        }
      },
    };
  },
});
