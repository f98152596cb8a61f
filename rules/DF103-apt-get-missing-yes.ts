import { APT_GET, callHasOption, callOptionValues, fileRunsAny, isDryRun, runCommands, subcommandCalls, type ToolCall } from '../src/analysis/packages';
import { insertArgAfter } from '../src/analysis/run-edits';
import { earlierRunMentions } from '../src/analysis/run-facts';
import { defineRule } from '../src/engine/define-rule';

/** apt-get subcommands that ask for confirmation. */
const PROMPTING = ['install', 'reinstall', 'upgrade', 'dist-upgrade', 'full-upgrade', 'remove', 'purge', 'autoremove', 'autopurge', 'build-dep'];

/** `-y`, `--yes`, `--assume-yes`, `-qq` (quiet level 2 implies yes), or `-o APT::Get::Assume-Yes=true`. */
function answersYes(call: ToolCall): boolean {
  if (callHasOption(call, 'y', 'yes', 'assume-yes')) return true;
  const quiet = call.options.options.filter((o) => o.name === 'q' || o.name === 'quiet');
  if (quiet.length >= 2 || quiet.some((o) => o.value !== null && Number(o.value) >= 2)) return true;
  return callOptionValues(call, 'o', 'option').some((v) => /^APT::Get::Assume-?Yes=(?:1|true|yes)$/i.test(v));
}

export default defineRule({
  id: 'DF103',
  name: 'apt-get-missing-yes',
  aliases: ['DL3014'],
  severity: 'warning',
  fix: 'safe',
  summary: '`apt-get install` without `-y`',
  docs: {
    why:
      'A build has no one to answer apt-get\'s "Do you want to continue?" prompt: without `-y` the command ' +
      'aborts as soon as it wants to install anything beyond the named packages.',
    invalid: ['FROM debian:12\nRUN apt-get install curl=7.88.1-10+deb12u5\n'],
    valid: [
      'FROM debian:12\nRUN apt-get install -y curl=7.88.1-10+deb12u5\n',
      'FROM debian:12\nRUN apt-get -qq install curl=7.88.1-10+deb12u5\n',
      'FROM debian:12\nRUN apt-get --assume-yes install curl=7.88.1-10+deb12u5\n',
      'FROM debian:12\nRUN echo \'APT::Get::Assume-Yes "true";\' > /etc/apt/apt.conf.d/90yes\nRUN apt-get install curl=7.88.1-10+deb12u5\n',
      'FROM debian:12\nRUN yes | apt-get install curl=7.88.1-10+deb12u5\n',
    ],
    notes:
      'Checked for every prompting subcommand (`install`, `upgrade`, `dist-upgrade`, `remove`, `purge`, ' +
      '`autoremove`, `build-dep`). Accepted: `-y`/`--yes`/`--assume-yes` before or after the subcommand, ' +
      '`-qq` (which implies `-y`), `-o APT::Get::Assume-Yes=true`, input piped from `yes`, and an earlier RUN ' +
      'of the image (or an earlier command of the same RUN) that sets `APT::Get::Assume-Yes` in apt.conf. A dry run ' +
      '(`-s`, `--simulate`) installs nothing and is not checked. A single `-q` does not answer the prompt, ' +
      'unlike in hadolint. Options hidden in a variable the Dockerfile does not set are not guessed at. ' +
      'The fix adds `-y` after the subcommand.',
  },
  messages: {
    missingYes: (p: { sub: string }) => `Use \`apt-get ${p.sub} -y\` so the build does not stop at a prompt`,
  },
  create(ctx) {
    // No handlers for a file that never runs apt-get: its RUNs are not visited for this rule.
    if (!fileRunsAny(ctx.model, [APT_GET])) return {};
    return {
      Run(node) {
        const run = runCommands(ctx.model, node);
        if (!run) return;
        for (const call of subcommandCalls(run, APT_GET, PROMPTING)) {
          if (isDryRun(call)) continue;
          if (answersYes(call) || call.opaque.length > 0 || call.inv.fedByYes) continue;
          if (earlierRunMentions(ctx.model, node, /APT::Get::Assume-?Yes/i, call.inv.command.range.start.offset)) continue;
          const sub = call.subcommand!;
          ctx.report({
            range: call.inv.program.range,
            messageId: 'missingYes',
            data: { sub: sub.text },
            fix: sub.expanded ? undefined : { title: 'Add `-y`', kind: 'safe', edits: [insertArgAfter(node, sub.word, '-y')] },
          });
        }
      },
    };
  },
});
