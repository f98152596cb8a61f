import { ZYPPER, fileRunsAny, runCommands, subcommandCalls } from '../src/analysis/packages';
import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF114',
  name: 'zypper-dist-upgrade',
  aliases: ['DL3035'],
  severity: 'warning',
  fix: 'none',
  summary: '`zypper dist-upgrade` in a RUN',
  docs: {
    why:
      '`zypper dist-upgrade` moves every package to whatever the repositories offer, possibly a new ' +
      'distribution release, at build time. The result depends on the day of the build; upgrade by choosing a ' +
      'newer base image tag instead, and install the packages you need by version.',
    invalid: ['FROM opensuse/leap:15.6\nRUN zypper -n dist-upgrade\n'],
    valid: ['FROM opensuse/leap:15.6\nRUN zypper -n patch && zypper clean -a\n'],
    notes: 'The short form `dup` is reported too.',
  },
  messages: {
    distUpgrade: (p: { sub: string }) => `Do not use \`zypper ${p.sub}\`; update the base image instead`,
  },
  create(ctx) {
    // No handlers for a file that never runs zypper: its RUNs are not visited for this rule.
    if (!fileRunsAny(ctx.model, [ZYPPER])) return {};
    return {
      Run(node) {
        const run = runCommands(ctx.model, node);
        if (!run) return;
        for (const call of subcommandCalls(run, ZYPPER, ['dist-upgrade', 'dup'])) {
          const sub = call.subcommand!;
          ctx.report({ range: sub.word.range, messageId: 'distUpgrade', data: { sub: sub.text } });
        }
      },
    };
  },
});
