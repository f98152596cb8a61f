import type { ArgInstruction, Dockerfile, FromInstruction, Instruction } from '../ast/nodes';
import { expandWord, type VariableLookup } from './expand';
import { computeGlobalArgs } from './variables';

export interface Stage {
  index: number;
  /** `AS name` as written, or null. */
  name: string | null;
  nameLower: string | null;
  from: FromInstruction;
  /** The instructions after FROM up to the next FROM (ONBUILD triggers stay inside their ONBUILD). */
  instructions: Instruction[];
  /** The earlier stage this one starts from (`FROM build`, or `FROM $BASE` naming one), or null. */
  baseStage: Stage | null;
  /** The base reference after expanding global ARGs, or null when FROM has no image. */
  imageRef: string | null;
  /** True when `imageRef` depends on an ARG whose value is not known statically. */
  imageUnknown: boolean;
}

/**
 * True when a stage name refers to a variable (`AS ${NAME}`): BuildKit refuses such a name
 * (invalid-stage-name says so) and Buildah expands it, so rules cannot tell which name it is.
 */
export function isVariableStageName(name: string | null | undefined): boolean {
  return name?.includes('$') ?? false;
}

/**
 * Split the instruction list into stages and the global ARGs before the first FROM, and link each
 * stage to the earlier stage its FROM names (after ARG expansion; names are case-insensitive).
 */
export function buildStages(
  ast: Dockerfile,
  buildArgs: Readonly<Record<string, string>> = {},
): { stages: Stage[]; globalArgs: ArgInstruction[] } {
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
        imageRef: null,
        imageUnknown: false,
      };
      stages.push(current);
    } else if (current) {
      current.instructions.push(node);
    } else if (node.type === 'Arg') {
      globalArgs.push(node);
    }
  }
  // The global ARG scope, built only for a FROM that uses variables.
  let lookup: VariableLookup | null = null;
  const fromLookup = (): VariableLookup => {
    if (!lookup) {
      const { fromScope } = computeGlobalArgs(globalArgs, buildArgs, ast.escapeChar);
      lookup = (n: string) => {
        const b = fromScope.lookup(n);
        return b ? { value: b.value } : undefined;
      };
    }
    return lookup;
  };
  for (const stage of stages) {
    const image = stage.from.image;
    if (!image) continue;
    const expanded = image.hasVariables ? expandWord(image.raw, fromLookup(), { escapeChar: ast.escapeChar }) : null;
    stage.imageRef = expanded ? expanded.value : image.raw;
    stage.imageUnknown = expanded ? expanded.unknown : false;
    if (stage.imageUnknown) continue;
    // A base that names an earlier stage (the latest one with that name wins).
    const ref = stage.imageRef.toLowerCase();
    for (let i = stage.index - 1; i >= 0; i--) {
      if (stages[i].nameLower === ref) {
        stage.baseStage = stages[i];
        break;
      }
    }
  }
  return { stages, globalArgs };
}

/** The stage at the start of `stage`'s `FROM` chain: the one built on an image (or `scratch`). */
export function rootStage(stage: Stage): Stage {
  let root = stage;
  while (root.baseStage && root.baseStage !== root) root = root.baseStage;
  return root;
}
