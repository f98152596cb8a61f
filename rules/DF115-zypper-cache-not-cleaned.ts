import { ALL_STAGES_OPTION, appendCleanupFix, lastDirectoryRemoval, runLeavingCache } from '../src/analysis/cache-cleanup';
import { ZYPPER, fileRunsAny, toolCalls, type RunCommands } from '../src/analysis/packages';
import { defineRule } from '../src/engine/define-rule';

const CACHE_DIRS = ['/var/cache/zypp'];
const DOWNLOADING = ['install', 'in', 'source-install', 'si', 'patch', 'update', 'up', 'dist-upgrade', 'dup', 'install-new-recommends', 'inr'];
const CLEANUP = 'zypper clean -a';

/** The last `zypper clean`/`zypper cc`, or `rm -rf` of its cache. */
function lastCleanup(run: RunCommands): number {
  let last = -1;
  for (const call of toolCalls(run, ZYPPER)) {
    if (call.subcommand && ['clean', 'cc'].includes(call.subcommand.text)) last = Math.max(last, call.inv.index);
  }
  return Math.max(last, lastDirectoryRemoval(run, CACHE_DIRS));
}

export default defineRule({
  id: 'DF115',
  name: 'zypper-cache-not-cleaned',
  aliases: ['DL3036'],
  severity: 'warning',
  fix: 'unsafe',
  summary: '`zypper install` without `zypper clean` in the same RUN',
  docs: {
    why:
      'zypper keeps repository metadata and downloaded packages under `/var/cache/zypp`. Unless the same RUN ' +
      'cleans it, the cache stays in the layer and makes the image bigger for nothing.',
    invalid: ['FROM opensuse/leap:15.6\nRUN zypper -n install curl=8.0.1\n'],
    valid: [
      'FROM opensuse/leap:15.6\nRUN zypper -n install curl=8.0.1 && zypper clean -a\n',
      'FROM opensuse/leap:15.6\nRUN zypper -n in curl=8.0.1 && zypper cc\n',
      'FROM opensuse/leap:15.6\nRUN --mount=type=cache,target=/var/cache/zypp zypper -n install curl=8.0.1\n',
    ],
    notes:
      'The cache must be cleaned after the last installing command (`install`, `update`, `patch`, …) in the ' +
      'same RUN: `zypper clean`/`zypper cc` with any options, or `rm -rf /var/cache/zypp/*`. A cache or tmpfs ' +
      '`--mount` on `/var/cache/zypp` exempts the RUN. Only stages that end up in the built image are checked ' +
      'unless `allStages` is set. The fix appends `&& zypper clean -a` (with `sudo` when the install runs with it); it is unsafe because later commands ' +
      'of the RUN may rely on the cache.',
  },
  messages: {
    notCleaned: () => 'Add `zypper clean -a` after installing to keep the package cache out of the image',
  },
  options: ALL_STAGES_OPTION,
  create(ctx) {
    // No handlers for a file that never runs zypper: its RUNs are not visited for this rule.
    if (!fileRunsAny(ctx.model, [ZYPPER])) return {};
    return {
      Run(node) {
        const run = runLeavingCache(ctx.model, node, { allStages: ctx.options.allStages, cacheDirs: CACHE_DIRS });
        if (!run) return;
        const installs = toolCalls(run, ZYPPER).filter((c) => c.subcommand && DOWNLOADING.includes(c.subcommand.text));
        if (installs.length === 0) return;
        const last = installs[installs.length - 1];
        if (lastCleanup(run) > last.inv.index) return;
        ctx.report({
          range: last.inv.program.range,
          messageId: 'notCleaned',
          fix: appendCleanupFix(run, CLEANUP, last.inv),
        });
      },
    };
  },
});
