import { ZYPPER, callOptionValues, fileRunsAny, runCommands, subcommandCalls, zypperPinned } from '../src/analysis/packages';
import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF116',
  name: 'zypper-unpinned',
  aliases: ['DL3037'],
  severity: 'warning',
  fix: 'none',
  summary: '`zypper install` of a package without a version',
  docs: {
    why:
      'Without a version, `zypper install` takes the newest package in the repositories at build time, so ' +
      'rebuilding the same Dockerfile can produce a different image. Name the version: `package=version` or ' +
      'a range such as `package>=1.2`.',
    invalid: ['FROM opensuse/leap:15.6\nRUN zypper -n install curl && zypper clean -a\n'],
    valid: [
      'FROM opensuse/leap:15.6\nRUN zypper -n install curl=8.0.1 "git>=2.43" && zypper clean -a\n',
      'FROM opensuse/leap:15.6\nRUN zypper -n install -t pattern devel_basis && zypper clean -a\n',
      'FROM opensuse/leap:15.6\nCOPY app.rpm /tmp/\nRUN zypper -n install /tmp/app.rpm && zypper clean -a\n',
    ],
    notes:
      'Accepted as pinned: `=`, `<`, `>` constraints, `.rpm` files and paths. Patterns, patches and products ' +
      '(`-t pattern`) have no version to pin and are not reported. Versions from an ARG or ENV count as pinned.',
  },
  messages: {
    unpinned: (p: { pkg: string }) => `Pin the version of "${p.pkg}": \`zypper install ${p.pkg}=<version>\``,
  },
  create(ctx) {
    // No handlers for a file that never runs zypper: its RUNs are not visited for this rule.
    if (!fileRunsAny(ctx.model, [ZYPPER])) return {};
    return {
      Run(node) {
        const run = runCommands(ctx.model, node);
        if (!run) return;
        for (const call of subcommandCalls(run, ZYPPER, ['install', 'in'])) {
          if (callOptionValues(call, 't', 'type').some((t) => t !== 'package')) continue;
          for (const arg of call.operands) {
            if (arg.unresolved || zypperPinned(arg.text)) continue;
            ctx.report({ range: arg.word.range, messageId: 'unpinned', data: { pkg: arg.text } });
          }
        }
      },
    };
  },
});
