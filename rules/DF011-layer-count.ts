import type { Instruction } from '../src/ast/nodes';
import { defineRule } from '../src/engine/define-rule';
import type { Stage } from '../src/semantic/model';

/** The most layers an image may have (overlay filesystem limit). */
const HARD_LIMIT = 127;

const createsLayer = (node: Instruction) => !node.inOnbuild && (node.type === 'Run' || node.type === 'Copy' || node.type === 'Add');

export default defineRule<{ max: number }>({
  id: 'DF011',
  name: 'layer-count',
  aliases: [],
  severity: 'warning',
  fix: 'none',
  summary: 'A stage with more layer-creating instructions than the configured maximum, or above the hard limit of 127',
  docs: {
    why:
      'Every `RUN`, `COPY` and `ADD` adds a layer. Many layers make pulls and builds slower, and an image ' +
      'cannot have more than 127 layers at all (the base image\'s layers count too). A long tail of small ' +
      '`RUN` lines is usually better grouped.',
    invalid: [
      'FROM alpine:3.20\n' + Array.from({ length: 21 }, (_, i) => `RUN echo ${i + 1} > /tmp/${i + 1}\n`).join(''),
    ],
    valid: ['FROM alpine:3.20\nCOPY app /app\nRUN /app/setup.sh\n'],
    notes:
      'Counts `RUN`, `COPY` and `ADD` (not `ONBUILD` triggers) per stage, including the layers of the ' +
      'earlier stages a stage is built `FROM`. The warning is on the first instruction over `max` ' +
      '(default 20); a second message, on the instruction that reaches layer 128, says the build will ' +
      'fail. A stage whose base stage already crossed the line is not reported again. The base image\'s own layers are unknown, so the hard limit may be reached sooner.',
  },
  messages: {
    tooMany: (p: { max: number; count: number }) =>
      `This stage has ${p.count} layer-creating instructions (RUN/COPY/ADD); more than the configured maximum of ${p.max}`,
    hardLimit: (p: { count: number }) =>
      `Layer ${HARD_LIMIT + 1} of ${p.count}: an image cannot have more than ${HARD_LIMIT} layers, so this build will fail`,
  },
  options: {
    schema: {
      type: 'object',
      properties: { max: { type: 'integer', minimum: 1, description: 'Most layer-creating instructions allowed in a stage.' } },
      additionalProperties: false,
    },
    defaults: { max: 20 },
  },
  create(ctx) {
    return {
      onEnd() {
        const layersOf = new Map<Stage, Instruction[]>();
        for (const stage of ctx.model.stages) {
          const inherited = stage.baseStage ? (layersOf.get(stage.baseStage) ?? []) : [];
          const layers = [...inherited, ...stage.instructions.filter(createsLayer)];
          layersOf.set(stage, layers);
          const count = layers.length;
          const max = ctx.options.max;
          if (count <= max && count <= HARD_LIMIT) continue;
          const own = new Set(stage.instructions);
          // Reported where the limit is crossed; a base stage that crossed it was reported already.
          const at = (index: number) => (own.has(layers[index]) ? layers[index] : undefined);
          if (count > max) {
            const node = at(max);
            if (node) ctx.report({ range: node.keywordRange, messageId: 'tooMany', data: { max, count } });
          }
          if (count > HARD_LIMIT) {
            const node = at(HARD_LIMIT);
            if (node) ctx.report({ range: node.keywordRange, messageId: 'hardLimit', data: { count } });
          }
        }
      },
    };
  },
});
