import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF209',
  name: 'redundant-target-platform',
  aliases: ['RedundantTargetPlatform', 'DL3065'],
  severity: 'info',
  fix: 'safe',
  summary: 'FROM --platform=$TARGETPLATFORM, which is already the default',
  docs: {
    why:
      'A stage is built for the target platform unless `--platform` says otherwise, so ' +
      '`--platform=$TARGETPLATFORM` only adds noise. Docker warns (`RedundantTargetPlatform`).',
    invalid: ['FROM --platform=$TARGETPLATFORM alpine:3.20 AS builder\nRUN echo hi\n'],
    valid: ['FROM alpine:3.20 AS builder\nRUN echo hi\n', 'FROM --platform=$BUILDPLATFORM alpine:3.20 AS builder\nRUN echo hi\n'],
    notes: 'The fix removes the flag.',
  },
  messages: {
    redundant: (p: { value: string }) =>
      `Setting platform to predefined ${p.value} in FROM is redundant as this is the default behavior`,
  },
  create(ctx) {
    return {
      From(node) {
        for (const flag of node.flags) {
          if (flag.name !== 'platform' || flag.value === null) continue;
          if (!/^\$(?:TARGETPLATFORM|\{TARGETPLATFORM\})$/.test(flag.value.trim())) continue;
          let end = flag.range.end.offset;
          while (end < ctx.text.length && (ctx.text[end] === ' ' || ctx.text[end] === '\t')) end++;
          ctx.report({
            node: flag,
            messageId: 'redundant',
            data: { value: flag.value },
            fix: { title: 'Remove the --platform flag', kind: 'safe', edits: [{ start: flag.range.start.offset, end, text: '' }] },
          });
        }
      },
    };
  },
});
