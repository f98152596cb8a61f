import { shippedStages } from '../src/analysis/shipped-stage';
import type { EnvInstruction, KeyValue } from '../src/ast/nodes';
import { defineRule } from '../src/engine/define-rule';
import { keywordLike } from '../src/analysis/keyword-case';
import type { Fix } from '../src/engine/types';
import { keyValueForm } from '../src/analysis/key-value-form';

const NAME = 'DEBIAN_FRONTEND';

export default defineRule({
  id: 'DF233',
  name: 'debian-frontend-in-env',
  aliases: [],
  severity: 'info',
  fix: 'unsafe',
  summary: '`ENV DEBIAN_FRONTEND=noninteractive` stays set in the shipped image',
  docs: {
    why:
      '`DEBIAN_FRONTEND=noninteractive` keeps apt from asking questions while the image builds. Set with ENV, ' +
      'it also stays in the image: every container starts with it, and someone who runs `apt-get install` ' +
      'in one gets no prompts and silently accepted defaults. Set it with ARG (seen by the RUNs of its stage, ' +
      'not kept in the image) or for one command (`RUN DEBIAN_FRONTEND=noninteractive apt-get install …`).',
    invalid: ['FROM debian:12\nENV DEBIAN_FRONTEND=noninteractive\nRUN apt-get update && apt-get install -y tzdata\n'],
    valid: [
      'FROM debian:12\nARG DEBIAN_FRONTEND=noninteractive\nRUN apt-get update && apt-get install -y tzdata\n',
      'FROM debian:12\nRUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y tzdata\n',
      'FROM debian:12 AS build\nENV DEBIAN_FRONTEND=noninteractive\nRUN apt-get update && apt-get install -y gcc\nFROM debian:12\nCOPY --from=build /out /out\n',
    ],
    notes:
      'Only the stages that end up in the image are checked (the final stage and the stages it is built ' +
      '`FROM`), and only the last ENV of the variable counts: a later `ENV DEBIAN_FRONTEND=` or `=dialog` ' +
      'resets it. The fix turns the ENV into an ARG; it is offered when the ENV sets nothing else and is in the ' +
      'final stage (an ARG does not reach the stages built on its stage), and it is unsafe: a script the ' +
      'image runs might rely on the variable.',
  },
  messages: {
    kept: () => 'DEBIAN_FRONTEND=noninteractive set with ENV stays in the image for every container; set it with ARG or for the RUN that needs it',
  },
  create(ctx) {
    if (!ctx.text.includes(NAME)) return {};
    return {
      onEnd() {
        let last: { node: EnvInstruction; pair: KeyValue } | null = null;
        for (const stage of shippedStages(ctx.model)) {
          for (const node of stage.instructions) {
            if (node.type !== 'Env') continue;
            for (const pair of node.pairs) if (pair.key.value === NAME) last = { node, pair };
          }
        }
        if (!last || last.pair.unquoted !== 'noninteractive') return;
        const inFinalStage = ctx.model.stageOf(last.node) === ctx.model.finalStage;
        ctx.report({ range: last.pair.range, messageId: 'kept', fix: inFinalStage ? toArg(last.node, last.pair) : undefined });
      },
    };

    function toArg(node: EnvInstruction, pair: KeyValue): Fix | undefined {
      if (node.pairs.length !== 1 || !pair.value) return undefined;
      const keyword = keywordLike(node, 'ARG');
      const form = pair.separator === '=' ? `${NAME}=${pair.value.value}` : keyValueForm(NAME, pair.value.value, ctx.ast.escapeChar);
      if (form === null) return undefined;
      return {
        title: 'Set DEBIAN_FRONTEND with ARG',
        kind: 'unsafe',
        edits: [
          { start: node.keywordRange.start.offset, end: node.keywordRange.end.offset, text: keyword },
          { start: pair.range.start.offset, end: pair.range.end.offset, text: form },
        ],
      };
    }
  },
});
