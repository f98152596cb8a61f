import { DNF, MICRODNF, fileRunsAny, runCommands } from '../src/analysis/packages';
import { unpinnedRpmPackages } from '../src/analysis/rpm';
import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF119',
  name: 'dnf-unpinned',
  aliases: ['DL3041'],
  severity: 'warning',
  fix: 'none',
  summary: '`dnf install` of a package without a version',
  docs: {
    why:
      'Without a version, `dnf install` takes the newest package in the enabled repositories at build ' +
      'time, so rebuilding the same Dockerfile can produce a different image. Name the version: ' +
      '`dnf install -y package-version`.',
    invalid: ['FROM fedora:40\nRUN dnf install -y httpd && dnf clean all\n'],
    valid: [
      'FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && dnf clean all\n',
      'FROM fedora:40\nRUN dnf module install -y nodejs:20 && dnf clean all\n',
      'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y httpd-2.4.57 && microdnf clean all\n',
    ],
    notes:
      'A package counts as pinned when a dash is followed by a digit (`httpd-2.4.6`, `java-17-openjdk`) or by a ' +
      'variable (`httpd-${HTTPD_VERSION}`); this is stricter than hadolint, which accepts any dash, so ' +
      '`python3-devel` is reported here. Local or remote `.rpm` files, paths and groups (`@development`) are not ' +
      'reported; `module install` needs a stream (`nodejs:20`). `microdnf` is checked like `dnf`.',
  },
  messages: {
    unpinned: (p: { pkg: string }) => `Pin the version of "${p.pkg}": \`dnf install -y ${p.pkg}-<version>\``,
    moduleUnpinned: (p: { pkg: string }) => `Name the stream of module "${p.pkg}": \`dnf module install ${p.pkg}:<stream>\``,
  },
  create(ctx) {
    // No handlers for a file that never runs dnf or microdnf: its RUNs are not visited for this rule.
    if (!fileRunsAny(ctx.model, [DNF, MICRODNF])) return {};
    return {
      Run(node) {
        const run = runCommands(ctx.model, node);
        if (!run) return;
        for (const { arg, module } of unpinnedRpmPackages(run, [DNF, MICRODNF])) {
          ctx.report({ range: arg.word.range, messageId: module ? 'moduleUnpinned' : 'unpinned', data: { pkg: arg.text } });
        }
      },
    };
  },
});
