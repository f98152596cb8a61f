import type { Fix } from '../engine/types';
import type { Invocation } from './commands';
import type { RunCommands } from './packages';
import { appendCommand } from './run-edits';
import { isWithin } from './run-facts';

/**
 * How a RUN gets rid of a package manager's cache before its layer is written: an `rm` of the
 * cache directory, and the fix that appends the manager's own cleanup command.
 */

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

/**
 * The fix that appends `command` (e.g. `yum clean all`) to the RUN, or undefined where it cannot be
 * appended reliably. Unsafe: later commands of the RUN may still rely on the cache.
 */
export function appendCleanupFix(run: RunCommands, command: string): Fix | undefined {
  const edit = appendCommand(run, command);
  return edit ? { title: `Append \`${command}\``, kind: 'unsafe', edits: [edit] } : undefined;
}
