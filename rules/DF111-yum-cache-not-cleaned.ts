import { ALL_STAGES_OPTION, appendCleanupFix, runLeavingCache } from '../src/analysis/cache-cleanup';
import { YUM, fileRunsAny } from '../src/analysis/packages';
import { lastUncleanedRpmDownload } from '../src/analysis/rpm';
import { defineRule } from '../src/engine/define-rule';

const CACHE_DIRS = ['/var/cache/yum'];

export default defineRule({
  id: 'DF111',
  name: 'yum-cache-not-cleaned',
  aliases: ['DL3032'],
  severity: 'warning',
  fix: 'unsafe',
  summary: '`yum install` without `yum clean all` in the same RUN',
  docs: {
    why:
      'yum keeps repository metadata and downloaded packages in its cache. Unless the same RUN ends ' +
      'with `yum clean all`, that cache is part of the layer and makes the image bigger for nothing.',
    invalid: ['FROM centos:7\nRUN yum install -y httpd-2.4.6\n'],
    valid: [
      'FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all\n',
      'FROM centos:7\nRUN yum install -y httpd-2.4.6 && rm -rf /var/cache/yum\n',
      'FROM centos:7\nRUN --mount=type=cache,target=/var/cache/yum yum install -y httpd-2.4.6\n',
    ],
    notes:
      'The cache must be cleaned after the last installing command, in the same RUN: `yum`, `dnf` or ' +
      '`microdnf clean all`, or `rm -rf` of the cache directory. A cache or tmpfs `--mount` on the cache ' +
      'directory exempts the RUN. Only stages that end up in the built image are checked (the final stage, ' +
      'the stages it is built `FROM`, ONBUILD triggers) unless `allStages` is set. The fix ' +
      'appends `&& yum clean all` (with `sudo` when the install runs with it); it is unsafe because later commands of the RUN may rely on the cache.',
  },
  messages: {
    notCleaned: (p: { tool: string }) => `Add \`${p.tool} clean all\` after installing to keep the package cache out of the image`,
  },
  options: ALL_STAGES_OPTION,
  create(ctx) {
    // No handlers for a file that never runs yum: its RUNs are not visited for this rule.
    if (!fileRunsAny(ctx.model, [YUM])) return {};
    return {
      Run(node) {
        const run = runLeavingCache(ctx.model, node, { allStages: ctx.options.allStages, cacheDirs: CACHE_DIRS });
        if (!run) return;
        const last = lastUncleanedRpmDownload(run, [YUM], CACHE_DIRS);
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
