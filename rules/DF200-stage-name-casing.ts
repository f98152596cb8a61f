import { defineRule } from '../src/engine/define-rule';
import { isVariableStageName } from '../src/semantic/stages';

export default defineRule({
  id: 'DF200',
  name: 'stage-name-casing',
  aliases: ['StageNameCasing'],
  severity: 'warning',
  fix: 'safe',
  summary: 'Stage name with upper-case letters',
  docs: {
    why:
      'Stage names are matched case-insensitively, but they also appear in `--target` and in image ' +
      'references, where upper case is not allowed. Docker warns about them (`StageNameCasing`); lower-case ' +
      'names read the same everywhere.',
    invalid: ['FROM alpine:3.20 AS BuilderBase\nRUN echo hi\n'],
    valid: ['FROM alpine:3.20 AS builder-base\nRUN echo hi\n'],
    notes:
      'The fix lower-cases the name where the stage is defined; references such as `COPY --from=BuilderBase` ' +
      'keep working because the builder matches stage names case-insensitively. A name that is a variable ' +
      '(`AS ${NAME}`) is left alone: invalid-stage-name reports it.',
  },
  messages: {
    notLower: (p: { name: string }) => `Stage name "${p.name}" should be lowercase`,
  },
  create(ctx) {
    return {
      From(node) {
        const name = node.stageName;
        // Lower-casing `${STAGE}` would rename the variable, not the stage.
        if (!name || isVariableStageName(name.value)) return;
        const lower = name.value.toLowerCase();
        if (lower === name.value) return;
        ctx.report({
          node: name,
          messageId: 'notLower',
          data: { name: name.value },
          fix: {
            title: `Rename the stage to "${lower}"`,
            kind: 'safe',
            edits: [{ start: name.range.start.offset, end: name.range.end.offset, text: lower }],
          },
        });
      },
    };
  },
});
