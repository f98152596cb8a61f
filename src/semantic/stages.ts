import type { ArgInstruction, Dockerfile, FromInstruction, Instruction } from '../ast/nodes';

export interface Stage {
  index: number;
  /** `AS name` as written, or null. */
  name: string | null;
  nameLower: string | null;
  from: FromInstruction;
  /** The instructions after FROM up to the next FROM (ONBUILD triggers stay inside their ONBUILD). */
  instructions: Instruction[];
  /** The earlier stage this one starts from (`FROM build`), or null for an image. */
  baseStage: Stage | null;
}

/** Split the instruction list into stages and the global ARGs before the first FROM. */
export function buildStages(ast: Dockerfile): { stages: Stage[]; globalArgs: ArgInstruction[] } {
  const stages: Stage[] = [];
  const globalArgs: ArgInstruction[] = [];
  let current: Stage | null = null;
  for (const node of ast.instructions) {
    if (node.type === 'From') {
      const name = node.stageName?.value ?? null;
      current = {
        index: stages.length,
        name,
        nameLower: name ? name.toLowerCase() : null,
        from: node,
        instructions: [],
        baseStage: null,
      };
      const ref = node.image && !node.image.hasVariables ? node.image.raw.toLowerCase() : null;
      if (ref) {
        // A base that names an earlier stage (the latest one with that name wins).
        for (let i = stages.length - 1; i >= 0; i--) {
          if (stages[i].nameLower === ref) {
            current.baseStage = stages[i];
            break;
          }
        }
      }
      stages.push(current);
    } else if (current) {
      current.instructions.push(node);
    } else if (node.type === 'Arg') {
      globalArgs.push(node);
    }
  }
  return { stages, globalArgs };
}
