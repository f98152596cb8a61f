import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF203',
  name: 'duplicate-stage-name',
  aliases: ['DuplicateStageName', 'DL3024'],
  severity: 'error',
  fix: 'none',
  summary: 'Two stages with the same name',
  docs: {
    why:
      'Stage names are how `FROM`, `COPY --from` and `--target` pick a stage. Two stages with the same name ' +
      '(compared case-insensitively) make those references ambiguous, and the builder rejects the file.',
    invalid: ['FROM alpine:3.20 AS build\nRUN echo one\n\nFROM alpine:3.20 AS Build\nRUN echo two\n'],
    valid: ['FROM alpine:3.20 AS build\nRUN echo one\n\nFROM alpine:3.20 AS test\nRUN echo two\n'],
  },
  messages: {
    duplicate: (p: { name: string; line: number }) =>
      `Duplicate stage name "${p.name}": a stage with this name is already defined on line ${p.line}`,
  },
  create(ctx) {
    return {
      onEnd() {
        const first = new Map<string, number>();
        for (const stage of ctx.model.stages) {
          const name = stage.from.stageName;
          if (!name || !stage.nameLower) continue;
          const line = first.get(stage.nameLower);
          if (line === undefined) first.set(stage.nameLower, stage.from.range.start.line);
          else ctx.report({ node: name, messageId: 'duplicate', data: { name: name.value, line } });
        }
      },
    };
  },
});
