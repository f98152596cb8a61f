import { posix } from 'node:path';
import type { Instruction } from '../ast/nodes';
import type { SemanticModel, Stage } from '../semantic/model';

/**
 * Whether a COPY or ADD of `stage`, or of a stage it is built on, may have written somewhere
 * `places` matches (absolute, normalized paths): before `node` in `stage` itself, or anywhere when
 * `node` is null (what the finished image holds). A relative destination counts from the working
 * directory; one not known statically counts as anywhere. For images that start empty (`scratch`),
 * where a COPY into `/` may bring a whole root file system.
 */
export function mayHaveCopiedInto(model: SemanticModel, stage: Stage, node: Instruction | null, places: RegExp): boolean {
  const test = (inst: Instruction): boolean => {
    if ((inst.type !== 'Copy' && inst.type !== 'Add') || !inst.destination) return false;
    const dest = model.knownValue(inst, inst.destination.value);
    if (dest === null) return true;
    const workdir = dest.startsWith('/') ? '' : model.workdirAt(inst);
    return workdir === null || places.test(posix.normalize(`${workdir}/${dest}`));
  };
  // Each instruction is tested once per set of places, however many instructions ask.
  const key = `copied-into/${places.source}`;
  return node ? model.someBefore(node, key, test) : model.someInStages(stage, key, test);
}
