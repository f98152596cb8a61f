import { ALL_STAGES_OPTION, appendCleanupFix, removesDirectory, runLeavingCache } from '../src/analysis/cache-cleanup';
import { APT, APT_GET, fileRunsAny, type RunCommands } from '../src/analysis/packages';
import { APT_LISTS, lastAptUpdate, laterRunReadingLists } from '../src/analysis/apt-lists';
import { isWithin } from '../src/analysis/run-facts';
import { defineRule } from '../src/engine/define-rule';

const CLEANUP = 'rm -rf /var/lib/apt/lists/*';
const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh']);
const NESTED_CLEANUP = /\brm\s[^;&|]*\/var\/lib\/apt(?:\/lists)?(?:\/\*?)?(?:[\s;&|'"]|$)/;

/** Index of the last command that removes the apt lists (`rm -rf /var/lib/apt/lists/*` and similar). */
function lastCleanup(run: RunCommands): number {
  let last = -1;
  for (const inv of run.invocations) {
    // Only an `rm` removes the lists: its arguments are read for no other command.
    const recursive = inv.name === 'rm' && inv.args.some((a) => /^-[a-zA-Z]*[rR]/.test(a.value) || a.value === '--recursive');
    if (recursive && removesDirectory(inv, [APT_LISTS])) last = inv.index;
    // `bash -c "… && rm -rf /var/lib/apt/lists/*"`: the script is one word; look into its text.
    if (SHELLS.has(inv.name)) {
      const c = inv.args.findIndex((a) => /^-[a-z]*c[a-z]*$/.test(a.value));
      if (c >= 0 && NESTED_CLEANUP.test(inv.args[c + 1]?.value ?? '')) last = inv.index;
    }
    if (inv.name === 'find' && inv.args[0] && isWithin(inv.args[0].value.replace(/\/+$/, ''), APT_LISTS) && inv.args.some((a) => a.value === '-delete')) {
      last = inv.index;
    }
  }
  return last;
}

export default defineRule({
  id: 'DF101',
  name: 'apt-lists-not-removed',
  aliases: ['DL3009'],
  severity: 'info',
  fix: 'unsafe',
  summary: '`apt-get update` without removing `/var/lib/apt/lists` in the same RUN',
  docs: {
    why:
      '`apt-get update` downloads package lists into `/var/lib/apt/lists` (often tens of megabytes). ' +
      'Unless the same RUN deletes them, they stay in that layer of the image for good; deleting them in a ' +
      'later RUN does not make the image smaller.',
    invalid: ['FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5\n'],
    valid: [
      'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 \\\n && rm -rf /var/lib/apt/lists/*\n',
      'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl=7.88.1-10+deb12u5\n',
      'FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc=4:12.2.0-3\nFROM debian:12\nCOPY --from=build /out /out\n',
    ],
    notes:
      'The lists must be removed after the last `apt-get update` in the same RUN (a later RUN cannot shrink ' +
      'the layer). A cache or tmpfs `--mount` on `/var/lib/apt/lists` (or a parent) exempts the RUN. Like ' +
      'hadolint, only stages that end up in the built image are checked: the final stage, the stages it is ' +
      'built `FROM`, and ONBUILD triggers; a build stage that is only copied from is left alone unless ' +
      '`allStages` is set. `apt update` counts like `apt-get update`. A removal inside a ' +
      '`sh -c`/`bash -c` script string counts. The fix appends ' +
      '`&& rm -rf /var/lib/apt/lists/*` (with `sudo` when the update runs with it); it is unsafe because later commands of the same RUN may still need the lists. ' +
      'It is not offered when a later RUN of the stage (or of a stage built on it) installs from these lists without an ' +
      '`apt-get update` of its own: with the lists gone, that install would fail.',
  },
  messages: {
    notRemoved: () => 'Delete the apt lists after installing: add `&& rm -rf /var/lib/apt/lists/*` to this RUN',
  },
  options: ALL_STAGES_OPTION,
  create(ctx) {
    // No handlers for a file that never runs apt-get or apt: its RUNs are not visited for this rule.
    if (!fileRunsAny(ctx.model, [APT_GET, APT])) return {};
    return {
      Run(node) {
        const run = runLeavingCache(ctx.model, node, { allStages: ctx.options.allStages, cacheDirs: [APT_LISTS] });
        if (!run) return;
        const lastUpdate = lastAptUpdate(run);
        if (!lastUpdate) return;
        if (lastCleanup(run) > lastUpdate.inv.index) return;
        ctx.report({
          range: lastUpdate.inv.program.range,
          messageId: 'notRemoved',
          fix: laterRunReadingLists(ctx.model, node) ? undefined : appendCleanupFix(run, CLEANUP, lastUpdate.inv),
        });
      },
    };
  },
});
