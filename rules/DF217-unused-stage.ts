import { defineRule } from '../src/engine/define-rule';
import { isVariableStageName } from '../src/semantic/stages';

interface Options {
  /** Stages built with `--target` besides the last one; they and what they need count as used. */
  targets: string[];
}

export default defineRule({
  id: 'DF217',
  name: 'unused-stage',
  aliases: [],
  severity: 'info',
  fix: 'none',
  summary: 'Stage that the target stage does not need',
  docs: {
    why:
      'BuildKit builds only the stages the target needs (through `FROM`, `COPY --from` and ' +
      '`RUN --mount=from=`). A stage nothing needs is skipped by `docker build`: either it is dead code or ' +
      'a reference to it is missing.',
    invalid: ['FROM alpine:3.20 AS tools\nRUN apk add --no-cache curl\n\nFROM alpine:3.20\nCMD ["sh"]\n'],
    valid: [
      'FROM alpine:3.20 AS tools\nRUN apk add --no-cache curl\n\nFROM alpine:3.20\nCOPY --from=tools /usr/bin/curl /usr/bin/curl\n',
    ],
    notes:
      'The target is the last stage; stages you build with `--target` go in the `targets` option so that ' +
      'they (and what they need) count as used. Stages whose references depend on unknown ARG values make ' +
      'the analysis give up rather than guess, and so does a stage named by a variable (`AS ${NAME}`, which ' +
      'Buildah expands and BuildKit refuses).',
  },
  messages: {
    unused: (p: { stage: string; target: string }) => `Stage ${p.stage} is not needed to build ${p.target}; docker build skips it`,
  },
  options: {
    schema: { type: 'object', properties: { targets: { type: 'array', items: { type: 'string' }, description: 'Stages you also build with `--target`; they and what they need count as used.' } }, additionalProperties: false },
    defaults: { targets: [] } as Options,
  },
  create(ctx) {
    return {
      onEnd() {
        const { stages, finalStage } = ctx.model;
        if (!finalStage || stages.length < 2) return;
        const graph = ctx.model.graph;
        // A reference we cannot resolve could name any stage.
        if (graph.references.some((r) => r.unknown) || stages.some((s) => s.imageUnknown || isVariableStageName(s.name))) return;
        const used = new Set(graph.needed(finalStage));
        for (const t of ctx.options.targets) {
          const target = graph.target(t);
          if (target) for (const s of graph.needed(target)) used.add(s);
        }
        const targetLabel = finalStage.name ? `"${finalStage.name}"` : `${finalStage.index} (the last stage)`;
        for (const stage of stages) {
          if (used.has(stage)) continue;
          const label = stage.name ? `"${stage.name}"` : String(stage.index);
          ctx.report({ range: stage.from.stageName?.range ?? stage.from.keywordRange, messageId: 'unused', data: { stage: label, target: targetLabel } });
        }
      },
    };
  },
});
