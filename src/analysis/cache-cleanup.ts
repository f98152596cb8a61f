import type { RunInstruction } from '../ast/nodes';
import type { Fix } from '../engine/types';
import type { SemanticModel } from '../semantic/model';
import type { Invocation } from './commands';
import { runCommands, type RunCommands } from './packages';
import { appendCommand } from './run-edits';
import { hasCacheMountOver, isWithin, layerIsShipped } from './run-facts';

/**
 * How a RUN gets rid of a package manager's cache before its layer is written: which RUNs a cache
 * rule checks, an `rm` of the cache directory, and the fix that appends the manager's own cleanup command.
 */

/** The `allStages` option every cache rule takes (same schema and default in each). */
export const ALL_STAGES_OPTION = {
  schema: {
    type: 'object',
    properties: { allStages: { type: 'boolean', description: 'Also check stages that are not part of the built image.' } },
    additionalProperties: false,
  },
  defaults: { allStages: false },
};

/**
 * The commands of a RUN whose cache would end up in the image; null when its layer is not shipped
 * (unless `allStages`), a cache or tmpfs mount keeps `cacheDirs` out of the layer, or the RUN has
 * no analysable commands. Without `cacheDirs`, mounts are left for the rule to judge per command.
 */
export function runLeavingCache(
  model: SemanticModel,
  node: RunInstruction,
  { allStages, cacheDirs }: { allStages: boolean; cacheDirs?: readonly string[] },
): RunCommands | null {
  if (!allStages && !layerIsShipped(model, node)) return null;
  if (cacheDirs && hasCacheMountOver(model, node, cacheDirs)) return null;
  return runCommands(model, node);
}

/** True when `inv` is an `rm` naming one of `dirs`, its contents (`dir/*`) or a parent directory. */
export function removesDirectory(inv: Invocation, dirs: readonly string[]): boolean {
  if (inv.name !== 'rm') return false;
  return inv.args.some((a) => {
    const path = a.value.replace(/\/\*?$/, '').replace(/\/+$/, '');
    return path !== '' && dirs.some((dir) => isWithin(dir, path));
  });
}

/** Index of the last `rm` in the RUN that removes one of `dirs` (see removesDirectory), or -1. */
export function lastDirectoryRemoval(run: RunCommands, dirs: readonly string[]): number {
  let last = -1;
  for (const inv of run.invocations) {
    if (removesDirectory(inv, dirs)) last = Math.max(last, inv.index);
  }
  return last;
}

/** True when `inv` runs through `sudo` (`sudo yum …`, `env X=1 sudo yum …`). */
function runsWithSudo(inv: Invocation): boolean {
  for (const word of [inv.command.name, ...inv.command.args]) {
    if (!word || word === inv.program) return false;
    if (word.value === 'sudo' || word.value.endsWith('/sudo')) return true;
  }
  return false;
}

/**
 * The fix that appends `command` (e.g. `yum clean all`) to the RUN, or undefined where it cannot be
 * appended reliably. Unsafe: later commands of the RUN may still rely on the cache. When the
 * install it cleans up after (`after`) runs through sudo, so does the cleanup: the RUN's user
 * could not remove root's cache otherwise, and the build would fail there.
 */
export function appendCleanupFix(run: RunCommands, command: string, after: Invocation): Fix | undefined {
  const cleanup = runsWithSudo(after) ? `sudo ${command}` : command;
  const edit = appendCommand(run, cleanup);
  return edit ? { title: `Append \`${cleanup}\``, kind: 'unsafe', edits: [edit] } : undefined;
}
