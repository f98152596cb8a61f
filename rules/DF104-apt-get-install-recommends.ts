import { APT_GET, callHasOption, callOptionValues, fileRunsAny, isDryRun, runCommands, subcommandCalls, type ToolCall } from '../src/analysis/packages';
import { insertArgAfter } from '../src/analysis/run-edits';
import { earlierRunMentions } from '../src/analysis/run-facts';
import { defineRule } from '../src/engine/define-rule';

function disablesRecommends(call: ToolCall): boolean {
  if (callHasOption(call, 'no-install-recommends')) return true;
  if (call.options.options.some((o) => o.name === 'install-recommends' && /^(?:0|false|no)$/i.test(o.value ?? ''))) return true;
  return callOptionValues(call, 'o', 'option').some((v) => /^APT::Install-Recommends=(?:0|false|no)$/i.test(v));
}

export default defineRule({
  id: 'DF104',
  name: 'apt-get-install-recommends',
  aliases: ['DL3015'],
  severity: 'info',
  fix: 'unsafe',
  summary: '`apt-get install` without `--no-install-recommends`',
  docs: {
    why:
      'By default apt-get also installs every package the requested ones merely recommend: documentation, ' +
      'extra tools, sometimes whole toolchains. They make the image bigger and widen its attack surface; ' +
      '`--no-install-recommends` installs only what is needed.',
    invalid: ['FROM debian:12\nRUN apt-get install -y curl=7.88.1-10+deb12u5\n'],
    valid: [
      'FROM debian:12\nRUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5\n',
      'FROM debian:12\nRUN apt-get install -y -o APT::Install-Recommends=false curl=7.88.1-10+deb12u5\n',
      'FROM debian:12\nRUN echo \'APT::Install-Recommends "0";\' > /etc/apt/apt.conf.d/99norecommends\nRUN apt-get install -y curl=7.88.1-10+deb12u5\n',
    ],
    notes:
      'Also accepted: `-o APT::Install-Recommends=false` (or `0`), `--install-recommends=no`, and an earlier ' +
      'RUN of the image (or an earlier command of the same RUN) that sets `APT::Install-Recommends` in apt.conf. ' +
      'Dry runs (`-s`) are not checked. The fix adds ' +
      '`--no-install-recommends` after `install`; it is unsafe because a package the software needed only as ' +
      'a recommendation would then be missing.',
  },
  messages: {
    recommends: () => 'Add `--no-install-recommends` to avoid installing recommended packages',
  },
  create(ctx) {
    // No handlers for a file that never runs apt-get: its RUNs are not visited for this rule.
    if (!fileRunsAny(ctx.model, [APT_GET])) return {};
    return {
      Run(node) {
        const run = runCommands(ctx.model, node);
        if (!run) return;
        for (const call of subcommandCalls(run, APT_GET, ['install'])) {
          if (isDryRun(call)) continue;
          if (disablesRecommends(call) || call.opaque.length > 0) continue;
          if (earlierRunMentions(ctx.model, node, /APT::Install-Recommends/i, call.inv.command.range.start.offset)) continue;
          const sub = call.subcommand!;
          ctx.report({
            range: call.inv.program.range,
            messageId: 'recommends',
            fix: sub.expanded
              ? undefined
              : { title: 'Add `--no-install-recommends`', kind: 'unsafe', edits: [insertArgAfter(node, sub.word, '--no-install-recommends')] },
          });
        }
      },
    };
  },
});
