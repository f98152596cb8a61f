import { YUM, fileRunsAny, runCommands } from '../src/analysis/packages';
import { unpinnedRpmPackages } from '../src/analysis/rpm';
import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF112',
  name: 'yum-unpinned',
  aliases: ['DL3033'],
  severity: 'warning',
  fix: 'none',
  summary: '`yum install` of a package without a version',
  docs: {
    why:
      'Without a version, `yum install` takes the newest package in the enabled repositories at build ' +
      'time, so rebuilding the same Dockerfile can produce a different image. Name the version: ' +
      '`yum install -y package-version`.',
    invalid: ['FROM centos:7\nRUN yum install -y httpd && yum clean all\n'],
    valid: [
      'FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all\n',
      'FROM centos:7\nRUN yum install -y https://example.com/app-1.0-1.el7.x86_64.rpm @base && yum clean all\n',
      'FROM centos:7\nARG HTTPD_VERSION=2.4.6\nRUN yum install -y httpd-${HTTPD_VERSION} && yum clean all\n',
    ],
    notes:
      'A package counts as pinned when a dash is followed by a digit (`httpd-2.4.6`, `java-17-openjdk`) or by a ' +
      'variable (`httpd-${HTTPD_VERSION}`); this is stricter than hadolint, which accepts any dash, so ' +
      '`python3-devel` is reported here. Local or remote `.rpm` files, paths and groups (`@development`) are not ' +
      'reported; `module install` needs a stream (`nodejs:20`).',
  },
  messages: {
    unpinned: (p: { pkg: string }) => `Pin the version of "${p.pkg}": \`yum install -y ${p.pkg}-<version>\``,
    moduleUnpinned: (p: { pkg: string }) => `Name the stream of module "${p.pkg}": \`yum module install ${p.pkg}:<stream>\``,
  },
  create(ctx) {
    // No handlers for a file that never runs yum: its RUNs are not visited for this rule.
    if (!fileRunsAny(ctx.model, [YUM])) return {};
    return {
      Run(node) {
        const run = runCommands(ctx.model, node);
        if (!run) return;
        for (const { arg, module } of unpinnedRpmPackages(run, [YUM])) {
          ctx.report({ range: arg.word.range, messageId: module ? 'moduleUnpinned' : 'unpinned', data: { pkg: arg.text } });
        }
      },
    };
  },
});
