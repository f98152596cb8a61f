import type { SemanticModel, Stage } from '../semantic/model';

/** Memo table (on the model): several cache rules ask for every RUN. */
const SHIPPED = {};

/**
 * The stages whose instructions end up in the image `docker build` ships (no `--target`): the final
 * stage and the earlier stages it is built `FROM`, base-most first. Build-only stages that the final
 * stage merely copies from are not part of it. Computed once per model (shared: do not mutate).
 */
export function shippedStages(model: SemanticModel): readonly Stage[] {
  return model.memo(SHIPPED, null, () => baseChainOfFinalStage(model));
}

function baseChainOfFinalStage(model: SemanticModel): Stage[] {
  const chain: Stage[] = [];
  const seen = new Set<Stage>();
  for (let s = model.finalStage; s && !seen.has(s); s = s.baseStage) {
    seen.add(s);
    chain.unshift(s);
  }
  return chain;
}
