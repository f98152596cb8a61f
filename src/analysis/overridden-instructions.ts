import type { Instruction } from '../ast/nodes';
import type { SemanticModel, Stage } from '../semantic/model';

/**
 * Groups the instructions of one kind by stage, skipping ONBUILD triggers (they run in a later
 * build, not in this stage), and yields every one that a later one in the same stage overrides.
 * Shared by the multiple-cmd, multiple-entrypoint and multiple-healthcheck rules.
 */
export function overriddenPerStage<T extends Instruction>(
  model: SemanticModel,
  nodes: readonly T[],
): Array<{ node: T; overriddenBy: T }> {
  const byStage = new Map<Stage, T[]>();
  for (const node of nodes) {
    if (node.inOnbuild) continue;
    const stage = model.stageOf(node);
    if (!stage) continue;
    const list = byStage.get(stage) ?? [];
    list.push(node);
    byStage.set(stage, list);
  }
  const result: Array<{ node: T; overriddenBy: T }> = [];
  for (const list of byStage.values()) {
    for (let i = 0; i < list.length - 1; i++) result.push({ node: list[i], overriddenBy: list[i + 1] });
  }
  return result;
}
