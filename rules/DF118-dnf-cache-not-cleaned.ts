import { ALL_STAGES_OPTION, appendCleanupFix, runLeavingCache } from '../src/analysis/cache-cleanup';
import { DNF, MICRODNF, fileRunsAny } from '../src/analysis/packages';
import { lastUncleanedRpmDownload } from '../src/analysis/rpm';
import { defineRule } from '../src/engine/define-rule';

const CACHE_DIRS = ['/var/cache/dnf', '/var/cache/yum', '/var/cache/libdnf5'];

export default defineRule({
  id: 'DF118',
  name: 'dnf-cache-not-cleaned',
  aliases: ['DL3040'],
  severity: 'warning',
  fix: 'unsafe',
  summary: '`dnf install` without `dnf clean all` in the same RUN',
  docs: {
    why:
      'dnf keeps repository metadata and downloaded packages in its cache. Unless the same RUN ends ' +
      'with `dnf clean all`, that cache is part of the layer and makes the image bigger for nothing.',
    invalid: ['FROM fedora:40\nRUN dnf install -y httpd-2.4.62\n'],
    valid: [
      'FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && dnf clean all\n',
      'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y httpd-2.4.57 && microdnf clean all\n',
      'FROM fedora:40\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y httpd-2.4.62\n',
    ],
    notes:
      'The cache must be cleaned after the last installing command, in the same RUN: `yum`, `dnf` or ' +
      '`microdnf clean all`, or `rm -rf` of the cache directory. A cache or tmpfs `--mount` on the cache ' +
      'directory exempts the RUN. Only stages that end up in the built image are checked (the final stage, ' +
      'the stages it is built `FROM`, ONBUILD triggers) unless `allStages` is set. `microdnf` is checked like `dnf`. The fix ' +
      'appends `&& dnf clean all` (with `sudo` when the install runs with it); it is unsafe because later commands of the RUN may rely on the cache.',
  },
  messages: {
    notCleaned: (p: { tool: string }) => `Add \`${p.tool} clean all\` after installing to keep the package cache out of the image`,
  },
  options: ALL_STAGES_OPTION,
  create(ctx) {
    // No handlers for a file that never runs dnf or microdnf: its RUNs are not visited for this rule.
    if (!fileRunsAny(ctx.model, [DNF, MICRODNF])) return {};
    return {
      Run(node) {
        const run = runLeavingCache(ctx.model, node, { allStages: ctx.options.allStages, cacheDirs: CACHE_DIRS });
        if (!run) return;
        const last = lastUncleanedRpmDownload(run, [DNF, MICRODNF], CACHE_DIRS);
        if (!last) return;
        const tool = last.inv.name;
        ctx.report({
          range: last.inv.program.range,
          messageId: 'notCleaned',
          data: { tool },
          fix: appendCleanupFix(run, `${tool} clean all`, last.inv),
        });
      },
    };
  },
});
