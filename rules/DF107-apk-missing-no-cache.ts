import { ALL_STAGES_OPTION, lastDirectoryRemoval, runLeavingCache } from '../src/analysis/cache-cleanup';
import { APK, callHasOption, fileRunsAny, isDryRun, subcommandCalls } from '../src/analysis/packages';
import { insertArgAfter } from '../src/analysis/run-edits';
import { defineRule } from '../src/engine/define-rule';

const APK_CACHE = '/var/cache/apk';

export default defineRule({
  id: 'DF107',
  name: 'apk-missing-no-cache',
  aliases: ['DL3019'],
  severity: 'info',
  fix: 'safe',
  summary: '`apk add` without `--no-cache`',
  docs: {
    why:
      '`apk add --no-cache` fetches a fresh index and keeps nothing in `/var/cache/apk`, so there is no need ' +
      'for `apk update` or `--update` and no cache to remove afterwards to keep the layer small.',
    invalid: ['FROM alpine:3.20\nRUN apk add curl=8.9.1-r2\n'],
    valid: [
      'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r2\n',
      'FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add curl=8.9.1-r2\n',
      'FROM alpine:3.20\nRUN apk update && apk add curl=8.9.1-r2 && rm -rf /var/cache/apk/*\n',
    ],
    notes:
      'A cache or tmpfs `--mount` on `/var/cache/apk` (or a parent), removing `/var/cache/apk` later in the ' +
      'same RUN, `--no-network` (nothing is fetched) and dry runs (`-s`) exempt the command. Only stages that end up in the built image are checked (see ' +
      '`allStages`). The fix adds `--no-cache` after `add`.',
  },
  messages: {
    noCache: () => 'Use `apk add --no-cache` so no package index is left in the image',
  },
  options: ALL_STAGES_OPTION,
  create(ctx) {
    // No handlers for a file that never runs apk: its RUNs are not visited for this rule.
    if (!fileRunsAny(ctx.model, [APK])) return {};
    return {
      Run(node) {
        const run = runLeavingCache(ctx.model, node, { allStages: ctx.options.allStages, cacheDirs: [APK_CACHE] });
        if (!run) return;
        for (const call of subcommandCalls(run, APK, ['add'])) {
          if (isDryRun(call)) continue;
          if (callHasOption(call, 'no-cache', 'no-network') || call.opaque.length > 0 || lastDirectoryRemoval(run, [APK_CACHE]) > call.inv.index) continue;
          const sub = call.subcommand!;
          ctx.report({
            range: call.inv.program.range,
            messageId: 'noCache',
            fix: sub.expanded ? undefined : { title: 'Add `--no-cache`', kind: 'safe', edits: [insertArgAfter(node, sub.word, '--no-cache')] },
          });
        }
      },
    };
  },
});
