import type { SemanticModel, Stage } from '../semantic/model';

/**
 * The stages whose instructions end up in the image `docker build` ships (no `--target`): the final
 * stage and the earlier stages it is built `FROM`, base-most first. Build-only stages that the final
 * stage merely copies from are not part of it.
 */
export function shippedStages(model: SemanticModel): Stage[] {
  const chain: Stage[] = [];
  const seen = new Set<Stage>();
  for (let s = model.finalStage; s && !seen.has(s); s = s.baseStage) {
    seen.add(s);
    chain.unshift(s);
  }
  return chain;
}
