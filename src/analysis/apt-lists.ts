import type { RunInstruction } from '../ast/nodes';
import type { SemanticModel } from '../semantic/model';
import type { Stage } from '../semantic/stages';
import { APT, APT_GET, runCommands, subcommandCalls, toolCalls, type RunCommands, type ToolCall } from './packages';
import { hasCacheMountOver } from './run-facts';

/**
 * apt's package lists (`/var/lib/apt/lists`) across RUNs: which RUNs install from lists an
 * earlier RUN downloaded. Read by apt-lists-not-removed and apt-get-update-alone.
 */

export const APT_LISTS = '/var/lib/apt/lists';

/** apt and apt-get subcommands that read the package lists (and fail without them). */
export const READS_LISTS = new Set(['install', 'upgrade', 'dist-upgrade', 'full-upgrade', 'reinstall', 'build-dep', 'source', 'download', 'satisfy']);

/** The last `apt-get update` or `apt update` of a RUN, or null when it runs none. */
export function lastAptUpdate(run: RunCommands): ToolCall | null {
  const updates = [...subcommandCalls(run, APT_GET, ['update']), ...subcommandCalls(run, APT, ['update'])];
  return updates.length === 0 ? null : updates.reduce((a, b) => (b.inv.index > a.inv.index ? b : a));
}

/** True when `run` reads the apt lists left in the image before it runs an update of its own. */
export function readsInheritedLists(model: SemanticModel, run: RunInstruction): boolean {
  const commands = runCommands(model, run);
  if (!commands || hasCacheMountOver(model, run, [APT_LISTS])) return false;
  const calls = [...toolCalls(commands, APT_GET), ...toolCalls(commands, APT)].sort((a, b) => a.inv.index - b.inv.index);
  for (const call of calls) {
    const subcommand = call.subcommand?.text;
    if (subcommand === 'update') return false;
    if (subcommand !== undefined && READS_LISTS.has(subcommand)) return true;
  }
  return false;
}

/** Memo tables (on the model): each stage's RUNs that read inherited lists, and the first such RUN of the stages built on it. */
const READERS = {};
const FIRST_READER_BUILT_ON = {};

function readersIn(model: SemanticModel, stage: Stage): RunInstruction[] {
  return model.memo(READERS, stage, () => stage.instructions.filter((inst): inst is RunInstruction => inst.type === 'Run' && readsInheritedLists(model, inst)));
}

function firstReaderBuiltOn(model: SemanticModel, stage: Stage): RunInstruction | null {
  return model.memo(FIRST_READER_BUILT_ON, stage, () => {
    // Stages come in order, and a stage is built on an earlier one: one pass finds them all.
    const descendants: Stage[] = [];
    for (const other of model.stages) {
      if (other.baseStage && (other.baseStage === stage || descendants.includes(other.baseStage))) descendants.push(other);
    }
    for (const d of descendants) {
      const readers = readersIn(model, d);
      if (readers.length > 0) return readers[0];
    }
    return null;
  });
}

/**
 * The first RUN after `node`, in its stage or in a stage built on it, that installs from the
 * lists in the image without an `apt-get update` of its own; null when there is none, and for an
 * ONBUILD trigger (its later RUNs are in another build). Each stage is read once, so asking at
 * every RUN of a long file stays near linear.
 */
export function laterRunReadingLists(model: SemanticModel, node: RunInstruction): RunInstruction | null {
  const stage = model.stageOf(node);
  if (!stage || node.inOnbuild) return null;
  const readers = readersIn(model, stage);
  // The first reader after `node`: a binary search, since readers are in source order.
  const at = node.range.start.offset;
  let low = 0;
  let high = readers.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (readers[mid].range.start.offset > at) high = mid;
    else low = mid + 1;
  }
  return readers[low] ?? firstReaderBuiltOn(model, stage);
}
